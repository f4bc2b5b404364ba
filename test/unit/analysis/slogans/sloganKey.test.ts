import * as assert from 'assert';
import * as fc from 'fast-check';
import { CONVERTIBLE_CHARS } from '../../../../src/core/analysis/slogans/convertibleChars';
import { hasConvertibleChars } from '../../../../src/core/analysis/slogans/key';
import { sloganKey } from '../../../../src/core/analysis/slogans';
import { computeConvertibleChars } from './convertible';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };
const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });

describe('slogans: sloganKey normalisation', () => {
  it('gives one key across separators, spaces and scripts', () => {
    const variants = [
      '党政同责、一岗双责、齐抓共管、失职追责',
      '党政同责，一岗双责，齐抓共管，失职追责',
      '党政同责,一岗双责,齐抓共管,失职追责',
      '党政同责；一岗双责；齐抓共管；失职追责',
      '党政同责 一岗双责　齐抓共管 失职追责',
      '黨政同責、一崗雙責、齊抓共管、失職追責',
      '“黨政同責，一崗雙責，齊抓共管，失職追責”',
      '「党政同责、一岗双责、齐抓共管、失职追责」',
    ];
    const keys = new Set(variants.map(sloganKey));
    assert.deepStrictEqual([...keys], ['党政同责一岗双责齐抓共管失职追责']);
  });

  it('normalises full-width letters and digits and letter case, keeping `+`', () => {
    assert.strictEqual(sloganKey('１＋Ｎ'), sloganKey('1+n'));
    assert.strictEqual(sloganKey('1+2+15'), '1+2+15');
  });

  it('converts Traditional to Simplified (`生命至上、安全第一` / `時時放心不下`)', () => {
    assert.strictEqual(sloganKey('時時放心不下'), sloganKey('时时放心不下'));
    assert.strictEqual(sloganKey('管行業必須管安全、管業務必須管安全'), sloganKey('管行业必须管安全，管业务必须管安全'));
  });

  it('keeps different slogans apart', () => {
    assert.notStrictEqual(sloganKey('四不两直'), sloganKey('四下基层'));
    assert.notStrictEqual(sloganKey('三管三必须'), sloganKey('三个必须'));
  });

  it('property: inserting separators, spaces or quote marks never changes the key', () => {
    const han = fc.constantFrom(...'安全生产责任党政同岗双齐抓共管失职追时放心不下四两直'.split(''));
    const sep = fc.constantFrom('、', '，', ',', '；', ';', ' ', '\u3000', '“', '”', '「', '」', '"');
    fc.assert(
      fc.property(fc.array(fc.tuple(han, fc.option(sep, { nil: undefined })), { minLength: 1, maxLength: 20 }), (parts) => {
        const plain = parts.map(([h]) => h).join('');
        const punctuated = parts.map(([h, s]) => h + (s ?? '')).join('');
        return sloganKey(punctuated) === sloganKey(plain);
      }),
    );
  });
});

describe('slogans: the convertible-character table', () => {
  it('is exactly what opencc-js can change (regenerate with out/test/unit/analysis/slogans/regenerate.js)', () => {
    assert.strictEqual(CONVERTIBLE_CHARS, computeConvertibleChars());
  });

  it('says Simplified text needs no conversion and Traditional text does', () => {
    assert.strictEqual(hasConvertibleChars('党政同责一岗双责齐抓共管失职追责'), false);
    assert.strictEqual(hasConvertibleChars('时时放心不下'), false);
    assert.strictEqual(hasConvertibleChars('黨政同責'), true);
    assert.strictEqual(hasConvertibleChars('1+n'), false);
  });

  it('property: text without convertible characters converts to itself, so skipping it is exact', () => {
    const table = new Set([...CONVERTIBLE_CHARS]);
    const pool: string[] = [];
    for (let cp = 0x4e00; cp <= 0x9fff && pool.length < 4000; cp += 5) {
      const ch = String.fromCodePoint(cp);
      if (!table.has(ch)) pool.push(ch);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 12 }), (chars) => {
        const s = chars.join('');
        return !hasConvertibleChars(s) && t2cn(s) === s;
      }),
    );
  });

  it('every single character that opencc-js converts is in the table', () => {
    const table = new Set([...CONVERTIBLE_CHARS]);
    const missing: string[] = [];
    for (let cp = 0x3400; cp <= 0x9fff; cp++) {
      const ch = String.fromCodePoint(cp);
      if (t2cn(ch) !== ch && !table.has(ch)) missing.push(ch);
    }
    assert.deepStrictEqual(missing, []);
  });
});
