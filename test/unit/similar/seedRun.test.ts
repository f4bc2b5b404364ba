import * as assert from 'assert';
import { normalise } from '../../../src/core/corpus/similar';
import { seedRun } from '../../../src/core/corpus/similar/verify';

describe('similar / seedRun (the filter for chance seeds)', () => {
  const x = normalise('各地要严格落实安全生产责任制，确保不发生事故。').chars;
  const y = normalise('会议强调，严格落实安全生产责任制是关键。').chars;
  const at = (chars: ArrayLike<number>, s: string) => {
    const want = [...s].map((c) => c.codePointAt(0));
    for (let i = 0; i + want.length <= chars.length; i++) if (want.every((c, t) => chars[i + t] === c)) return i;
    throw new Error(s);
  };

  it('measures the exact run through a seed both ways', () => {
    // 严格落实安全生产责任制: 11 characters shared, whichever 4-gram of it seeds.
    assert.strictEqual(seedRun(x, at(x, '严格落实'), y, at(y, '严格落实'), 4), 11);
    assert.strictEqual(seedRun(x, at(x, '安全生产'), y, at(y, '安全生产'), 4), 11);
  });

  it('is 0 when the k-grams differ (a hash collision), and limited to the x range asked about', () => {
    assert.strictEqual(seedRun(x, at(x, '严格落实'), y, at(y, '安全生产'), 4), 0);
    const from = at(x, '落实');
    assert.strictEqual(seedRun(x, at(x, '安全生产'), y, at(y, '安全生产'), 4, from, from + 6), 6);
  });
});
