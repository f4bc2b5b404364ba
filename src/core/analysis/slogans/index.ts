import type { Span } from '../../text/types';
import { SpanCursor } from '../boilerplate/spanCursor';
import type { Slogan } from '../types';
import { classifyQuote } from './classify';
import { sloganKey } from './key';

export { sloganKey } from './key';
export { classifyQuote, type QuoteVerdict } from './classify';

/** Closing mark (code unit) for each opening mark; 《 is handled apart. ASCII `"` and `＂` close themselves. */
const CLOSER = new Map<number, number>([
  [0x201c, 0x201d], // “ ”
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
  [0x2018, 0x2019], // ‘ ’
  [0x22, 0x22], // " "
  [0x301d, 0x301e], // 〝 〞
  [0xff02, 0xff02], // ＂ ＂
]);
const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》
/** A pair farther apart than this is not a slogan (and an unclosed quote must not run on). */
const MAX_QUOTE = 64;
const MAX_TITLE = 120;

export interface FindSlogansOptions {
  /** Spans (boilerplate) whose quotes are not slogans of the article. */
  exclude?: Span[];
}

/**
 * Quoted formulations in `text` (cleaned Simplified text): `“四不两直”`, `「生命至上、安全第一」`,
 * `"时时放心不下"`. Spans cover the text between the quotes (so `text === doc.slice(start, end)`).
 * Quotes inside 《…》 titles are part of the title; terms, quotations and names are left out (see
 * classify.ts). When a quote is not a slogan, quotes nested in it are still considered.
 */
export function findSlogans(text: string, opts: FindSlogansOptions = {}): Slogan[] {
  const excluded = new SpanCursor(opts.exclude);
  const slogans: Slogan[] = [];
  let i = 0;
  for (;;) {
    i = nextMark(text, i);
    if (i < 0) break;
    const ch = text.charCodeAt(i);
    if (ch === TITLE_OPEN) {
      const close = findClose(text, i + 1, TITLE_CLOSE, TITLE_OPEN, MAX_TITLE);
      i = close >= 0 ? close + 1 : close < -1 ? -close - 2 : i + 1;
      continue;
    }
    const closer = CLOSER.get(ch)!;
    const close = findClose(text, i + 1, closer, ch === closer ? -1 : ch, MAX_QUOTE);
    if (close < 0) {
      // A stray opener: resume at the next opener of the same kind if that is what stopped the search.
      i = close < -1 ? -close - 2 : i + 1;
      continue;
    }
    const start = i + 1;
    const content = text.slice(start, close);
    const verdict = classifyQuote(content, text.slice(close + 1, close + 8));
    if (verdict === 'slogan' && !excluded.overlaps(i, close + 1)) {
      const trimmed = trimSpan(text, start, close);
      const body = text.slice(trimmed.start, trimmed.end);
      slogans.push({ start: trimmed.start, end: trimmed.end, text: body, key: sloganKey(body) });
      i = close + 1;
    } else if (ch === closer) {
      // ASCII quotes do not say which side they are on: keep pairing them in order.
      i = close + 1;
    } else {
      i++;
    }
  }
  return slogans;
}

/** Index of the next quote mark or 《 at or after `from`, or -1. Compares code units: no allocation. */
function nextMark(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    switch (text.charCodeAt(j)) {
      case 0x22: // "
      case 0x2018: // ‘
      case 0x201c: // “
      case 0x300a: // 《
      case 0x300c: // 「
      case 0x300e: // 『
      case 0x301d: // 〝
      case 0xff02: // ＂
        return j;
    }
  }
  return -1;
}

/**
 * Index of `closer` (a code unit) after `from` on the same line within `limit` code units, or a negative value.
 * Meeting a second opener first means the first one is a stray (scraped text loses marks): the result
 * is then `-(index of that opener) - 2`, so the caller can resume there instead of rescanning.
 */
function findClose(text: string, from: number, closer: number, opener: number, limit: number): number {
  const end = Math.min(text.length, from + limit);
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === closer) return j;
    if (c === 0x0a) return -1;
    if (c === opener) return -j - 2;
  }
  return -1;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
