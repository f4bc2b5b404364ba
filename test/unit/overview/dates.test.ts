import * as assert from 'assert';
import { monthOf, monthRange } from '../../../src/core/corpus/overview/dates';
import { sortableDate } from '../../../src/core/corpus/overview/facts';

describe('overview dates', () => {
  it('monthOf: the month of a day or a month; nothing for a year, a quarter or a malformed month', () => {
    assert.strictEqual(monthOf('2024-03-06'), '2024-03');
    assert.strictEqual(monthOf('2024-03'), '2024-03');
    assert.strictEqual(monthOf('2024-12-31'), '2024-12');
    for (const d of ['2024', '2024-Q2', '2024-13', '2024-00-01', '2024-1', '2024-1x', '2024/03/06', '2024-031']) assert.strictEqual(monthOf(d), null, d);
  });

  it('monthRange: inclusive, across years, one month when first = last', () => {
    assert.deepStrictEqual(monthRange('2023-11', '2024-02'), ['2023-11', '2023-12', '2024-01', '2024-02']);
    assert.deepStrictEqual(monthRange('2024-05', '2024-05'), ['2024-05']);
    assert.strictEqual(monthRange('2010-01', '2025-12').length, 16 * 12);
  });

  it('sortableDate: a quarter sorts as its first month, after the year and before its days', () => {
    assert.deepStrictEqual(['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'].map(sortableDate), ['2023-01', '2023-04', '2023-07', '2023-10']);
    assert.strictEqual(sortableDate('2023'), '2023');
    assert.strictEqual(sortableDate('2023-05-06'), '2023-05-06');
    const ordered = ['2023', '2023-Q2', '2023-04-01', '2023-05'].map(sortableDate);
    assert.deepStrictEqual([...ordered].sort(), ordered);
  });
});
