import { isHan } from '../../text/han';
import type { Span } from '../../text/types';

/**
 * A document reduced to what carries its wording: letters, digits and Han characters, folded so that
 * `，`/`、`, full-width/ASCII, quotes, spacing and line breaks make no difference. Kept for every indexed
 * document, so it is compact: the folded characters (2 bytes each unless the text has astral ones) and
 * one text offset per 64 characters, from which `charSpan` recovers the exact text span of any
 * character by re-folding at most 64 of them.
 */
export interface Normalised {
  readonly chars: Chars;
  /**
   * Segment boundaries: positions `p` where text before and after are not contiguous because an
   * excluded span lies between them. Sorted, without 0 and `chars.length`. A match never crosses one.
   */
  readonly breaks: Int32Array;
  /** Text offset of the code point that character `64·m` comes from. */
  readonly marks: Int32Array;
  /** How many characters of that code point's folding come before character `64·m` (0 but for `⑩` → `10`). */
  readonly markSkips: Uint8Array;
  readonly text: string;
  /** Sorted, merged. */
  readonly excluded: readonly Span[];
}

export type Chars = Uint16Array | Int32Array;

const MARK_SHIFT = 6;
const MARK_MASK = (1 << MARK_SHIFT) - 1;

/** Folded BMP code points: 0 not computed yet, DROP, MULTI (see `multiFold`), or `1 + folded`. */
const DROP = -1;
const MULTI = -2;
const bmpFold = new Int32Array(0x10000);
/** NFKC expansions of one character into several or into an astral one (`⑩` → `10`). */
const multiFold = new Map<number, number[]>();
const CONTENT = /^[\p{L}\p{N}]$/u;

function foldSlow(cp: number): number[] {
  const nfkc = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
  const out: number[] = [];
  for (const ch of nfkc) {
    const c = ch.codePointAt(0)!;
    if (isHan(c) || CONTENT.test(ch)) out.push(c);
  }
  return out;
}

/** The folded characters standing for `cp`: DROP (punctuation, space, symbols), one, or a list. */
function fold(cp: number): number | number[] {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return cp;
    if (cp >= 0x30 && cp <= 0x39) return cp;
    if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
    return DROP;
  }
  // Unified ideographs are already canonical: nearly every character of the corpus.
  if (cp >= 0x4e00 && cp <= 0x9fff) return cp;
  if (cp > 0xffff) return isHan(cp) || CONTENT.test(String.fromCodePoint(cp)) ? cp : DROP;
  let v = bmpFold[cp];
  if (v === 0) {
    const out = foldSlow(cp);
    if (out.length === 0) v = DROP;
    else if (out.length === 1 && out[0] <= 0xffff) v = 1 + out[0];
    else {
      multiFold.set(cp, out);
      v = MULTI;
    }
    bmpFold[cp] = v;
  }
  if (v === DROP) return DROP;
  if (v === MULTI) return multiFold.get(cp)!;
  return v - 1;
}

function foldCount(cp: number): number {
  const f = fold(cp);
  return typeof f === 'number' ? (f === DROP ? 0 : 1) : f.length;
}

