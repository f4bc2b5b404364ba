import * as assert from 'assert';
import fc from 'fast-check';
import { clean } from '../../../src/core/text/clean';
import { decodeUnits, decodeUnitsPortable, encodeUnits, encodeUnitsPortable } from '../../../src/core/text/codeUnits';
import { convert, convertPlain } from '../../../src/core/text/convert';
import { isHan } from '../../../src/core/text/han';
import { prepare } from '../../../src/core/text/prepare';
import { detectRegion, detectScript, regionMarkerLabels } from '../../../src/core/text/script';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../../src/core/text/scriptChars';
import type { ConversionTarget } from '../../../src/core/text/types';
import { composeMaps, type SegmentMap } from '../../../src/core/text/offsetMap';

/*
 * Cleaning, detection and conversion take shortcuts for speed (native UTF-16 copies, a table that steps
 * over characters no dictionary key starts with, output written in place, one pass for script and region).
 * Each is held here to the plain definition it replaces, on text made to hit the edges: astral and lone
 * surrogates, CR/LF, description sequences, compatibility ideographs, length-changing phrases.
 */

const segments = (m: unknown): unknown => [...(m as SegmentMap).segments()];

const TARGETS: readonly ConversionTarget[] = ['simplified', 'traditional', 'taiwan', 'taiwanPhrases', 'hongkong'];

const PIECES = [
  '區', '會', '議', '说', '會議', '臨江區', '主板', '主機板', '信息', '資訊', '鼠标', '軟件', '互联网', '乾隆', '乾坤', '頭髮',
  '㗲', '𠵾', '二噁英', '𠀀', '⿰氵青', '⿰⿰', '⿱', '豈', '更', '車', '滑', '\uD87E\uDC00',
  '\uD800', '\uDC00', '\r\n', '\r', '\n', '\u2028', ' ', 'ab', '?', '??', '(qū)', '（huì）', '\uFEFF', '〇', '。', '，',
  '人大常委會', '人大常委', '常委會', '市委', '區委', '委會', '行政院', '立法會', '特區政府', '裡', '裏', '着', '説',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

describe('text: fast paths agree with the plain definitions', function () {
  this.timeout(120_000);

  it('copies code units natively exactly as the portable loop does, lone surrogates included', () => {
    const long = Array.from({ length: 20_000 }, (_, k) => String.fromCharCode(k % 3 === 0 ? 0xd800 + (k % 1024) : 0x4e00 + (k % 20000))).join('');
    for (const s of ['', 'a', '\uD800', '\uDC00a\uD800', '𠀀區\r\n', long]) {
      const native = encodeUnits(s, s.length + 5);
      const portable = new Uint16Array(s.length + 5);
      encodeUnitsPortable(s, portable);
      assert.deepStrictEqual(native, portable);
      assert.strictEqual(decodeUnits(native, s.length), s);
      assert.strictEqual(decodeUnitsPortable(native, s.length), s);
      assert.strictEqual(decodeUnits(native.subarray(1), Math.max(0, s.length - 1)), s.slice(1), 'a view that starts inside its buffer');
    }
  });

  it('property: conversion with its shortcuts gives the same text and map as without, in every direction', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom(...TARGETS), (s, target) => {
        const fast = convert(s, target);
        const plain = convertPlain(s, target);
        assert.strictEqual(fast.text, plain.text);
        assert.deepStrictEqual(segments(fast.map), segments(plain.map));
      }),
      { numRuns: 1500 },
    );
  });

  it('writes the output in place until a replacement changes the length, then copies', () => {
    // 主板 → 主機板 (longer) and 㗲 → 𠵾 (two code units) early, late, twice, and not at all.
    for (const s of ['主板軟件會議', '軟件會議主板', '主板會議主板會議', '會議信息軟件', '㗲會議𠀀議', '會議㗲', '\uD800主板\uDC00']) {
      for (const target of TARGETS) {
        const fast = convert(s, target);
        const plain = convertPlain(s, target);
        assert.strictEqual(fast.text, plain.text, `${target}: ${s}`);
        assert.deepStrictEqual(segments(fast.map), segments(plain.map), `${target}: ${s}`);
      }
    }
  });

  it('property: script and region detection in one pass count what the plain definitions count', () => {
    const traditional = new Set(TRADITIONAL_ONLY);
    const simplified = new Set(SIMPLIFIED_ONLY);
    const labels = regionMarkerLabels();
    // The earlier definition: a global regular expression, longest alternative first.
    const pattern = new RegExp(labels.join('|'), 'g');
    fc.assert(
      fc.property(textArb, (s) => {
        let han = 0;
        let trad = 0;
        let simp = 0;
        for (const ch of s) {
          if (!isHan(ch.codePointAt(0)!)) continue;
          han++;
          if (simplified.has(ch)) simp++;
          else if (traditional.has(ch)) trad++;
        }
        const r = detectScript(s);
        assert.deepStrictEqual([r.hanChars, r.traditionalOnly, r.simplifiedOnly], [han, trad, simp]);
        const counts = new Map<string, number>();
        for (const m of s.matchAll(pattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
        // Weighing the counts is shared; what is checked is that the one pass counts what the regex counts.
        const expected = detectRegion(counts, r.script);
        assert.deepStrictEqual([r.region, r.regionEvidence], [expected?.region, expected?.evidence]);
      }),
      { numRuns: 1500 },
    );
  });

  it('property: prepare gives what cleaning, detection and the plain conversion give', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('auto', 'always', 'never') as fc.Arbitrary<'auto' | 'always' | 'never'>, (s, mode) => {
        const p = prepare(s, { toSimplified: mode });
        const cleaned = clean(s);
        assert.deepStrictEqual(p.script, detectScript(cleaned.text));
        const text = p.converted ? convertPlain(cleaned.text, 'simplified').text : cleaned.text;
        assert.strictEqual(p.text, text);
        const map = p.converted ? composeMaps(cleaned.map, convertPlain(cleaned.text, 'simplified').map) : cleaned.map;
        assert.deepStrictEqual(segments(p.map), segments(map));
      }),
      { numRuns: 800 },
    );
  });
});
