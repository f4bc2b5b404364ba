import {
  BOM,
  CLOSE,
  DAMAGED_HOST,
  FW_CLOSE,
  FW_OPEN,
  MARKED,
  OPEN,
  QMARK,
  REPLACEMENT,
  acceptAnnotations,
  isAsciiAlnum,
  isAsciiLetter,
  isDamagedHost,
  isParenOpen,
  lastMarked,
  readAnnotation,
  type Annotations,
} from './annotations';
import { collectSuspects, inChineseContext, orphanBefore, reportCorruption, type Suspect } from './corruption';
import { codePointBefore, isHan, isLineBreak } from './han';
import { MapBuilder, identityMap } from './offsetMap';
import { decodeUnits, encodeUnits } from './codeUnits';
import type { OffsetMap, Span } from './types';

export interface CorruptSpan extends Span {
  kind: 'mojibake' | 'replacement-char' | 'orphan-pinyin';
  /** The corrupt text as it stands in the string the span indexes. */
  text: string;
  /** What is wrong, in plain words, and what is known about the lost text. */
  message: string;
}

export interface CleanReport {
  pinyinRemoved: number;
  spacesRestored: number;
  /** Spans index the cleaned text. */
  corrupt: CorruptSpan[];
}

export interface CleanResult {
  text: string;
  /** cleaned → source */
  map: OffsetMap;
  report: CleanReport;
}

/*
 * The scrapes this cleans went through a tool that glued a pinyin reading after some characters
 * (`區(qū)`) and, for some pages, through a GBK/UTF-8 mix-up that lost full-width spaces (`??`) and
 * garbled short runs (`領(lǐng)域?qū)m椪?`). Cleaning removes what is certainly artifact and reports,
 * without deleting, what cannot be repaired.
 *
 * Everything is one forward scan with bounded look-ahead/look-behind (no regular expressions over the
 * document), so time is linear even on adversarial input.
 */

const IDEOGRAPHIC_SPACE = 0x3000;

export function clean(source: string): CleanResult {
  const n = source.length;
  const found: Annotations = { open: [], close: [], flags: [] };
  const orphans: Suspect[] = [];
  const questionRuns: number[] = [];
  const replacements: number[] = [];
  const letters: number[] = [];
  const indents: number[] = [];

  // Every leading BOM goes (a file saved twice by a BOM-adding editor has two): leaving the second for
  // the next cleaning would make cleaning depend on how often it ran.
  let bom = 0;
  while (bom < n && source.charCodeAt(bom) === BOM) bom++;
  let lineStart = bom;
  // End of the run of `?` that starts the current line, if any.
  let lineStartRunEnd = -1;

  for (let i = bom; i < n; i++) {
    const c = source.charCodeAt(i);
    // Most of a document is Han text that needs no look: skip it in one comparison chain.
    if (c > 0x7e && c !== FW_OPEN && c !== FW_CLOSE && c !== REPLACEMENT && c !== 0x2028 && c !== 0x2029) continue;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      lineStart = i + 1;
    } else if (c === OPEN || c === FW_OPEN) {
      if (i === 0) continue;
      const close = readAnnotation(source, i);
      if (close === 0) continue;
      // A reading right after another (`長(zhǎng)(cháng)`: both readings of a polyphone) is glued to the
      // same character. Left in place, it would surface only on a second cleaning pass.
      const chained = found.close.length > 0 && found.close[found.close.length - 1] === i;
      const han = chained || isHan(codePointBefore(source, i));
      const damaged = !han && lastMarked && isDamagedHost(source, i);
      if (damaged && i === lineStartRunEnd) {
        // `??(qū)` at a line start: the reading proves the `?` was a character, but once removed nothing
        // would, and cleaning the result again would take `??` for a lost indent. Kept and reported.
        orphans.push({ start: i - 1, end: close, strong: true, kind: 'orphan', reading: source.slice(i + 1, close - 1) });
        i = close - 1;
        continue;
      }
      if (!han && !damaged) continue;
      found.open.push(i);
      found.close.push(close);
      found.flags.push((lastMarked ? MARKED : 0) | (damaged ? DAMAGED_HOST : 0));
      i = close - 1; // the reading has been read; its closing parenthesis is not an orphan's
    } else if (c === CLOSE || c === FW_CLOSE) {
      const orphan = orphanBefore(source, i);
      if (orphan) orphans.push(orphan);
    } else if (c === QMARK) {
      let j = i + 1;
      while (j < n && source.charCodeAt(j) === QMARK) j++;
      const next = j < n ? source.charCodeAt(j) : -1;
      const runLength = j - i;
      const indent =
        i === lineStart &&
        (runLength === 2 || runLength === 4) &&
        next !== -1 &&
        !isLineBreak(next) &&
        next !== 0x20 &&
        next !== 0x09 &&
        !isParenOpen(next);
      (indent ? indents : questionRuns).push(i, j);
      if (i === lineStart) lineStartRunEnd = j;
      i = j - 1;
    } else if (c === REPLACEMENT) {
      replacements.push(i);
    } else if (isAsciiLetter(c)) {
      const next = i + 1 < n ? source.codePointAt(i + 1)! : -1;
      const prev = codePointBefore(source, i);
      if (!isAsciiAlnum(next) && !isAsciiAlnum(prev) && inChineseContext(prev) && inChineseContext(next)) {
        letters.push(i);
      }
    }
  }

  const annotations = acceptAnnotations(found);
  let spacesRestored = 0;
  for (let k = 0; k < indents.length; k += 2) spacesRestored += indents[k + 1] - indents[k];
  const { text, map } = applyEdits(source, bom, indents, annotations);
  const suspects = collectSuspects(source, annotations, orphans, questionRuns, replacements, letters);
  const corrupt = reportCorruption(source, text, map, suspects, annotations);
  return { text, map, report: { pinyinRemoved: annotations.open.length, spacesRestored, corrupt } };
}

/**
 * Removes the BOMs and the annotations and restores the indents; the three lists are each in order.
 * Every edit keeps or shortens the text, so it is done in place on a native copy of the source.
 */
function applyEdits(source: string, bom: number, indents: number[], annotations: Annotations): { text: string; map: OffsetMap } {
  const n = source.length;
  const opens = annotations.open;
  if (bom === 0 && indents.length === 0 && opens.length === 0) return { text: source, map: identityMap(n) };
  const buf = encodeUnits(source);
  // Each edit adds at most a kept run and the edit itself.
  const builder = new MapBuilder(2 * opens.length + indents.length + 2);
  if (bom) builder.delete(bom);
  let at = bom;
  let o = 0;
  const copyTo = (to: number): void => {
    if (to > at) {
      if (o !== at) buf.copyWithin(o, at, to);
      o += to - at;
      builder.keep(to - at);
    }
  };
  let a = 0;
  let d = 0;
  while (a < opens.length || d < indents.length) {
    if (d < indents.length && (a >= opens.length || indents[d] < opens[a])) {
      copyTo(indents[d]);
      const length = indents[d + 1] - indents[d];
      buf.fill(IDEOGRAPHIC_SPACE, o, o + length);
      o += length;
      builder.keep(length); // unit for unit: `??` → two ideographic spaces
      at = indents[d + 1];
      d += 2;
    } else {
      copyTo(opens[a]);
      builder.delete(annotations.close[a] - opens[a]);
      at = annotations.close[a];
      a++;
    }
  }
  copyTo(n);
  const text = decodeUnits(buf, o);
  return { text, map: builder.build(n, text.length) };
}
