/**
 * The Corpus Overview contract: what the extension computes from the index and posts to the webview,
 * and what `zhengwu overview --json` prints. Plain JSON (no Maps, no class instances, no undefined
 * inside arrays) and bounded in size whatever the corpus: the top lists are cut, the timeline folds
 * small provinces into one series, and document lists are only produced on a drill-down request.
 *
 * Dates are the document's date as the corpus trees use it (`documentDate`): `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD` or `YYYY-Qn`, never guessed. Place names are Simplified, as in the index.
 * A locality's display path joins its levels with ` › ` (`浙江省 › 杭州市 › 西湖区`); a municipality
 * has no separate city level (`上海市 › 徐汇区`), as in the Corpus view's tree.
 */

export interface OverviewOptions {
  /** Rows in `Overview.slogans`; default 30. */
  topSlogans?: number;
  /** Rows in `Overview.officials`; default 30. */
  topOfficials?: number;
  /** Provinces with a series of their own in the timeline; the rest fold into one `other` series. Default 12. */
  maxProvincesInTimeline?: number;
}

export interface Overview {
  /** The index revision it was computed from (passed in by the caller): lets the webview drop stale updates. */
  revision: number;
  documents: number;
  /** Documents with a date that has at least a year. */
  dated: number;
  /** Documents whose province is known. */
  located: number;
  timeline: Timeline;
  /** Provinces by documents (descending, then name), each with its cities, each with its counties. */
  places: PlaceNode[];
  /** Most widespread slogans: by localities desc, then documents desc, then key. */
  slogans: SloganRow[];
  /** Most mentioned officials: by mentions desc, then documents desc, then name. */
  officials: OfficialRow[];
}

export interface Timeline {
  /** `YYYY-MM`, every month from the first to the last dated one, no gaps; empty when nothing has a month. */
  months: string[];
  /** Stacked bars: one series per province (largest first), then `other`, then `unknown`; only non-empty ones. */
  series: TimelineSeries[];
  /** Documents with no year at all (`--10-20`, or no date): not on the timeline. */
  undated: number;
  /** Documents dated to a year or a quarter only (`2024`, `2024-Q2`): dated, but not on a monthly timeline. */
  withoutMonth: number;
}

export type TimelineSeriesKind = 'province' | 'other' | 'unknown';

export interface TimelineSeries {
  kind: TimelineSeriesKind;
  /** The province for `province`; null for `other` and for `unknown` (documents without a known province). */
  province: string | null;
  /** What to print: the province, or the English words `other provinces` / `unknown locality` (a view may translate by `kind`). */
  label: string;
  /** The provinces folded into `other` (for its tooltip and its drill-down); empty for the other kinds. */
  members: string[];
  /** One count per `Timeline.months` entry. */
  counts: number[];
  /** Sum of `counts`. */
  total: number;
}

export interface PlaceNode {
  name: string;
  /** A municipality's districts and counties administered by their province directly are `county` under a `province`. */
  level: 'province' | 'city' | 'county';
  /** Six-digit administrative code from the bundled gazetteer when the name resolves unambiguously there (for a map). */
  code?: string;
  /** Documents in this place and below it. */
  documents: number;
  /** Sub-places by documents desc, then name; empty for a county. */
  children: PlaceNode[];
}

export interface SloganRow {
  /**
   * The normalised slogan key (src/core/analysis/slogans/key.ts): punctuation-free, Simplified, ASCII
   * lower-case: what identifies the slogan in requests.
   */
  key: string;
  /** What is shown: the slogan as written in its earliest document (punctuation kept). */
  text: string;
  documents: number;
  /** Distinct localities (most specific known level) among the documents using it; unknown locality not counted. */
  localities: number;
  /** Distinct provinces among them. */
  provinces: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

/**
 * A person as the Corpus view's officials tree sees them: one name, split by province when reports of
 * different provinces give it local titles (two 王伟 are two people); `officialDocuments` takes the row.
 */
export interface OfficialRow {
  /** The id of the person's node in the Corpus view's officials tree (`person:王伟@江苏省`), for revealing it. */
  id: string;
  name: string;
  /** The province the person is placed in by local titles (副市长, 区委书记); null when nothing places them. */
  province: string | null;
  /** True when the name is shared by people of several provinces and this row is one of them. */
  split: boolean;
  /** Mentions summed over the documents. */
  mentions: number;
  documents: number;
  /** Display paths of the documents' localities, most documents first, at most 20. */
  localities: string[];
  /** Distinct known localities (may exceed `localities.length`). */
  localityCount: number;
  /** Titles in the order they were first held; titles only seen in undated reports last. */
  titles: OfficialTitle[];
}

export interface OfficialTitle {
  title: string;
  /** Earliest and latest document date carrying this title; null when every such document is undated. */
  first: string | null;
  last: string | null;
  documents: number;
}

/** A document in a drill-down list: enough to show a row and open the file. */
export interface DocumentRef {
  /** Relative to the corpus root, `/`-separated (the index key). */
  path: string;
  title: string;
  date: string | null;
  /** Display path, or '' when unknown. */
  locality: string;
}

/** Where and when one slogan appeared. */
export interface SloganSpread {
  key: string;
  /** The slogan as written in its earliest document; the key when no document uses it. */
  text: string;
  /** Every document using it, oldest first, undated last, then by path. */
  documents: DocumentRef[];
  /** The earliest document in each locality, oldest first (localities known only by undated documents last). */
  firsts: SloganFirst[];
  /** Documents using it that have no date. */
  undatedDocuments: number;
}

export interface SloganFirst {
  /** Display path; '' for the documents of unknown locality (they form one entry). */
  locality: string;
  province: string | null;
  date: string | null;
  path: string;
}

/** A place to drill into: `province: null` means documents of unknown locality. */
export interface PlacePath {
  province: string | null;
  city?: string | null;
  county?: string | null;
}

/**
 * Which timeline series a bar belongs to: a province, null for the unknown-locality series, a list of
 * provinces for the folded `other` series, undefined for every document of the month.
 */
export type SeriesSelector = string | null | readonly string[] | undefined;

export type OverviewCsvTable = 'timeline' | 'places' | 'slogans' | 'officials';
