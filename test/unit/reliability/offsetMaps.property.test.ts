import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeText } from '../../../src/core/analysis/analyze';
import { prepare } from '../../../src/core/text/prepare';
import { artifactChoicesArb, codePointUnits, scrape, simplifiedReportArb, type RawReport } from './support/documents';
import { analysisSpans, assertMapSound, assertSpansValid } from './support/spans';

/*
 * Generated Simplified reports are scraped (converted to Traditional by opencc-js, pinyin readings glued
 * on, indents lost to `??`, BOM, CRLF/CR) and opened as the extension opens them. The generator knows
 * where each character went, so the maps are checked against that truth: every range analysis reports
 * in the prepared text must map onto exactly the raw characters (and glued readings) it came from.
 */

const RUNS = 200;
const SEED = 20240607;

function scraped(maxParagraphs = 4): fc.Arbitrary<RawReport> {
  return fc.tuple(simplifiedReportArb({ maxParagraphs }), artifactChoicesArb).map(([doc, choices]) => scrape(doc.text, choices));
}

/** Index of the code point that starts at `offset` in `units` (binary search; -1 when none does). */
function unitStartingAt(units: Array<[number, number]>, offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (units[mid][0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < units.length && units[lo][0] === offset ? lo : offset === units.at(-1)?.[1] ? units.length : -1;
}

describe('reliability: offset maps on scraped reports (property)', function () {
  this.timeout(300_000);

  it('prepared maps are monotonic, in bounds and never split a surrogate pair', () => {
    fc.assert(
      fc.property(scraped(), (r) => {
        const p = prepare(r.raw);
        assertMapSound(r.raw, p.text, p.map);
        const always = prepare(r.raw, { toSimplified: 'always' });
        assertMapSound(r.raw, always.text, always.map);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('keeps one prepared character per raw character, each mapping onto its raw character and reading', () => {
    fc.assert(
      fc.property(scraped(), (r) => {
        const p = prepare(r.raw, { toSimplified: 'always' });
        const units = codePointUnits(p.text);
        assert.strictEqual(units.length, r.origins.length, 'one character per Simplified character');
        units.forEach(([s, e], k) => {
          const o = r.origins[k];
          assert.deepStrictEqual(p.map.spanToSource({ start: s, end: e }), { start: o.start, end: o.endWithReading }, `character ${k} ${p.text.slice(s, e)}`);
          assert.strictEqual(p.map.toTarget(o.start), s, `raw character ${k} → prepared`);
        });
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('maps every analysis range onto the same characters in the raw text', () => {
    let checked = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(scraped(3), (r) => {
        const p = prepare(r.raw);
        const a = analyzeText(p.text);
        assertSpansValid(p.text, a);
        const units = codePointUnits(p.text);
        assert.strictEqual(units.length, r.origins.length);
        for (const span of analysisSpans(a)) {
          const first = unitStartingAt(units, span.start);
          const last = unitStartingAt(units, span.end);
          assert.ok(first >= 0 && last >= 0, `${span.what} [${span.start}, ${span.end}) is not on character boundaries`);
          const got = p.map.spanToSource(span);
          const expected =
            first === last
              ? { start: first < r.origins.length ? r.origins[first].start : r.raw.length, end: first < r.origins.length ? r.origins[first].start : r.raw.length }
              : { start: r.origins[first].start, end: r.origins[last - 1].endWithReading };
          // Exactly the raw characters the range was made from, with the readings glued after them.
          assert.deepStrictEqual(got, expected, `${span.what}: ${JSON.stringify(p.text.slice(span.start, span.end))} → ${JSON.stringify(r.raw.slice(got.start, got.end))}`);
          checked++;
          kinds.add(span.what.split(' ')[0]);
        }
      }),
      { numRuns: RUNS, seed: SEED + 2 },
    );
    // The generator is meant to give analysis something to find; a silent zero would make this vacuous.
    for (const kind of ['official', 'date', 'directive', 'slogan', 'boilerplate']) assert.ok(kinds.has(kind), `no ${kind} range was ever checked`);
    assert.ok(checked > RUNS * 5, `only ${checked} ranges checked`);
  });
});
