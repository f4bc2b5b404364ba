import * as assert from 'assert';
import fc from 'fast-check';
import { clean } from '../../../src/core/text/clean';
import { convert } from '../../../src/core/text/convert';
import { prepare } from '../../../src/core/text/prepare';

/*
 * Inputs built to make a backtracking scanner or an unbounded look-behind go quadratic. Nothing here
 * measures time: a quadratic scan of 1 MB would not finish within mocha's timeout, which is the failure.
 */

const MB = 1 << 20;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe('text: adversarial input', function () {
  this.timeout(120_000);

  const cases: Array<[string, string]> = [
    ['open parentheses', fill('(')],
    ['host then open parenthesis', fill('區(')],
    ['an unterminated reading', '區(' + fill('a')],
    ['readings without their opening parenthesis', fill('qū)')],
    ['closing parentheses', fill(')')],
    ['question marks', fill('?')],
    ['question marks between Han', fill('區?')],
    ['lone letters between Han', fill('區a')],
    ['damaged hosts', fill('區I(lǐng)')],
    ['orphans and garbage', fill('?qū)m椪?')],
    ['indents', fill('??區\n')],
    ['description operators', fill('⿰')],
    ['lone surrogates', fill('\uD800區(qū)\uDC00')],
    ['replacement characters', fill('\uFFFD')],
  ];

  for (const [name, input] of cases) {
    it(`cleans and prepares 1 MB of ${name}`, () => {
      const c = clean(input);
      assert.strictEqual(c.map.sourceLength, input.length);
      assert.strictEqual(c.map.targetLength, c.text.length);
      const p = prepare(input, { toSimplified: 'always' });
      assert.strictEqual(p.map.sourceLength, input.length);
      assert.strictEqual(p.map.targetLength, p.text.length);
      for (const span of p.cleaning.corrupt) assert.strictEqual(p.text.slice(span.start, span.end), span.text);
    });
  }

  it('converts 1 MB of description operators in every direction', () => {
    for (const target of ['simplified', 'traditional', 'taiwan', 'taiwanPhrases', 'hongkong'] as const) {
      const r = convert(fill('⿰氵'), target);
      assert.strictEqual(r.map.sourceLength, MB);
    }
  });

  it('property: random mixes of the special characters never throw and keep maps consistent', () => {
    const alphabet = fc.constantFrom('(', ')', '（', '）', '?', 'q', 'ū', 'a', 'I', '區', '会', '\n', '\r', '\uFFFD', '\uD800', '\uDC00', '𠀀', ' ', '\u3000', '\uFEFF', "'", '1');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        const s = chars.join('');
        const p = prepare(s, { toSimplified: 'always' });
        assert.strictEqual(p.map.sourceLength, s.length);
        assert.strictEqual(p.map.targetLength, p.text.length);
        for (const c of p.cleaning.corrupt) {
          assert.ok(0 <= c.start && c.start <= c.end && c.end <= p.text.length);
          assert.strictEqual(p.text.slice(c.start, c.end), c.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});
