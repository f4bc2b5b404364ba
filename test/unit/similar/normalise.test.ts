import * as assert from 'assert';
import fc from 'fast-check';
import { charSpan, normalise, segmentOf, toNormRange, toTextSpan } from '../../../src/core/corpus/similar/normalise';
import { contentOf } from './helpers/bruteForce';

const folded = (text: string) => String.fromCodePoint(...normalise(text).chars);

describe('similar / normalise', () => {
  it('ignores punctuation, quotes, spacing and line breaks', () => {
    const a = folded('“党政同责、一岗双责、齐抓共管、失职追责”');
    assert.strictEqual(a, '党政同责一岗双责齐抓共管失职追责');
    assert.strictEqual(folded('「党政同责，一岗双责,齐抓共管 ; 失职追责」'), a);
    assert.strictEqual(folded('党政同责\n\n　　一岗双责——齐抓共管…失职追责。'), a);
  });

  it('folds full-width letters and digits to ASCII and letters to lower case', () => {
    assert.strictEqual(folded('ＩＣＰ备０５００１２３４号'), 'icp备05001234号');
    assert.strictEqual(folded('“1+3”方案（1个总体）'), '13方案1个总体');
  });

  it('keeps astral Han characters whole and maps them to both UTF-16 units', () => {
    const text = '要在𠮷野街道推进𫫇英检测';
    const norm = normalise(text);
    assert.strictEqual(norm.chars.length, 12);
    assert.ok(norm.chars instanceof Int32Array, 'astral characters need 32-bit storage');
    const at = [...text].indexOf('𠮷');
    assert.deepStrictEqual(charSpan(norm, at), { start: 2, end: 4 });
    assert.strictEqual(text.slice(charSpan(norm, 8).start, charSpan(norm, 8).end), '𫫇');
    assert.deepStrictEqual(toTextSpan(norm, 2, 5), { start: 2, end: 6 });
    assert.deepStrictEqual(toNormRange(norm, { start: 3, end: 11 }), { from: 3, to: 9 });
  });

  it('stores BMP-only text in 16 bits', () => {
    assert.ok(normalise('安全生产，重于泰山。').chars instanceof Uint16Array);
  });

  it('leaves excluded spans out and marks a break where they were', () => {
    const text = '首页 > 要闻\n会议强调要压实责任\n责任编辑：王明\n各地要迅速行动';
    const nav = { start: 0, end: 7 };
    const footer = { start: text.indexOf('责任编辑'), end: text.indexOf('王明') + 2 };
    const norm = normalise(text, [footer, nav]);
    assert.strictEqual(String.fromCodePoint(...norm.chars), '会议强调要压实责任各地要迅速行动');
    assert.deepStrictEqual([...norm.breaks], [9]);
    assert.deepStrictEqual(segmentOf(norm, 3), { start: 0, end: 9 });
    assert.deepStrictEqual(segmentOf(norm, 9), { start: 9, end: 16 });
  });

  it('maps every character back to its exact text span, like a naive scan (random texts)', () => {
    const alphabet = ['安', '全', '𠮷', '，', '、', ' ', '\n', 'Ａ', 'b', '７', '⑩', '“', '”', '㈠', '生', '产'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(500), fc.nat(40)), { maxLength: 4 }),
        (parts, cuts) => {
          const text = parts.join('');
          const exclude = cuts.map(([s, l]) => ({ start: Math.min(s, text.length), end: Math.min(s + l, text.length) }));
          const norm = normalise(text, exclude);
          // Reference: content characters outside the excluded spans, one code point at a time.
          const inside = (o: number) => exclude.some((x) => x.start <= o && o < x.end);
          const ref = contentOf(text);
          const keep = ref.offsets.map((o, i) => i).filter((i) => !inside(ref.offsets[i]));
          assert.strictEqual(norm.chars.length, keep.length);
          keep.forEach((r, p) => {
            assert.strictEqual(String.fromCodePoint(norm.chars[p]), ref.chars[r]);
            const span = charSpan(norm, p);
            assert.strictEqual(span.start, ref.offsets[r]);
            assert.strictEqual(span.end, ref.offsets[r] + (text.codePointAt(ref.offsets[r])! > 0xffff ? 2 : 1));
          });
          // A text span maps to exactly the characters inside it.
          const s = Math.floor(text.length / 3);
          const e = Math.floor((2 * text.length) / 3);
          const { from, to } = toNormRange(norm, { start: s, end: e });
          const expected = keep.filter((r) => ref.offsets[r] >= s && charSpan(norm, keep.indexOf(r)).end <= e);
          assert.strictEqual(to - from, expected.length);
          if (expected.length > 0) assert.strictEqual(charSpan(norm, from).start, ref.offsets[expected[0]]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
