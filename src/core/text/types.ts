/**
 * Offsets everywhere in the core are UTF-16 code-unit indexes (as JavaScript strings and VS Code count),
 * half-open `[start, end)`, into one named string. A span never says which string it indexes: the
 * owner (a field name such as `text` or `source`) does.
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * A map between a source string and a text derived from it (cleaned, converted, or both).
 * Exact per code point: a character replaced by one of a different UTF-16 length (㗲 → 𠵾) maps
 * as one unit, and offsets never land inside a surrogate pair.
 */
export interface OffsetMap {
  readonly sourceLength: number;
  readonly targetLength: number;
  /** Offset in the derived text → offset in the source. `bias` decides for offsets at the edge of deleted source text. */
  toSource(offset: number, bias?: 'start' | 'end'): number;
  /** Offset in the source → offset in the derived text (a position inside deleted text goes to its edge). */
  toTarget(offset: number, bias?: 'start' | 'end'): number;
  spanToSource(span: Span): Span;
  spanToTarget(span: Span): Span;
}

export type Script = 'simplified' | 'traditional' | 'mixed' | 'unknown';

export type ConversionTarget = 'simplified' | 'traditional' | 'taiwan' | 'hongkong' | 'taiwanPhrases';
