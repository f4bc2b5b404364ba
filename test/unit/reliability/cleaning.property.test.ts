import * as assert from 'assert';
import fc from 'fast-check';
import { clean } from '../../../src/core/text/clean';
import { cleanAndConvert } from '../../../src/core/text/cleanConvert';
import { convert } from '../../../src/core/text/convert';
import { prepare } from '../../../src/core/text/prepare';
import { artifactChoicesArb, codePointUnits, scrape, simplifiedReportArb } from './support/documents';
import { charClasses } from './support/openccTables';
import { syllables } from './support/pinyinArtifacts';

const RUNS = 300;
const SEED = 7_000_007;

/** Text of the kind cleaning looks at: scrape artifacts, their look-alikes and plain text, mixed at random. */
function messyTextArb(): fc.Arbitrary<string> {
  const { marked, toneless } = syllables();
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('區', '會', '議', '长', '会', '的', '𠵾', '㗲', '〇', '。', '，', '、', '“', '”', '：') },
    { weight: 3, arbitrary: fc.constantFrom(...marked).map((r) => `(${r})`) },
    { weight: 2, arbitrary: fc.constantFrom(...toneless).map((r) => `(${r})`) },
    { weight: 1, arbitrary: fc.constantFrom(...marked).map((r) => `（${r}）`) },
    { weight: 2, arbitrary: fc.constantFrom('(', ')', '（', '）', '?', '??', '????', '\uFFFD', '\uFEFF') },
    { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\r', ' ', '\u3000', '\u2028') },
    { weight: 2, arbitrary: fc.constantFrom('a', 'I', 'O', 'qū', 'men', 'CEO', '2024', 'ppt', "xī'ān") },
    { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDC00', '\uDBFF\uDFFF') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  );
  return fc.array(token, { maxLength: 80 }).map((ts) => ts.join(''));
}

describe('reliability: cleaning and conversion (property)', function () {
  this.timeout(300_000);

  it('cleaning is idempotent: cleaning cleaned text changes nothing', () => {
    const check = (s: string): void => {
      const once = clean(s);
      const twice = clean(once.text);
      assert.strictEqual(twice.text, once.text);
      assert.strictEqual(twice.report.pinyinRemoved, 0, 'readings left for a second pass');
      assert.strictEqual(twice.report.spacesRestored, 0, 'indents left for a second pass');
    };
    fc.assert(fc.property(messyTextArb(), check), { numRuns: RUNS * 3, seed: SEED });
    fc.assert(
      fc.property(simplifiedReportArb(), artifactChoicesArb, (doc, choices) => check(scrape(doc.text, choices).raw)),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('cleaning a scraped report removes exactly the glued readings, the lost indents and the BOM', () => {
    fc.assert(
      fc.property(simplifiedReportArb(), artifactChoicesArb, (doc, choices) => {
        const r = scrape(doc.text, choices);
        const c = clean(r.raw);
        assert.strictEqual(c.text, r.traditional);
        assert.strictEqual(c.report.pinyinRemoved, r.readings);
        assert.strictEqual(c.report.spacesRestored, r.indents);
      }),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });

  it('converting Simplified text to Simplified changes nothing', () => {
    const { stable } = charClasses();
    const stableText = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...stable) }, { weight: 1, arbitrary: fc.constantFrom('，', '。', '\n', ' ', '1', 'a', '“', '”', '（', '）') }), { maxLength: 300 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.oneof(stableText, simplifiedReportArb().map((d) => d.text)), (s) => {
        const c = convert(s, 'simplified');
        assert.strictEqual(c.text, s);
        assert.strictEqual(c.map.toSource(s.length), s.length);
        // Opening it: no artifacts to clean, and a Simplified (or undecidable) text is not converted.
        const p = prepare(s);
        assert.strictEqual(p.text, s);
        assert.strictEqual(p.converted, false, `script detected as ${p.script.script}`);
        assert.strictEqual(cleanAndConvert(s, 'simplified'), s);
      }),
      { numRuns: RUNS, seed: SEED + 3 },
    );
  });

  it('Simplified → Traditional + pinyin artifacts → clean + convert gives back the original wherever the mapping is one to one', () => {
    const { oneToOne, stable } = charClasses();
    const stableSet = new Set(stable);
    let compared = 0;
    let oneToOneCompared = 0;
    fc.assert(
      fc.property(simplifiedReportArb(), artifactChoicesArb, (doc, choices) => {
        const r = scrape(doc.text, choices);
        const back = cleanAndConvert(r.raw, 'simplified');
        const got = codePointUnits(back).map(([s, e]) => back.slice(s, e));
        const want = r.units.map(([s, e]) => r.simplified.slice(s, e));
        assert.strictEqual(got.length, want.length, 'same number of characters');
        const traditional = codePointUnits(r.traditional).map(([s, e]) => r.traditional.slice(s, e));
        want.forEach((c, k) => {
          // One to one: a pair of the tables, or a character neither direction touches.
          const untouched = traditional[k] === c && stableSet.has(c);
          if (!oneToOne.has(c) && !untouched && c.codePointAt(0)! > 0x7f) return;
          assert.strictEqual(got[k], c, `character ${k}: ${c} → ${traditional[k]} → ${got[k]} in ${JSON.stringify(r.simplified.slice(Math.max(0, r.units[k][0] - 6), r.units[k][1] + 6))}`);
          compared++;
          if (oneToOne.has(c)) oneToOneCompared++;
        });
      }),
      { numRuns: RUNS, seed: SEED + 4 },
    );
    assert.ok(oneToOneCompared > RUNS * 20, `only ${oneToOneCompared} converted characters compared (of ${compared})`);
  });
});
