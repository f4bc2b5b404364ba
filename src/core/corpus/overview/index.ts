/**
 * The Corpus Overview's aggregates (timeline, places, slogan spread, officials), their drill-downs and
 * CSV exports: pure functions of the index's entries, shared by the overview panel and `zhengwu overview`.
 */
export { buildOverview } from './build';
export { documentsInMonth, documentsInPlace } from './drill';
export { officialDocuments, MAX_OFFICIAL_LOCALITIES, type OfficialSelector } from './officialRows';
export { officialId } from './officialPlace';
export { sloganSpread } from './slogans';
export { CSV_BOM, csvCell, csvTable, officialsCsv, placesCsv, sloganSpreadCsv, slogansCsv, timelineCsv } from './csv';
export { PATH_SEPARATOR } from './locality';
export { documentRef, factsReader } from './facts';
export { DEFAULT_TOP_OFFICIALS } from './officials';
export { DEFAULT_TOP_SLOGANS } from './slogans';
export { DEFAULT_TIMELINE_PROVINCES } from './timeline';
export type * from './types';
