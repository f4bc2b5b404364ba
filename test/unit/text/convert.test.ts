import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import fc from 'fast-check';
import { clean } from '../../../src/core/text/clean';
import { convert } from '../../../src/core/text/convert';
import type { ConversionTarget, OffsetMap } from '../../../src/core/text/types';
import { repoRoot, sharedArticle } from '../helpers/paths';

const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };

const TARGETS: ReadonlyArray<[ConversionTarget, string, string]> = [
  ['simplified', 't', 'cn'],
  ['traditional', 'cn', 't'],
  ['taiwan', 'cn', 'tw'],
  ['taiwanPhrases', 'cn', 'twp'],
  ['hongkong', 'cn', 'hk'],
];

const reference = new Map(TARGETS.map(([target, from, to]) => [target, OpenCC.Converter({ from, to })]));

const FIXTURES = [
  '臨江區召開安全生產工作會議，區委副書記、區長出席並講話。',
  '临江区召开防汛抗旱工作会议，要建立倒查机制，压实属地责任。',
  '信息化建设和软件开发，鼠标、主板、U盘、互联网、人工智能。',
  '乾隆年間的乾坤與干燥的天氣，皇后在天台上說话，着陆后發現頭髮。',
  '㗲、二噁英、⿰氵青、𠀀、\uD800孤立代理項\uDC00。',
  '',
];

/** Units of `s` as [start, end) code point spans. */
function codePoints(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff && i + 1 < s.length ? 2 : 1;
    out.push([i, i + len]);
    i += len;
  }
  return out;
}

function isCodePointBoundary(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return true;
  const high = s.charCodeAt(i - 1);
  const low = s.charCodeAt(i);
  return !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff);
}

function assertNeverInsidePairs(input: string, output: string, map: OffsetMap): void {
  for (let t = 0; t <= output.length; t++) {
    if (!isCodePointBoundary(output, t)) continue;
    for (const bias of ['start', 'end'] as const) assert.ok(isCodePointBoundary(input, map.toSource(t, bias)), `toSource(${t}, ${bias}) inside a pair`);
  }
  for (let s = 0; s <= input.length; s++) {
    if (!isCodePointBoundary(input, s)) continue;
    for (const bias of ['start', 'end'] as const) assert.ok(isCodePointBoundary(output, map.toTarget(s, bias)), `toTarget(${s}, ${bias}) inside a pair`);
  }
}

