import { MapBuilder, SegmentMap, composeMaps, identityMap } from './offsetMap';
import { EntryShape, converterPlan, longestMatch, matchEnd, releaseSequenceMemo, startUnits, unmatchedLength, type ConverterPlan, type TrieNode } from './opencc';
import { decodeUnits, encodeUnits } from './codeUnits';
import type { ConversionTarget, OffsetMap } from './types';

export interface ConversionResult {
  text: string;
  /** converted → input */
  map: OffsetMap;
}

/**
 * Converts with OpenCC's tables: 'simplified' is OpenCC t→cn (plain tables: the Taiwan/Hong Kong
 * phrase tables change wording, 建立 → 创建), 'traditional' cn→t, 'taiwan' cn→tw, 'taiwanPhrases'
 * cn→twp, 'hongkong' cn→hk. Only the direction needed is loaded; converters are cached.
 *
 * The map is exact per code point: a character whose UTF-16 length changes (㗲 → 𠵾) is one unit, a
 * phrase whose number of characters changes (主板 → 主機板) is one unit, and so is a reworded phrase of
 * the Taiwan vocabulary table (信息 → 資訊), whose characters do not correspond one to one.
 */
export function convert(text: string, target: ConversionTarget): ConversionResult {
  return convertReleasing(text, target, false);
}

/**
 * @internal The same conversion with its two shortcuts off (every code unit goes to the matcher, and the
 * output is built by copying): what tests hold `convert` to.
 */
export function convertPlain(text: string, target: ConversionTarget): ConversionResult {
  return convertReleasing(text, target, true);
}

function convertReleasing(text: string, target: ConversionTarget, plain: boolean): ConversionResult {
  try {
    return convertWith(converterPlan(target), text, plain);
  } finally {
    releaseSequenceMemo();
  }
}

function convertWith(plan: ConverterPlan, text: string, plain: boolean): ConversionResult {
  let current = text;
  let map: SegmentMap | undefined;
  const step = (result: StageResult): void => {
    if (!result.changed) return;
    map = map ? composeMaps(map, result.map) : result.map;
    current = result.text;
  };
  for (const trie of plan.normalization) step(runStage(current, trie, null, plain));
  let cuts = plan.segmentation ? segmentBoundaries(current, plan.segmentation) : null;
  for (const trie of plan.conversion) {
    const result = runStage(current, trie, cuts, plain);
    step(result);
    cuts = result.cuts;
  }
  return { text: current, map: map ?? identityMap(text.length) };
}

const EVERY_UNIT = new Uint8Array(0x10000).fill(1);

interface StageResult {
  text: string;
  map: SegmentMap;
  changed: boolean;
  /** The segment boundaries, carried into this stage's output. */
  cuts: number[] | null;
}

/**
 * Positions where a segmentation match starts or ends: conversion matches may not cross them
 * (opencc-js converts each segment on its own).
 */
function segmentBoundaries(s: string, trie: TrieNode): number[] {
  const cuts: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    if (longestMatch(trie, s, i, n)) {
      const end = matchEnd;
      if (i > 0 && cuts[cuts.length - 1] !== i) cuts.push(i);
      if (end < n) cuts.push(end);
      i = end;
    } else {
      i += unmatchedLength(s, i, n);
    }
  }
  return cuts;
}

/**
 * One dictionary group over the text, within segment boundaries. Most characters start no key: one
 * table lookup per code unit steps over them. The output is the input copied once (natively) and
 * overwritten where replacements keep the length, which for Traditional→Simplified is nearly every one;
 * after the first replacement that changes the length, unchanged runs are copied as they come.
 */
function runStage(s: string, trie: TrieNode, cuts: number[] | null, plain: boolean): StageResult {
  const n = s.length;
  const starts = plain ? EVERY_UNIT : startUnits(trie);
  // Made at the first replacement that is not aligned (none, for most Traditional→Simplified text).
  let builder: MapBuilder | undefined;
  // Aligned code units not yet handed to the builder: it would merge them anyway, so they are added up here.
  let kept = 0;
  let out: Uint16Array | undefined;
  // Output length for the input up to runStart; equal to runStart while replacements keep the length.
  let o = 0;
  let inPlace = !plain;
  const outCuts: number[] | null = cuts ? [] : null;
  let changed = false;
  let runStart = 0;
  let cutIndex = 0;
  let limit = cuts && cuts.length > 0 ? cuts[0] : n;
  let i = 0;
  while (i < n) {
    if (i === limit) {
      outCuts!.push(o + (i - runStart));
      cutIndex++;
      limit = cutIndex < cuts!.length ? cuts![cutIndex] : n;
      continue;
    }
    if (starts[s.charCodeAt(i)] === 0) {
      i++;
      while (i < limit && starts[s.charCodeAt(i)] === 0) i++;
      continue;
    }
    const node = longestMatch(trie, s, i, limit);
    if (!node) {
      i += unmatchedLength(s, i, limit);
      continue;
    }
    const end = matchEnd;
    const value = node.value!;
    const vl = value.length;
    if (!changed && value !== s.slice(i, end)) changed = true;
    if (!out) out = encodeUnits(s, n + (n >> 4) + 16);
    if (inPlace && vl !== end - i) inPlace = false;
    if (inPlace) {
      o = i;
    } else {
      if (o + (i - runStart) + vl > out.length) out = grow(out, o + (i - runStart) + vl);
      for (let k = runStart; k < i; k++) out[o++] = s.charCodeAt(k);
    }
    for (let k = 0; k < vl; k++) out[o++] = value.charCodeAt(k);
    kept += i - runStart;
    if (node.shape === EntryShape.Aligned) {
      kept += end - i;
    } else {
      builder ??= new MapBuilder();
      builder.keep(kept);
      kept = 0;
      if (node.shape === EntryShape.PerCodePoint) mapPerCodePoint(builder, s, i, end, value);
      else builder.replace(end - i, vl);
    }
    i = end;
    runStart = i;
  }
  if (!changed) return { text: s, map: identityMap(n), changed: false, cuts: cuts ? [...cuts] : null };
  if (inPlace) {
    o = n;
  } else {
    if (o + (n - runStart) > out!.length) out = grow(out!, o + (n - runStart));
    for (let k = runStart; k < n; k++) out![o++] = s.charCodeAt(k);
  }
  const text = decodeUnits(out!, o);
  const map = builder ? builder.keep(kept + (n - runStart)).build(n, text.length) : identityMap(n);
  return { text, map, changed: true, cuts: outCuts };
}

function grow(buf: Uint16Array, size: number): Uint16Array {
  const next = new Uint16Array(Math.max(size, Math.ceil(buf.length * 1.5)));
  next.set(buf);
  return next;
}

/** Key and value have the same number of code points, some astral: pair them off one by one. */
function mapPerCodePoint(builder: MapBuilder, s: string, start: number, end: number, value: string): void {
  let v = 0;
  for (let i = start; i < end; ) {
    const kl = s.codePointAt(i)! > 0xffff ? 2 : 1;
    const vl = value.codePointAt(v)! > 0xffff ? 2 : 1;
    if (kl === vl && kl === 1) builder.keep(1);
    else builder.replace(kl, vl);
    i += kl;
    v += vl;
  }
}
