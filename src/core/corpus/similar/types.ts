import type { Span } from '../../text/types';

/** A span of one document's text (the cleaned Simplified text it was added with). */
export interface DocSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * The same wording in two places. `a` is the document asked about (for `queryText`, the query text, with
 * id `''`); `b` the other. `length` counts the characters the two spans share (identical aligned
 * letters, digits and Han characters: punctuation and spaces do not count); `score` is the identity
 * ratio of the alignment, shared characters over alignment columns (1 for an exact copy); `text` is
 * `a`'s span.
 */
export interface PassageMatch {
  a: DocSpan;
  b: DocSpan;
  length: number;
  score: number;
  text: string;
}

export interface ReuseDocument {
  id: string;
  /** Cleaned Simplified text (`prepare(raw).text`): matches index it. */
  text: string;
  /** Spans never matched (boilerplate: navigation, related-article lists, footers). */
  exclude?: Span[];
}

export interface ReuseIndexOptions {
  /** Characters per fingerprint k-gram. Default 4. */
  k?: number;
  /** Winnowing window, in k-grams. Default 5: every shared run of k + window − 1 = 8 characters is seen. */
  window?: number;
  /** Shortest match reported, in shared characters. Default 8. */
  minChars?: number;
  /**
   * A fingerprint held by more than this share of the documents, or by more than `maxSeedDocs` of them
   * (whichever is fewer; and by at least `minCommonDocs`), is a stock formula: it does not start matches
   * in `matchesFor`/`passageMatches`/`allPairs`/`similarDocuments`, though a match seeded elsewhere
   * extends through it, `stockFormulas` reports where it is, and explicit queries (`querySpan`,
   * `queryText`) still use it. Default 0.2.
   */
  commonShare?: number;
  /**
   * Absolute cap on the documents a fingerprint may be held by and still seed whole-document matches.
   * Without it the cut-off grows with the corpus (20 % of 10,000 reports is 2,000), and so does the cost
   * of asking about one report: wording shared by a few hundred reports is aligned against each of them
   * every time. Default 100.
   */
  maxSeedDocs?: number;
  /** Default 5: in a handful of documents nothing is common enough to ignore. */
  minCommonDocs?: number;
}

export interface MatchOptions {
  /** Overrides the index's `minChars`. */
  minChars?: number;
  /** Smallest identity ratio reported, 0–1. Default 0.6. */
  minScore?: number;
  /** Seed from stock formulas too (see `commonShare`). Default false for whole documents, true for queries. */
  includeCommon?: boolean;
  /**
   * Polled while the query runs (between candidate documents, and every few hundred fingerprints):
   * returning true abandons it with a `QueryCancelled` error (an editor lens whose document changed).
   */
  isCancelled?: () => boolean;
}

/** Thrown by a query whose `isCancelled` returned true. */
export class QueryCancelled extends Error {
  constructor() {
    super('similar-passage query cancelled');
    this.name = 'QueryCancelled';
  }
}

export interface SimilarDocument {
  id: string;
  /** Characters of the asked document that the other one shares (each counted once). */
  sharedChars: number;
}

/**
 * Wording of a document too common to seed whole-document matches (see `ReuseIndexOptions.commonShare`):
 * what `matchesFor` leaves out unless a match seeded elsewhere runs through it. An explicit query on the
 * span (`querySpan`) lists every document that shares it.
 */
export interface StockFormula {
  /** Span of the document's text. */
  start: number;
  end: number;
  /**
   * The smallest document frequency among the span's fingerprints: at least the stock-formula
   * threshold, and at most the number of other documents sharing the whole span (plus this one).
   */
  documents: number;
}

/** What `serialize` returns: plain JSON. */
export interface SerializedReuseIndex {
  format: 'zhengwu-reuse-index';
  version: 1;
  options: Required<ReuseIndexOptions>;
  documents: { id: string; text: string; exclude: Span[] }[];
}
