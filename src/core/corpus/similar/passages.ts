import type { Span } from '../../text/types';
import { mergeSpans } from './normalise';

/**
 * Passages are what a reader points at: sentences, and for the long run-on sentences of meeting
 * reports (a directive paragraph is often one sentence of 150 characters) groups of clauses. They tile
 * the text outside excluded spans, trimmed of spaces and indents.
 */

/** Sentence ends; a closing quote or bracket right after one still belongs to the sentence. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '"', "'"]);
/** Where a long sentence may be cut into clause groups. */
const CLAUSE_END = new Set(['，', ',', '：', ':']);
/** A sentence longer than this (UTF-16 units) is split into clause groups of about half of it. */
export const MAX_PASSAGE = 120;
const TARGET_GROUP = 60;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0d || code === 0x0a;
}

/** Passages of `text` outside `exclude`, in order. */
export function passages(text: string, exclude?: readonly Span[]): Span[] {
  return passagesIn(text, exclude, 0, text.length);
}

/** Passages inside `[from, to)`, which must not cut a passage (line boundaries never do). */
function passagesIn(text: string, exclude: readonly Span[] | undefined, from: number, to: number): Span[] {
  const out: Span[] = [];
  const clipped = mergeSpans(exclude, text.length).filter((x) => x.end > from && x.start < to);
  for (const x of [...clipped, { start: to, end: to }]) {
    const end = Math.min(x.start, to);
    if (end > from) splitRegion(text, from, end, out);
    from = Math.max(from, x.end);
  }
  return out;
}

function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/**
 * The passage at `offset`, as `passageAt(passages(text, exclude), offset)` gives it, computed from the
 * line around the offset only: a cursor in a 1 MB document must not split the whole document.
 */
export function passageAround(text: string, exclude: readonly Span[] | undefined, offset: number): Span | undefined {
  let start = Math.min(offset, text.length);
  while (start > 0 && !isLineBreak(text[start - 1])) start--;
  let end = Math.min(offset, text.length);
  while (end < text.length && !isLineBreak(text[end])) end++;
  // The line before, for a cursor right after a passage that ends its line.
  const before = start > 0 ? passagesIn(text, exclude, lineStart(text, start - 1), start - 1) : [];
  return passageAt([...before, ...passagesIn(text, exclude, start, end)], offset);
}

function lineStart(text: string, offset: number): number {
  let s = offset;
  while (s > 0 && !isLineBreak(text[s - 1])) s--;
  return s;
}

/** The passage holding `offset` (or ending at it, for a cursor at the end of a sentence). */
export function passageAt(list: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo < list.length && list[lo].start <= offset) return list[lo];
  if (lo > 0 && list[lo - 1].end === offset) return list[lo - 1];
  return undefined;
}

function splitRegion(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (isLineBreak(ch)) {
      emit(text, start, i, out);
      start = i + 1;
    } else if (SENTENCE_END.has(ch)) {
      let end = i + 1;
      while (end < to && (SENTENCE_END.has(text[end]) || CLOSERS.has(text[end]))) end++;
      emit(text, start, end, out);
      start = end;
      i = end;
      continue;
    }
    i++;
  }
  emit(text, start, to, out);
}

/** Trims and adds one sentence, cut into clause groups when it is long. */
function emit(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
  if (end - start <= MAX_PASSAGE) {
    out.push({ start, end });
    return;
  }
  const parts = Math.ceil((end - start) / TARGET_GROUP);
  const goal = (end - start) / parts;
  let groupStart = start;
  for (let i = start; i < end; i++) {
    if (!CLAUSE_END.has(text[i])) continue;
    const cut = i + 1;
    if (cut - groupStart >= goal && end - cut >= goal / 3) {
      out.push({ start: groupStart, end: cut });
      groupStart = cut;
    }
  }
  out.push({ start: groupStart, end });
}
