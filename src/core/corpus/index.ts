/**
 * The corpus layer: reading scraped files in any encoding, the persistent incremental index of
 * document summaries, and the groupings the views and `zhengwu corpus` show.
 */
export { DEFAULT_MAX_BYTES, DecodeError, checkSize, decodeBytes, decodeText, vscodeEncodingId } from './decode';
export type { DecodeFailure, DecodeOptions, DecodedText, TextEncoding } from './decode';
export { CorpusIndex, defaultWorkers } from './corpusIndex';
export type { CorpusChange, CorpusIndexOptions, Disposable, LoadOutcome, RefreshOptions, RefreshResult, Rename, UpdateOutcome } from './indexTypes';
export { CACHE_VERSION } from './store';
export type { SkippedFile, WriteOutcome } from './store';
export { InProcessSummarizer, PoolSummarizer } from './summarizer';
export type { Summarizer, SummaryInput } from './summarizer';
export type { CorpusEntry, DocumentSummary, SummaryCounts, SummaryLocality, SummaryOfficial } from './summary';
export { CorpusFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from './walk';
export { anyGlob, compileGlob } from './glob';
export { compareDates, dateInterval, documentDate } from './documentDate';
export { compareNames, compareNewestFirst } from './group';
export type { CorpusGroup, GroupKind, GroupOptions } from './group';
export { UNKNOWN_LOCALITY_ID, groupByLocality, localityPath } from './groupLocality';
export { UNDATED_ID, groupByDate } from './groupDate';
export { groupByOfficial } from './groupOfficials';
export type { PersonGroup, TrailStop } from './groupOfficials';
export { compileQuery, filterEntries } from './filter';
export type { EntryQuery } from './filter';
