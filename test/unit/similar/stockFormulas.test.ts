import * as assert from 'assert';
import { ReuseIndex, type PassageMatch } from '../../../src/core/corpus/similar';
import { generateText, rng } from './helpers/generate';

/**
 * The stock-formula cut-off scales with the corpus only up to an absolute cap (`maxSeedDocs`), so that
 * asking about one report costs the same in a corpus of 10,000 as in one of 500; what it leaves out of
 * whole-document matching is reported (`stockFormulas`) and stays complete under explicit queries.
 */

// Wording outside the generator's vocabulary, so that no generated report holds it by chance.
const FORMULA = '鹦鹉螺号潜艇巡航演练方案';
const PAIR = '琥珀色灯塔守望者联络暗号';
const LONG_TAIL = '北冰洋科考船返航途中遭遇极光风暴';
/** What each holder writes before the formula: no two share more than the formula. */
const FRAMES = ['要求', '落实', '推进', '部署', '开展', '围绕', '抓好', '对照'];

/** `n` generated reports; the formula quoted in `formulaIn` of them, a rarer phrase in `pairIn`. */
function corpus(n: number, formulaIn: number, pairIn: number, options: ConstructorParameters<typeof ReuseIndex>[0]) {
  const r = rng(23);
  const index = new ReuseIndex(options);
  const formulaHolders: string[] = [];
  for (let i = 0; i < n; i++) {
    let text = generateText(r, 300);
    if (i < formulaIn) {
      // Every other holder punctuates it differently; d0 and d1 also share a long passage around it.
      const quoted = `“${i % 2 ? FORMULA.replace('号', '号，') : FORMULA}”`;
      text = text.replace('。', i < 2 ? `。${FRAMES[i]}${quoted}${LONG_TAIL}。` : `。${FRAMES[i]}${quoted}。`);
      formulaHolders.push(`d${i}`);
    }
    if (i >= n - pairIn) text = text.replace('。', `。${PAIR}。`);
    index.add({ id: `d${i}`, text });
  }
  return { index, formulaHolders };
}

const containing = (ms: PassageMatch[], wording: string) => ms.filter((m) => m.text.replace(/[，“”]/g, '').includes(wording));

describe('similar / stock formulas at scale', () => {
  it('caps the stock-formula cut-off: a share of a small corpus, at most maxSeedDocs documents of a large one', () => {
    const capped = new ReuseIndex({ maxSeedDocs: 3, minCommonDocs: 2 });
    const thresholds: number[] = [];
    const r = rng(5);
    for (let i = 1; i <= 60; i++) {
      capped.add({ id: `d${i}`, text: generateText(r, 60) });
      if (i % 10 === 0) thresholds.push(capped.stockFormulaDocs);
    }
    // 20 % of 10 is 2 (held by more: 3); from 15 documents on, the cap of 3 (held by more: 4).
    assert.deepStrictEqual(thresholds, [3, 4, 4, 4, 4, 4]);
    // Defaults: the 20 % rule below 500 documents, never under 5 documents.
    const small = new ReuseIndex();
    small.add({ id: 'a', text: '安全生产工作会议。' });
    assert.strictEqual(small.stockFormulaDocs, 5);
    assert.throws(() => new ReuseIndex({ maxSeedDocs: 0 }), RangeError);
  });

  it('does not seed whole-document matches from wording above the cap, while a match seeded elsewhere runs through it', () => {
    // 40 reports: 20 % would be 8; the cap makes wording in 4+ reports a stock formula.
    const { index } = corpus(40, 6, 3, { maxSeedDocs: 3, minCommonDocs: 2 });
    assert.strictEqual(index.stockFormulaDocs, 4);
    // The formula (6 holders) alone seeds nothing between d2…d5.
    for (const id of ['d2', 'd3', 'd4', 'd5']) assert.deepStrictEqual(containing(index.matchesFor(id), FORMULA), [], id);
    // d0 and d1 share it inside a longer passage: one match through it.
    const d0 = index.matchesFor('d0').filter((m) => m.b.id === 'd1');
    assert.strictEqual(d0.length, 1);
    assert.ok(d0[0].text.replace(/[，“”]/g, '').includes(FORMULA + LONG_TAIL), d0[0].text);
    // A phrase in 3 reports (at the cap) still seeds.
    const pair = containing(index.matchesFor('d39'), PAIR).map((m) => m.b.id).sort();
    assert.deepStrictEqual(pair, ['d37', 'd38']);
    // The same corpus without a cap treats the formula as ordinary wording.
    const uncapped = corpus(40, 6, 3, { maxSeedDocs: 1000, minCommonDocs: 2 }).index;
    assert.deepStrictEqual(containing(uncapped.matchesFor('d3'), FORMULA).map((m) => m.b.id).sort(), ['d0', 'd1', 'd2', 'd4', 'd5']);
  });

  it('reports where a document holds stock formulas, and an explicit query on one finds every holder', () => {
    const { index, formulaHolders } = corpus(40, 6, 3, { maxSeedDocs: 3, minCommonDocs: 2 });
    for (const id of formulaHolders) {
      const text = index.text(id)!;
      const formulas = index.stockFormulas(id);
      const start = text.indexOf(FORMULA.slice(0, 3));
      const hit = formulas.filter((f) => f.start < text.indexOf('”', start) && start < f.end);
      assert.strictEqual(hit.length, 1, `${id}: ${JSON.stringify(formulas)}`);
      const f = hit[0];
      // The whole quoted formula, nothing of the text around it, held by all six reports.
      assert.strictEqual(text.slice(f.start, f.end).replace('，', ''), FORMULA, id);
      assert.strictEqual(f.documents, 6);
      const found = index.querySpan(id, { start: f.start, end: f.end }).filter((m) => m.length === FORMULA.length);
      assert.deepStrictEqual(found.map((m) => m.b.id).sort(), formulaHolders.filter((h) => h !== id).sort(), id);
      // Whole-document matching with stock formulas included agrees.
      assert.deepStrictEqual(
        [...new Set(containing(index.matchesFor(id, { includeCommon: true }), FORMULA).map((m) => m.b.id))].sort(),
        formulaHolders.filter((h) => h !== id).sort(),
      );
    }
    // Stock formulas are spans of the document's text in order, each at the threshold or above.
    for (const id of index.ids()) {
      const fs = index.stockFormulas(id);
      fs.forEach((f, i) => {
        assert.ok(f.start < f.end && f.documents >= index.stockFormulaDocs, JSON.stringify(f));
        if (i > 0) assert.ok(fs[i - 1].end <= f.start);
      });
    }
    // Reports without the formula have no stretch of it.
    assert.ok(index.stockFormulas('d20').every((f) => !index.text('d20')!.slice(f.start, f.end).includes(FORMULA.slice(0, 4))));
  });

  it('keeps maxSeedDocs through serialize/deserialize, and gives old serialized indexes the default', () => {
    const { index } = corpus(12, 6, 3, { maxSeedDocs: 3, minCommonDocs: 2 });
    const data = JSON.parse(JSON.stringify(index.serialize()));
    assert.strictEqual(data.options.maxSeedDocs, 3);
    const restored = ReuseIndex.deserialize(data);
    assert.strictEqual(restored.stockFormulaDocs, index.stockFormulaDocs);
    assert.deepStrictEqual(restored.allPairs(), index.allPairs());
    delete data.options.maxSeedDocs;
    assert.strictEqual(ReuseIndex.deserialize(data).serialize().options.maxSeedDocs, 100);
  });
});
