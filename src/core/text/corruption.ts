import type { CorruptSpan } from './clean';
import { codePointBefore, isHan, isLineBreak } from './han';
import { DAMAGED_HOST, MAX_READING, QMARK, REPLACEMENT, isParenClose, isParenOpen, type Annotations } from './annotations';
import { isPinyinChar, readPinyin } from './pinyin';
import type { OffsetMap } from './types';

/*
 * Damage that cleaning cannot repair and reports instead. Suspects are single spots: an orphan reading
 * (`?qū)`), a destroyed character before a reading (`I(lǐng)`), U+FFFD, `?` in Chinese text, a lone
 * Latin letter between Han characters. Strong ones are damage on their own; weak ones (a `?` that may be a
 * question mark, a letter that may be `X光`) only extend a run that has a strong one. Suspects separated
 * by a few unannotated Han characters form one garbled run: the bytes in between were misread too.
 */

/** Longest gap of plain characters between two damaged spots that still counts as one garbled run. */
const MAX_GARBLE_GAP = 8;
/** A garbled run is short; this stops weak suspects (`?`, lone letters) from chaining across a paragraph. */
const MAX_GARBLE_SPAN = 64;

type SuspectKind = 'orphan' | 'damaged-host' | 'lost-host' | 'fffd' | 'qmark' | 'letter';

export interface Suspect {
  start: number;
  end: number;
  /** Strong suspects are corruption on their own; weak ones only extend a run next to a strong one. */
  strong: boolean;
  kind: SuspectKind;
  reading?: string;
}

export function inChineseContext(cp: number): boolean {
  return cp !== -1 && (isHan(cp) || cp === QMARK || cp === REPLACEMENT || isParenClose(cp));
}

/**
 * A reading followed by `)` whose `(` and usually its character were destroyed: `?qū)`. Only
 * tone-marked readings count (an unmarked `a)` is more likely a list label), and only right after a
 * `?`, U+FFFD or a Han character (the `(` alone was lost).
 */
export function orphanBefore(source: string, close: number): Suspect | undefined {
  let k = close;
  while (k > 0 && close - k < MAX_READING && isPinyinChar(source.charCodeAt(k - 1))) k--;
  if (k === close || k === 0) return undefined;
  const before = codePointBefore(source, k);
  if (isParenOpen(before)) return undefined;
  const lostHost = before === QMARK || before === REPLACEMENT;
  if (!lostHost && !isHan(before)) return undefined;
  const reading = source.slice(k, close);
  const parsed = readPinyin(reading);
  if (!parsed || !parsed.marked) return undefined;
  return { start: lostHost ? k - 1 : k, end: close + 1, strong: true, kind: 'orphan', reading };
}

/** Whether the sorted array `xs` contains `x`. */
function sortedHas(xs: number[], x: number): boolean {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo < xs.length && xs[lo] === x;
}