/** Sorted, merged copy of the spans clipped to `[0, length)`. */
export function mergeSpans(spans: readonly Span[] | undefined, length: number): Span[] {
  if (!spans || spans.length === 0) return [];
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Normalises `text` outside `exclude` (which may be unsorted or overlapping). */
export function normalise(text: string, exclude?: readonly Span[]): Normalised {
  const excluded = mergeSpans(exclude, text.length);
  let chars: Chars = new Uint16Array(text.length + 1);
  const marks: number[] = [];
  const skips: number[] = [];
  const breaks: number[] = [];
  let n = 0;
  const push = (c: number, offset: number, skip: number) => {
    if ((n & MARK_MASK) === 0) {
      marks.push(offset);
      skips.push(skip);
    }
    if (c > 0xffff && chars instanceof Uint16Array) chars = Int32Array.from(chars);
    if (n === chars.length) {
      const bigger: Chars = chars instanceof Uint16Array ? new Uint16Array(n * 2) : new Int32Array(n * 2);
      bigger.set(chars);
      chars = bigger;
    }
    chars[n++] = c;
  };
  let x = 0;
  let i = 0;
  while (i < text.length) {
    if (x < excluded.length && i >= excluded[x].start) {
      i = Math.max(i, excluded[x].end);
      x++;
      if (n > 0 && breaks[breaks.length - 1] !== n) breaks.push(n);
      continue;
    }
    const cp = text.codePointAt(i)!;
    const f = fold(cp);
    if (typeof f === 'number') {
      if (f !== DROP) push(f, i, 0);
    } else {
      for (let s = 0; s < f.length; s++) push(f[s], i, s);
    }
    i += cp > 0xffff ? 2 : 1;
  }
  // A break at the very end separates nothing.
  while (breaks.length > 0 && breaks[breaks.length - 1] >= n) breaks.pop();
  return {
    chars: chars.slice(0, n),
    breaks: Int32Array.from(breaks),
    marks: Int32Array.from(marks),
    markSkips: Uint8Array.from(skips.map((s) => Math.min(s, 255))),
    text,
    excluded,
  };
}

/** Index of the first excluded span ending after `offset`. */
function firstExclusionAfter(excluded: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = excluded.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (excluded[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Walks the text from the mark at or before character `p`, calling `visit(offset, length, first, count)`
 * for each code point that yields characters (`first` = index of its first character, which may be
 * before the mark for a multi-character folding), until `visit` returns true.
 */
function walkFrom(norm: Normalised, mark: number, visit: (offset: number, len: number, first: number, count: number) => boolean): void {
  const { text, excluded } = norm;
  let i = norm.marks[mark];
  let first = (mark << MARK_SHIFT) - norm.markSkips[mark];
  let x = firstExclusionAfter(excluded, i);
  while (i < text.length) {
    if (x < excluded.length && i >= excluded[x].start) {
      i = Math.max(i, excluded[x].end);
      x++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const count = foldCount(cp);
    if (count > 0) {
      if (visit(i, len, first, count)) return;
      first += count;
    }
    i += len;
  }
}

/** The text span of the code point normalised character `p` comes from. */
export function charSpan(norm: Normalised, p: number): Span {
  let found: Span = { start: norm.text.length, end: norm.text.length };
  walkFrom(norm, p >> MARK_SHIFT, (offset, len, first, count) => {
    if (p < first + count) {
      found = { start: offset, end: offset + len };
      return true;
    }
    return false;
  });
  return found;
}

/** The text span covered by normalised positions `[from, to)` (to > from). */
export function toTextSpan(norm: Normalised, from: number, to: number): Span {
  return { start: charSpan(norm, from).start, end: charSpan(norm, to - 1).end };
}

/** Normalised range of the characters whose code points lie entirely inside the text span. */
export function toNormRange(norm: Normalised, span: Span): { from: number; to: number } {
  const from = countBefore(norm, span.start, false);
  const to = Math.max(from, countBefore(norm, span.end, true));
  return { from, to };
}

/**
 * Characters whose code point starts before `offset` (`ending`: whose code point ends at or before
 * it). Binary search on the marks, then a walk of at most 64 characters.
 */
function countBefore(norm: Normalised, offset: number, ending: boolean): number {
  const { marks } = norm;
  if (marks.length === 0) return 0;
  let lo = 0;
  let hi = marks.length;
  // Last mark whose code point starts strictly before offset.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  let result = norm.chars.length;
  walkFrom(norm, lo - 1, (start, len, first) => {
    if (ending ? start + len > offset : start >= offset) {
      result = first;
      return true;
    }
    return false;
  });
  return result;
}

/** The segment `[start, end)` (between breaks) that holds normalised position `p`. */
export function segmentOf(norm: Normalised, p: number): { start: number; end: number } {
  const b = norm.breaks;
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid] <= p) lo = mid + 1;
    else hi = mid;
  }
  return { start: lo === 0 ? 0 : b[lo - 1], end: lo === b.length ? norm.chars.length : b[lo] };
}

/** Bytes held by a normalised text beyond the text itself. */
export function normBytes(norm: Normalised): number {
  return norm.chars.byteLength + norm.breaks.byteLength + norm.marks.byteLength + norm.markSkips.byteLength;
}
