import { codePointBefore, isHan } from './han';
import { isPinyinChar, pinyinSyllable, readPinyin } from './pinyin';

/*
 * Pinyin readings glued after characters by the tool the scraped pages went through: `區(qū)`,
 * `會（huì）`, and after a character a charset error destroyed: `忸I(lǐng)`, `?(qū)`.
 */

export const OPEN = 0x28;
export const CLOSE = 0x29;
export const FW_OPEN = 0xff08;
export const FW_CLOSE = 0xff09;
export const QMARK = 0x3f;
export const REPLACEMENT = 0xfffd;
export const BOM = 0xfeff;

/** Longest parenthesised text inspected as a possible reading (`(zhuāng)` is 8; multi-syllable up to 40). */
export const MAX_READING = 40;
/** Toneless readings count as pinyin only where the artifact is evident in the document. */
const MIN_TONELESS_EVIDENCE = 3;

/**
 * Accepted and candidate annotations, as parallel arrays sorted by position (a large document has
 * hundreds of thousands; objects per annotation cost more in garbage collection than the scan itself).
 */
export interface Annotations {
  /** Index of the opening parenthesis. */
  open: number[];
  /** Index just past the closing parenthesis. */
  close: number[];
  flags: number[];
}
export const MARKED = 1;
/** The character before is not Han but a damaged stand-in (`?`, U+FFFD, or a lone ASCII letter). */
export const DAMAGED_HOST = 2;

export function isParenOpen(c: number): boolean {
  return c === OPEN || c === FW_OPEN;
}

export function isParenClose(c: number): boolean {
  return c === CLOSE || c === FW_CLOSE;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** Index just past a parenthesised reading starting at `open` (0 if there is none); sets `lastMarked`. */
export let lastMarked = false;
export function readAnnotation(source: string, open: number): number {
  const limit = Math.min(source.length, open + 1 + MAX_READING + 1);
  let j = open + 1;
  while (j < limit) {
    const c = source.charCodeAt(j);
    if (isPinyinChar(c) || c === 0x20 || c === 0x27) j++;
    else break;
  }
  if (j >= limit || j === open + 1 || !isParenClose(source.charCodeAt(j))) return 0;
  const reading = source.slice(open + 1, j);
  const single = pinyinSyllable(reading);
  if (single) {
    lastMarked = single.marked;
    return j + 1;
  }
  const parsed = readPinyin(reading);
  if (!parsed) return 0;
  lastMarked = parsed.marked;
  return j + 1;
}

/**
 * Stand-ins a garbled character leaves before its annotation: `?`, U+FFFD, or one ASCII byte in the GBK
 * trail-byte range (`忸I(lǐng)`, `O(shè)`) sitting in Chinese text rather than in a Latin word.
 */
export function isDamagedHost(source: string, open: number): boolean {
  const host = source.charCodeAt(open - 1);
  if (host === QMARK || host === REPLACEMENT) return true;
  if (!isAsciiLetter(host)) return false;
  const before = codePointBefore(source, open - 1);
  return before !== -1 && (isHan(before) || before === QMARK || before === REPLACEMENT || isParenClose(before));
}

/**
 * Readings after a Han character are removed when tone-marked, and toneless ones too when the
 * document evidently carries the artifact; otherwise `(ban)` or `(long)` after a word may be real text.
 */
export function acceptAnnotations(found: Annotations): Annotations {
  let marked = 0;
  for (const f of found.flags) if (f & MARKED) marked++;
  const toneless = found.flags.length - marked;
  if (toneless === 0 || marked > 0 || toneless >= MIN_TONELESS_EVIDENCE) return found;
  const kept: Annotations = { open: [], close: [], flags: [] };
  for (let k = 0; k < found.open.length; k++) {
    if (!(found.flags[k] & MARKED)) continue;
    kept.open.push(found.open[k]);
    kept.close.push(found.close[k]);
    kept.flags.push(found.flags[k]);
  }
  return kept;
}

