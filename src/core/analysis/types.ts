import type { Span } from '../text/types';

/**
 * Results of analysing one document. Every span indexes the cleaned Simplified text of the document
 * (what `prepare()` returns as `text`); names, titles and places are in Simplified script.
 */

export interface Mention extends Span {}

export interface Official {
  /** Stable within a document: the full name (given-name references resolve to it). */
  name: string;
  /** Titles in the order the text gives them, e.g. ['区委副书记', '区长']. */
  titles: string[];
  mentions: Mention[];
  /** Spans of the title text attached to mentions (for decorations). */
  titleSpans: Span[];
}

export type PersonRole = '记者' | '编辑' | '通讯员' | '校对' | '作者' | '责任编辑' | '摄影' | '实习生' | string;

export interface Person {
  name: string;
  role: PersonRole;
  mentions: Mention[];
}

export type DateResolution = 'absolute' | 'publication-year' | 'stated-year' | 'relative' | 'partial' | 'unresolved';

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 value; partial forms like `--01-27` (no year), `2023-07` or `2023-Q2` when that is all there is. */
  iso: string;
  /** ISO end for ranges (`7月1日至3日`). */
  isoEnd?: string;
  resolution: DateResolution;
  /** Human-readable explanation: how the value was resolved (e.g. "year from publication date 2023-08-01"). */
  how: string;
}

export type DirectiveKind = 'verb' | 'modal' | 'enumeration';

export interface Directive extends Span {
  kind: DirectiveKind;
  /** Who ordered it, when the text says: an official's name, or '会议' for `会议强调`. */
  speaker?: string;
  /** The cue that made it a directive (强调, 要, 一要 …). */
  cue: string;
}

export interface Slogan extends Span {
  /** The text between the quotes, as written in the (Simplified) document. */
  text: string;
  /** Normalised key: same slogan across documents, punctuation and script variants → same key. */
  key: string;
}

export type LocalityLevel = 'province' | 'city' | 'county';

export interface LocalityEvidence {
  /** What pointed there, e.g. "headline: 徐汇区", "official title: 区长", "county 南江县 → 巴中市". */
  reason: string;
  span?: Span;
  weight: number;
}

export interface Locality {
  province?: string;
  city?: string;
  county?: string;
  /** Administrative code of the most specific level, when known. */
  code?: string;
  level?: LocalityLevel;
  /** 0..1 */
  confidence: number;
  evidence: LocalityEvidence[];
}

export interface DocumentAnalysis {
  title: string;
  /** ISO date (or date-time) of publication, if found. */
  publishedAt?: string;
  meetingDates: string[];
  locality: Locality;
  officials: Official[];
  people: Person[];
  dates: DateMention[];
  directives: Directive[];
  slogans: Slogan[];
  boilerplate: Span[];
}
