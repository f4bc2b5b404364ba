import * as assert from 'assert';
import { ReuseIndex, type PassageMatch } from '../../../src/core/corpus/similar';
import { contentOf, sharedRuns } from './helpers/bruteForce';
import { describeMatch } from './helpers/docs';
import { plantedCorpus } from './helpers/generate';

type Range = { start: number; end: number };
const within = (inner: Range, outer: Range) => outer.start <= inner.start && inner.end <= outer.end;

/**
 * A match covers a run when it holds all of it but, at most, a sentence fragment of one or two
 * characters at either end (the engine ends matches at the sentence break there).
 */
function covers(m: PassageMatch, run: { a: Range; b: Range }, textA: string, textB: string): boolean {
  const outside = (text: string, r: Range, span: Range) => {
    const c = contentOf(text, r.start, r.end).offsets;
    const before = c.filter((o) => o < span.start).length;
    const after = c.filter((o) => o >= span.end).length;
    return before <= 2 && after <= 2 && before + after < c.length;
  };
  return outside(textA, run.a, m.a) && outside(textB, run.b, m.b);
}

describe('similar / agreement with a brute-force reference on generated reports', () => {
  const corpus = plantedCorpus({
    docs: 16,
    docChars: 700,
    passages: 24,
    lengths: [8, 9, 10, 12, 16, 24, 40, 60, 90],
    nearShare: 0.5,
    seed: 42,
  });
  // Down-weighting is off so that the reference (which knows nothing of frequencies) is the whole truth.
  const index = new ReuseIndex({ minCommonDocs: 1000 });
  corpus.texts.forEach((text, i) => index.add({ id: String(i), text }));
  const pairs = index.allPairs();
  const byPair = (x: number, y: number) =>
    pairs
      .filter((m) => (m.a.id === String(x) && m.b.id === String(y)) || (m.a.id === String(y) && m.b.id === String(x)))
      .map((m) => (m.a.id === String(x) ? m : { ...m, a: m.b, b: m.a }));

  it('finds every exact shared run of 8+ characters the brute force finds', () => {
    let runs = 0;
    for (let x = 0; x < corpus.texts.length; x++) {
      for (let y = x + 1; y < corpus.texts.length; y++) {
        const ms = byPair(x, y);
        for (const run of sharedRuns({ text: corpus.texts[x] }, { text: corpus.texts[y] }, 8)) {
          runs++;
          const covered = ms.some((m) => covers(m, run, corpus.texts[x], corpus.texts[y]));
          assert.ok(covered, `${x}↔${y} run "${run.text}" not covered by:\n${ms.map(describeMatch).join('\n')}`);
        }
      }
    }
    assert.ok(runs >= 40, `only ${runs} runs: the corpus does not exercise much`);
  });

  it('reports nothing the brute force does not confirm', () => {
    for (const m of pairs) {
      const x = Number(m.a.id);
      const y = Number(m.b.id);
      const runs = sharedRuns({ text: corpus.texts[x] }, { text: corpus.texts[y] }, 8);
      const inside = runs.filter((r) => within(r.a, m.a) && within(r.b, m.b));
      assert.ok(inside.length > 0, `no exact shared run of 8 inside ${describeMatch(m)}`);
      if (m.score === 1) {
        // An exact match is one maximal run, less at most a sentence fragment trimmed at either end.
        const run = runs.find((r) => within(m.a, r.a) && within(m.b, r.b));
        assert.ok(run && run.length - m.length <= 4, describeMatch(m));
      }
    }
  });

  it('finds every planted passage, a near-copy as one span', () => {
    const cover = (m: PassageMatch, span: { start: number; end: number }, side: 'a' | 'b') =>
      Math.max(0, Math.min(m[side].end, span.end) - Math.max(m[side].start, span.start)) / (span.end - span.start);
    for (const p of corpus.plants) {
      const ms = byPair(p.src.doc, p.dst.doc);
      const whole = ms.filter((m) => cover(m, p.src, 'a') >= 0.8 && cover(m, p.dst, 'b') >= 0.8);
      assert.strictEqual(whole.length, 1, `${p.kind} ${p.length}: ${corpus.texts[p.src.doc].slice(p.src.start, p.src.end)}\n${ms.map(describeMatch).join('\n')}`);
      if (p.kind !== 'exact') assert.ok(whole[0].score < 1, describeMatch(whole[0]));
    }
    assert.ok(corpus.plants.some((p) => p.kind === 'swap+insert'));
  });
});
