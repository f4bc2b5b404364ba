import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analysis/analyze';
import { analyzeLocality } from '../../../src/core/analysis/locality';

/*
 * Regressions for superlinear analysis found by `npm run fuzz`'s adversarial set. No timing is
 * asserted: a quadratic pass over these sizes takes minutes, so the failure is mocha's timeout. Times for
 * 1 MiB inputs are measured by the fuzz run and recorded in RELIABILITY.md.
 */
describe('reliability: analysis stays linear on repetitive input', function () {
  this.timeout(60_000);
  const fill = (piece: string, size: number): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

  it('a text naming the same place 87,381 times (locality evidence was grouped by copying lists)', () => {
    const text = fill('南江县', 1 << 18);
    const { locality, places } = analyzeLocality(text);
    assert.strictEqual(locality.county, '南江县');
    assert.strictEqual(places.length, Math.floor(text.length / 3));
    const evidence = locality.evidence.find((e) => e.reason.includes('南江县'));
    assert.ok(evidence && /×87381/.test(evidence.reason), evidence?.reason);
  });

  it('a quoted slogan padded with 131,072 ideographic spaces (a directive clause was trimmed with /[\\s，,：:]+$/)', () => {
    // Found by the fuzz run (input #60240 of seed 20240607): 17,000 spaces took 1.2 s, 128 Ki took minutes.
    const text = '分享到：\'“三管三' + '\u3000'.repeat(1 << 17) + '必须”))分享到年：）𠵾\'“三管三必须”))';
    const a = analyzeText(text);
    for (const d of a.directives) assert.ok(0 <= d.start && d.start < d.end && d.end <= text.length);
    assert.deepStrictEqual(a.slogans.map((x) => x.text), ['三管三必须']);
  });

  it('ambiguous districts named over and over are still undecided, not slow', () => {
    const a = analyzeText(fill('鼓楼区朝阳区', 1 << 17));
    assert.strictEqual(a.locality.county, undefined);
  });
});
