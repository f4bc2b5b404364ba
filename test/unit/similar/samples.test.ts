import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ReuseIndex, type PassageMatch, type ReuseDocument } from '../../../src/core/corpus/similar';
import { fixturesDir, samplesDir } from '../helpers/paths';
import { commonRuns, contentOf, lcs } from './helpers/bruteForce';
import { describeMatch, documentFrom } from './helpers/docs';

/** `reusedWith` counts passages of 40+ shared characters; stock slogans alone stay below that. */
const REUSED_PASSAGE = 40;

describe('similar / bundled samples', () => {
  const names = fs
    .readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
  const docs = new Map<string, ReuseDocument>(names.map((n) => [n, documentFrom(n, fs.readFileSync(path.join(samplesDir, n + '.txt'), 'utf8'))]));
  const expected = new Map<string, string[]>(
    names.map((n) => [n, JSON.parse(fs.readFileSync(path.join(fixturesDir, 'expected', n + '.json'), 'utf8')).reusedWith as string[]]),
  );
  const index = new ReuseIndex();
  for (const d of docs.values()) index.add(d);
  const longest = (x: string, y: string): PassageMatch | undefined =>
    index
      .matchesFor(x)
      .filter((m) => m.b.id === y)
      .sort((p, q) => q.length - p.length)[0];

  it('has the ground truth it is checked against', () => {
    assert.strictEqual(names.length, 12);
    assert.ok([...expected.values()].filter((r) => r.length > 0).length >= 5);
  });

  it('finds a reused passage exactly between the samples that share one (reusedWith), and none elsewhere', () => {
    for (const x of names) {
      const found = names.filter((y) => y !== x && (longest(x, y)?.length ?? 0) >= REUSED_PASSAGE);
      assert.deepStrictEqual(found.sort(), [...expected.get(x)!].sort(), `${x}: ${found.map((y) => describeMatch(longest(x, y)!)).join('\n')}`);
    }
  });

  it('reports spans whose text really is shared', () => {
    for (const x of names) {
      for (const y of expected.get(x)!) {
        const m = longest(x, y)!;
        const a = contentOf(docs.get(x)!.text, m.a.start, m.a.end).chars;
        const b = contentOf(docs.get(y)!.text, m.b.start, m.b.end).chars;
        // Independent check: a long exact run inside, and nearly everything in common.
        const run = Math.max(...commonRuns(a, b, 1).map((r) => r.length));
        assert.ok(run >= REUSED_PASSAGE, `${describeMatch(m)}: longest exact run ${run}`);
        assert.ok(lcs(a, b) >= 0.95 * Math.max(a.length, b.length), describeMatch(m));
        assert.ok(Math.abs(lcs(a, b) - m.length) <= 2, `${describeMatch(m)}: lcs ${lcs(a, b)}`);
      }
    }
  });

  it('finds the provincial directive paragraph in all four reports, across scripts and punctuation', () => {
    const province = 'simplified-province-safety-conference';
    for (const other of ['simplified-county-city-safety-meeting', 'simplified-district-gas-safety', 'traditional-district-fire-safety']) {
      const m = longest(province, other)!;
      assert.ok(m.text.includes('深刻汲取近期省内外事故教训') && m.text.includes('科学处置'), describeMatch(m));
      assert.ok(m.length >= 175, describeMatch(m));
    }
    // The gas report writes the slogan with ，: still inside the one span.
    const gas = longest('simplified-district-gas-safety', province)!;
    assert.ok(gas.text.includes('“党政同责，一岗双责，齐抓共管，失职追责”'), gas.text);
  });

  it('matches the 闵行 twins over the whole body', () => {
    const m = longest('simplified-district-fire-inspection', 'traditional-district-fire-inspection')!;
    const text = docs.get('simplified-district-fire-inspection')!.text;
    assert.ok(m.length >= 500 && m.score >= 0.99, describeMatch(m));
    assert.ok(m.text.startsWith('1月20日上午'), m.text.slice(0, 20));
    // The body runs to the report's last sentence before its footer.
    const after = contentOf(text, m.a.end, text.length).chars.length;
    const footer = docs.get('simplified-district-fire-inspection')!.exclude!.filter((x) => x.start >= m.a.end);
    const footerChars = footer.reduce((n, x) => n + contentOf(text, x.start, x.end).chars.length, 0);
    assert.ok(after - footerChars <= 2, `${after - footerChars} characters left after the match`);
  });

  it('ranks the reuse partners first among similar documents', () => {
    for (const x of names) {
      const partners = expected.get(x)!;
      const top = index.similarDocuments(x, partners.length).map((d) => d.id);
      assert.deepStrictEqual(top.sort(), [...partners].sort(), x);
    }
  });
});
