import { MapBuilder, SegmentMap, composeMaps, identityMap } from './offsetMap';
import { EntryShape, converterPlan, longestMatch, matchEnd, releaseSequenceMemo, unmatchedLength, type ConverterPlan, type TrieNode } from './opencc';
import { TextSink } from './textSink';
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
  try {
    return convertWith(converterPlan(target), text);
  } finally {
    releaseSequenceMemo();
  }
}

function convertWith(plan: ConverterPlan, text: string): ConversionResult {
  let current = text;
  let map: SegmentMap | undefined;
  const step = (result: StageResult): void => {
    if (!result.changed) return;
    map = map ? composeMaps(map, result.map) : result.map;
    current = result.text;
  };
  for (const trie of plan.normalization) step(runStage(current, trie, null));
  let cuts = plan.segmentation ? segmentBoundaries(current, plan.segmentation) : null;
  for (const trie of plan.conversion) {
    const result = runStage(current, trie, cuts);
    step(result);
    cuts = result.cuts;
  }
  return { text: current, map: map ?? identityMap(text.length) };
}

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

/** One dictionary group over the text, within segment boundaries. */
function runStage(s: string, trie: TrieNode, cuts: number[] | null): StageResult {
  const n = s.length;
  const builder = new MapBuilder();
  const out = new TextSink(n + (n >> 4));
  const outCuts: number[] | null = cuts ? [] : null;
  let changed = false;
  let runStart = 0;
  let cutIndex = 0;
  let limit = cuts && cuts.length > 0 ? cuts[0] : n;
  let i = 0;
  while (i < n) {
    if (i === limit) {
      outCuts!.push(out.length + (i - runStart));
      cutIndex++;
      limit = cutIndex < cuts!.length ? cuts![cutIndex] : n;
      continue;
    }
    const node = longestMatch(trie, s, i, limit);
    if (!node) {
      i += unmatchedLength(s, i, limit);
      continue;
    }
    const end = matchEnd;
    const value = node.value!;
    if (runStart < i) {
      out.pushRange(s, runStart, i);
      builder.keep(i - runStart);
    }
    out.push(value);
    if (!changed && value !== s.slice(i, end)) changed = true;
    switch (node.shape) {
      case EntryShape.Aligned:
        builder.keep(end - i);
        break;
      case EntryShape.PerCodePoint:
        mapPerCodePoint(builder, s, i, end, value);
        break;
      default:
        builder.replace(end - i, value.length);
    }
    i = end;
    runStart = i;
  }
  if (!changed) return { text: s, map: identityMap(n), changed: false, cuts: cuts ? [...cuts] : null };
  if (runStart < n) {
    out.pushRange(s, runStart, n);
    builder.keep(n - runStart);
  }
  const text = out.toString();
  return { text, map: builder.build(n, text.length), changed: true, cuts: outCuts };
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
