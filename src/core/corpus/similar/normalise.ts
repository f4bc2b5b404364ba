import { isHan } from '../../text/han';
import type { Span } from '../../text/types';

/**
 * A document reduced to what carries its wording: letters, digits and Han characters, folded so that
 * `，`/`、`, full-width/ASCII, quotes, spacing and line breaks make no difference. Every kept character
 * remembers where it came from, so any normalised range maps back to an exact span of the text.
 */
export interface Normalised {
  /** Folded code points. */
  readonly chars: Int32Array;
  /** UTF-16 offset in the text of the character each normalised one comes from. */
  readonly starts: Int32Array;
  /** UTF-16 offset just past that character (2 units past `starts` for an astral character). */
  readonly ends: Int32Array;
  /**
   * Segment boundaries: positions `p` where text before and after are not contiguous because an
   * excluded span lies between them. Sorted, without 0 and `chars.length`. A match never crosses one.
   */
  readonly breaks: Int32Array;
}

/** Table of folded BMP code points: 0 unknown yet, DROP, or `1 + folded` (0 < folded ≤ 0xffff). */
const DROP = -1;
const bmpFold = new Int32Array(0x10000);
/** NFKC expansions of one character into several (`⑩` → `10`, `㈠` → `(一)` → `一`). */
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

/** The folded characters standing for `cp`: none (punctuation, space, symbols), one, or a few. */
function fold(cp: number): number | number[] {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return cp;
    if (cp >= 0x30 && cp <= 0x39) return cp;
    if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
    return DROP;
  }
  // Unified ideographs are already canonical; this is nearly every character of the corpus.
  if (cp >= 0x4e00 && cp <= 0x9fff) return cp;
  if (cp > 0xffff) return isHan(cp) || CONTENT.test(String.fromCodePoint(cp)) ? cp : DROP;
  let v = bmpFold[cp];
  if (v === 0) {
    const out = foldSlow(cp);
    if (out.length === 0) v = DROP;
    else if (out.length === 1 && out[0] <= 0xffff) v = 1 + out[0];
    else {
      multiFold.set(cp, out);
      v = -2;
    }
    bmpFold[cp] = v;
  }
  if (v === DROP) return DROP;
  if (v === -2) return multiFold.get(cp)!;
  return v - 1;
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

/**
 * Normalises `text` outside `exclude`. `exclude` may be unsorted or overlapping; offsets inside a
 * surrogate pair are treated as the pair's start.
 */
export function normalise(text: string, exclude?: readonly Span[]): Normalised {
  const excluded = mergeSpans(exclude, text.length);
  const chars = new Int32Array(text.length + 8);
  const starts = new Int32Array(text.length + 8);
  const ends = new Int32Array(text.length + 8);
  const breaks: number[] = [];
  let n = 0;
  let cap = chars.length;
  let buffers: { chars: Int32Array; starts: Int32Array; ends: Int32Array } = { chars, starts, ends };
  const push = (c: number, s: number, e: number) => {
    if (n === cap) {
      cap *= 2;
      buffers = { chars: grow(buffers.chars, cap), starts: grow(buffers.starts, cap), ends: grow(buffers.ends, cap) };
    }
    buffers.chars[n] = c;
    buffers.starts[n] = s;
    buffers.ends[n] = e;
    n++;
  };
  let x = 0;
  let i = 0;
  while (i < text.length) {
    if (x < excluded.length && i >= excluded[x].start) {
      i = Math.max(i, excluded[x].end);
      x++;
      if (n > 0 && (breaks.length === 0 || breaks[breaks.length - 1] !== n)) breaks.push(n);
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const f = fold(cp);
    if (typeof f === 'number') {
      if (f !== DROP) push(f, i, i + len);
    } else {
      for (const c of f) push(c, i, i + len);
    }
    i += len;
  }
  // A break at the very end separates nothing.
  while (breaks.length > 0 && breaks[breaks.length - 1] >= n) breaks.pop();
  return {
    chars: buffers.chars.subarray(0, n),
    starts: buffers.starts.subarray(0, n),
    ends: buffers.ends.subarray(0, n),
    breaks: Int32Array.from(breaks),
  };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** The segment `[start, end)` (between breaks) that holds normalised position `p`. */
export function segmentOf(norm: Normalised, p: number): { start: number; end: number } {
  const b = norm.breaks;
  let lo = 0;
  let hi = b.length;
  // First break greater than p.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid] <= p) lo = mid + 1;
    else hi = mid;
  }
  return { start: lo === 0 ? 0 : b[lo - 1], end: lo === b.length ? norm.chars.length : b[lo] };
}

/** The text span covered by normalised positions `[from, to)` (to > from). */
export function toTextSpan(norm: Normalised, from: number, to: number): Span {
  return { start: norm.starts[from], end: norm.ends[to - 1] };
}

/** Normalised range `[from, to)` of the characters lying inside the text span (possibly empty). */
export function toNormRange(norm: Normalised, span: Span): { from: number; to: number } {
  return { from: lowerBound(norm.starts, span.start), to: lowerBoundEnds(norm.ends, span.end) };
}

/** First index whose start is ≥ offset. */
function lowerBound(a: Int32Array, offset: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of characters whose end is ≤ offset. */
function lowerBoundEnds(a: Int32Array, offset: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