export function collectSuspects(
  source: string,
  annotations: Annotations,
  orphans: Suspect[],
  questionRuns: number[],
  replacements: number[],
  letters: number[],
): Suspect[] {
  const suspects: Suspect[] = [...orphans];
  for (let k = 0; k < annotations.open.length; k++) {
    if (!(annotations.flags[k] & DAMAGED_HOST)) continue;
    const open = annotations.open[k];
    const host = source.charCodeAt(open - 1);
    const lost = host === QMARK || host === REPLACEMENT;
    const reading = source.slice(open + 1, annotations.close[k] - 1);
    suspects.push({ start: open - 1, end: annotations.close[k], strong: true, kind: lost ? 'lost-host' : 'damaged-host', reading });
  }
  // Orphans and damaged hosts claim the `?` or letter they contain; the rest are judged below.
  const claims = suspects.map((s) => [s.start, s.end] as const).sort((x, y) => x[0] - y[0]);
  const isClaimed = (i: number): boolean => {
    let lo = 0;
    let hi = claims.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (claims[mid][0] <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && i < claims[lo - 1][1];
  };

  for (let r = 0; r < questionRuns.length; r += 2) {
    let start = questionRuns[r];
    let end = questionRuns[r + 1];
    while (start < end && isClaimed(start)) start++;
    while (end > start && isClaimed(end - 1)) end--;
    if (start >= end) continue;
    const before = codePointBefore(source, start);
    const after = end < source.length ? source.codePointAt(end)! : -1;
    const hanBefore = isHan(before) || sortedHas(annotations.close, start);
    const hanAfter = isHan(after);
    const lineStart = before === -1 || isLineBreak(before);
    if ((hanBefore && hanAfter) || (lineStart && hanAfter)) {
      suspects.push({ start, end, strong: true, kind: 'qmark' });
    } else if (hanBefore || hanAfter || isParenClose(before)) {
      suspects.push({ start, end, strong: false, kind: 'qmark' });
    }
  }
  for (const i of replacements) {
    if (!isClaimed(i)) suspects.push({ start: i, end: i + 1, strong: true, kind: 'fffd' });
  }
  for (const i of letters) {
    if (!isClaimed(i)) suspects.push({ start: i, end: i + 1, strong: false, kind: 'letter' });
  }
  suspects.sort((x, y) => x.start - y.start || x.end - y.end);
  return suspects;
}

/** The characters between two suspects may belong to the same garbled run: short, Han only, none annotated. */
function gapIsGarble(source: string, from: number, to: number, annotationOpens: number[]): boolean {
  if (to < from) return false;
  let count = 0;
  for (let i = from; i < to; ) {
    const cp = source.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    if (!isHan(cp) || sortedHas(annotationOpens, i + len)) return false;
    if (++count > MAX_GARBLE_GAP) return false;
    i += len;
  }
  return true;
}

export function reportCorruption(source: string, text: string, map: OffsetMap, suspects: Suspect[], annotations: Annotations): CorruptSpan[] {
  if (suspects.length === 0) return [];
  const out: CorruptSpan[] = [];
  let group: Suspect[] = [];
  const flush = (): void => {
    if (group.some((s) => s.strong)) out.push(describe(text, map, group));
    group = [];
  };
  for (const s of suspects) {
    const last = group[group.length - 1];
    if (last && (s.end - group[0].start > MAX_GARBLE_SPAN || !gapIsGarble(source, last.end, s.start, annotations.open))) flush();
    group.push(s);
  }
  flush();
  return out;
}

function describe(text: string, map: OffsetMap, group: Suspect[]): CorruptSpan {
  const sourceStart = group[0].start;
  const sourceEnd = group[group.length - 1].end;
  const span = map.spanToTarget({ start: sourceStart, end: sourceEnd });
  const covered = group.reduce((sum, s) => sum + (s.end - s.start), 0);
  const hasGap = covered < sourceEnd - sourceStart;
  const kinds = new Set(group.map((s) => s.kind));
  const orphanReadings = group.filter((s) => s.kind === 'orphan').map((s) => s.reading!);
  const lostReadings = group.filter((s) => s.kind === 'damaged-host' || s.kind === 'lost-host').map((s) => s.reading!);

  let kind: CorruptSpan['kind'];
  const details: string[] = [];
  if (kinds.has('damaged-host') || kinds.has('letter') || hasGap) {
    kind = 'mojibake';
    details.push('Garbled text: a charset error (GBK bytes read out of step) replaced the original characters here with unrelated ones.');
  } else if (orphanReadings.length > 0) {
    kind = 'orphan-pinyin';
    details.push(
      orphanReadings.length === 1
        ? 'A pinyin annotation is left without its character, which was destroyed in a charset conversion.'
        : 'Pinyin annotations are left without their characters, which were destroyed in a charset conversion.',
    );
  } else {
    kind = 'replacement-char';
    details.push(
      kinds.has('fffd')
        ? 'Replacement character U+FFFD: characters were lost when the file was decoded.'
        : "'?' in Chinese text: characters were probably lost in a charset conversion.",
    );
  }
  if (orphanReadings.length > 0) details.push(`Orphan pinyin: ${orphanReadings.join(', ')}.`);
  if (lostReadings.length > 0) details.push(`The destroyed character${lostReadings.length > 1 ? 's' : ''} read ${lostReadings.join(', ')} (annotation removed).`);
  details.push('Kept as found: the original cannot be recovered from this file.');
  return { start: span.start, end: span.end, kind, text: text.slice(span.start, span.end), message: details.join(' ') };
}
