import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeSource, analyzeText } from '../../../src/core/analysis/analyze';
import { assertMapSound, assertSpansValid } from './support/spans';

/*
 * analyzeText is total: any string — arbitrary code units including lone surrogates, astral characters,
 * genre vocabulary in odd orders, huge repetitions — gives an analysis whose ranges are valid offsets
 * into that string. analyzeSource (clean + convert + analyse) likewise, with a sound map.
 */

const RUNS = 300;
const SEED = 424242;

const GENRE = [
  '区委书记', '副市长', '市长', '区长', '县长', '常务副区长', '市领导', '同志', '强调', '指出', '要求', '会议强调', '一要', '二要', '一是',
  '必须', '务必', '要', '“', '”', '“四不两直”', '2023年', '8月1日', '二〇二三年七月十二日', '今年以来', '截至', '至', '日', '月', '年',
  '（记者 ', '）', '责任编辑：', '当前位置：', '版权所有', '猜你喜欢', '南江县', '鼓楼区', '朝阳区', '市长江', '江阴市长泾镇', '王宏伟',
  '區(qū)', '會(huì)', '長(zhǎng)', '??', '?', '\uFFFD', '。', '，', '、', '：', '\n', '\r\n', '\r', '　　', ' ',
];

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...GENRE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('𠵾', '𠀀', '𪚥', '😀', '\u{10FFFF}', '\u0000', '\u200B', '\u2028', '\uFEFF') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
);

const anyText = fc.array(unit, { maxLength: 120 }).map((us) => us.join(''));

/** One short piece repeated into a long run (tens of thousands of code units). */
const hugeRepeat = fc
  .tuple(fc.array(unit, { minLength: 1, maxLength: 4 }).map((us) => us.join('')), fc.integer({ min: 2_000, max: 60_000 }))
  .filter(([piece]) => piece.length > 0)
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)));

describe('reliability: analysis never throws (property)', function () {
  this.timeout(600_000);

  it('analyzeText returns valid ranges for any string', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' })), (s) => {
        assertSpansValid(s, analyzeText(s));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('analyzeSource cleans, converts and analyses any string with a sound map', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { prepared, analysis } = analyzeSource(s);
        assertMapSound(s, prepared.text, prepared.map);
        assertSpansValid(prepared.text, analysis);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('analyzeSource survives huge repetitions of any piece', () => {
    fc.assert(
      fc.property(hugeRepeat, (s) => {
        const { prepared, analysis } = analyzeSource(s);
        assertMapSound(s, prepared.text, prepared.map, 2000);
        assertSpansValid(prepared.text, analysis);
      }),
      { numRuns: 40, seed: SEED + 2 },
    );
  });

  it('handles the empty string and strings of one code unit', () => {
    for (let c = 0; c < 0x10000; c += 0x3b) {
      const s = String.fromCharCode(c);
      assertSpansValid(s, analyzeText(s));
    }
    const empty = analyzeSource('');
    assert.strictEqual(empty.prepared.text, '');
    assert.deepStrictEqual([empty.analysis.officials, empty.analysis.dates, empty.analysis.directives, empty.analysis.slogans], [[], [], [], []]);
  });
});