describe('text: conversion', function () {
  this.timeout(60_000);
  const articles = ['001', '002', '003'].map((p) => clean(sharedArticle(p)).text);
  const simplifiedArticles = ['000', '004'].map((p) => sharedArticle(p));

  it('gives exactly what opencc-js gives, in every direction', () => {
    const inputs = [...FIXTURES, ...articles, ...simplifiedArticles];
    for (const [target] of TARGETS) {
      for (const input of inputs) assert.strictEqual(convert(input, target).text, reference.get(target)!(input), `${target}: ${input.slice(0, 20)}`);
    }
  });

  it('property: matches opencc-js on text made of dictionary phrases', () => {
    // Phrase keys of several tables, cut and glued, exercise longest match and segment boundaries.
    const pieces = ['信息', '软件', '鼠标', '主板', '互联网', '人工智能', '乾隆', '乾坤', '干燥', '头发', '發現', '天台', '皇后', '着陆', '台湾', '裏面', '裡面', '二噁英', '㗲', '⿰氵青', '區', '会', '说', '後', '后', '了', '瞭解', '一目瞭然', '。', '\n', 'a', '𠀀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 25 }), fc.constantFrom(...TARGETS.map((t) => t[0])), (parts, target) => {
        const s = parts.join('');
        const r = convert(s, target);
        assert.strictEqual(r.text, reference.get(target)!(s));
        assert.strictEqual(r.map.sourceLength, s.length);
        assert.strictEqual(r.map.targetLength, r.text.length);
        assertNeverInsidePairs(s, r.text, r.map);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the wording when converting to Simplified (plain tables, not phrase tables)', () => {
    assert.strictEqual(convert('要建立倒查機制', 'simplified').text, '要建立倒查机制');
    assert.strictEqual(convert('主機板', 'simplified').text, '主机板');
    assert.strictEqual(convert('信息', 'taiwanPhrases').text, '資訊');
  });

  it('maps Traditional → Simplified code point by code point', () => {
    for (const input of [...articles, FIXTURES[0], FIXTURES[4]]) {
      const r = convert(input, 'simplified');
      const inCps = codePoints(input);
      const outCps = codePoints(r.text);
      assert.strictEqual(outCps.length, inCps.length, 'the plain tables never change the number of characters');
      for (let k = 0; k < outCps.length; k++) {
        assert.deepStrictEqual(r.map.spanToSource({ start: outCps[k][0], end: outCps[k][1] }), { start: inCps[k][0], end: inCps[k][1] });
        assert.deepStrictEqual(r.map.spanToTarget({ start: inCps[k][0], end: inCps[k][1] }), { start: outCps[k][0], end: outCps[k][1] });
      }
      assertNeverInsidePairs(input, r.text, r.map);
    }
  });

  it('keeps a character whose UTF-16 length changes as one unit', () => {
    const r = convert('甲㗲乙二噁英', 'simplified');
    assert.strictEqual(r.text, '甲𠵾乙二𫫇英');
    assert.strictEqual(r.map.toSource(2, 'start'), 1);
    assert.strictEqual(r.map.toSource(2, 'end'), 2);
    assert.deepStrictEqual(r.map.spanToSource({ start: 1, end: 3 }), { start: 1, end: 2 });
    assert.deepStrictEqual(r.map.spanToSource({ start: 3, end: 4 }), { start: 2, end: 3 });
    assert.deepStrictEqual(r.map.spanToSource({ start: 5, end: 7 }), { start: 4, end: 5 });
    assert.deepStrictEqual(r.map.spanToSource({ start: 7, end: 8 }), { start: 5, end: 6 });
  });

  it('maps a phrase that changes length or wording as one unit', () => {
    const r = convert('新主板和信息', 'taiwanPhrases');
    assert.strictEqual(r.text, '新主機板和資訊');
    assert.deepStrictEqual(r.map.spanToSource({ start: 2, end: 3 }), { start: 1, end: 3 }, 'the inserted 機 belongs to 主板');
    assert.strictEqual(r.map.toSource(2, 'start'), 1);
    assert.strictEqual(r.map.toSource(2, 'end'), 3);
    assert.deepStrictEqual(r.map.spanToSource({ start: 5, end: 6 }), { start: 4, end: 6 }, '資 alone stands for all of 信息');
    assert.deepStrictEqual(r.map.spanToTarget({ start: 1, end: 2 }), { start: 1, end: 4 });
    assert.deepStrictEqual(r.map.spanToSource({ start: 0, end: 1 }), { start: 0, end: 1 });
  });

  it('returns the input itself with an identity map when nothing converts', () => {
    const s = '临江区召开会议。';
    const r = convert(s, 'simplified');
    assert.strictEqual(r.text, s);
    assert.deepStrictEqual(r.map.spanToSource({ start: 2, end: 5 }), { start: 2, end: 5 });
  });

  it('loads only the tables of the direction it converts to', () => {
    const entry = path.join(repoRoot, 'out/src/core/text/convert.js');
    const probe = `
      const { convert } = require(${JSON.stringify(entry)});
      const loaded = (name) => Object.keys(require.cache).some((k) => k.includes('opencc-js') && k.endsWith(name + '.js'));
      const before = [loaded('t2cn'), loaded('cn2t')];
      convert('區', 'simplified');
      const afterSimplified = [loaded('t2cn'), loaded('cn2t')];
      convert('区', 'hongkong');
      const afterTraditional = [loaded('t2cn'), loaded('cn2t')];
      process.stdout.write(JSON.stringify({ before, afterSimplified, afterTraditional }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }));
    assert.deepStrictEqual(out, { before: [false, false], afterSimplified: [true, false], afterTraditional: [true, true] });
  });

  it('rejects an unknown target', () => {
    assert.throws(() => convert('區', 'klingon' as ConversionTarget), /unknown conversion target/);
  });
});
