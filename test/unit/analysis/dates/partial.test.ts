import * as assert from 'assert';
import { dateOf, findDates } from './helpers';

describe('dates: partial forms', () => {
  it('reads 截至9月份 as the month, with 截至 in the span', () => {
    const text = '时间:2020-10-20\n截至9月份，全区共检查企业一千余家。';
    const r = findDates(text);
    const d = dateOf(r, '截至9月份');
    assert.strictEqual(d.iso, '2020-09');
    assert.strictEqual(text.slice(d.start, d.end), '截至9月份');
    assert.match(d.how, /截至/);
  });

  it('reads quarters and halves (二季度, 第一季度, 四季度, 上半年, 下半年)', () => {
    const r = findDates('时间:2023-08-01\n二季度，第一季度，四季度，上半年，下半年。');
    assert.strictEqual(dateOf(r, '二季度').iso, '2023-Q2');
    assert.strictEqual(dateOf(r, '第一季度').iso, '2023-Q1');
    assert.strictEqual(dateOf(r, '四季度').iso, '2023-Q4');
    assert.strictEqual(dateOf(r, '上半年').iso, '2023-H1');
    assert.strictEqual(dateOf(r, '下半年').iso, '2023-H2');
  });

  it('reads a quarter with a written year as absolute', () => {
    const d = dateOf(findDates('2023年二季度全市经济运行平稳。'), '2023年二季度');
    assert.deepStrictEqual([d.iso, d.resolution], ['2023-Q2', 'absolute']);
  });

  it('puts last year’s 四季度 in a January report in the previous year', () => {
    const d = dateOf(findDates('时间:2024-01-10\n四季度，全市共开展检查三百余次。'), '四季度');
    assert.strictEqual(d.iso, '2023-Q4');
    assert.match(d.how, /taken as 2023/);
  });

  it('reads the parts of a year and month (年底前, 年初, 年内, 9月底)', () => {
    const r = findDates('时间:2023-08-01\n年底前完成改造，年初部署的任务，年内建成，9月底前验收，今年底全部完工。');
    const end = dateOf(r, '年底前');
    assert.strictEqual(end.iso, '2023-12');
    assert.match(end.how, /end of the year/);
    assert.match(end.how, /deadline/);
    assert.strictEqual(dateOf(r, '年初').iso, '2023-01');
    assert.strictEqual(dateOf(r, '年内').iso, '2023');
    assert.strictEqual(dateOf(r, '9月底前').iso, '2023-09');
    assert.strictEqual(dateOf(r, '今年底').iso, '2023-12');
  });

  it('gives --MM for a month and nothing for a quarter when no year can be found', () => {
    const r = findDates('9月份，二季度。');
    const month = dateOf(r, '9月份');
    assert.deepStrictEqual([month.iso, month.resolution], ['--09', 'partial']);
    const quarter = dateOf(r, '二季度');
    assert.deepStrictEqual([quarter.iso, quarter.resolution], ['', 'unresolved']);
    assert.match(quarter.how, /unknown/);
  });
});
