import * as assert from 'assert';
import { dateOf, findDates } from './helpers';

const PUB = '发布时间：2023-06-20\n';

describe('dates: ranges', () => {
  it('reads a day range within a month (7月1日至3日, 7月1-3日)', () => {
    const r = findDates(`${PUB}培训班于7月1日至3日举办，复训定于7月10-12日。`);
    const a = dateOf(r, '7月1日至3日');
    assert.deepStrictEqual([a.iso, a.isoEnd], ['2023-07-01', '2023-07-03']);
    const b = dateOf(r, '7月10-12日');
    assert.deepStrictEqual([b.iso, b.isoEnd], ['2023-07-10', '2023-07-12']);
  });

  it('reads a range across months with a dash (7月1日—8月31日)', () => {
    const r = findDates(`${PUB}专项行动从7月1日—8月31日开展。`);
    const d = dateOf(r, '7月1日—8月31日');
    assert.deepStrictEqual([d.iso, d.isoEnd], ['2023-07-01', '2023-08-31']);
  });

  it('reads month ranges (6月至9月, 1—9月份)', () => {
    const r = findDates(`${PUB}汛期为6月至9月；1—9月份全市共检查企业两千家。`);
    const a = dateOf(r, '6月至9月');
    assert.deepStrictEqual([a.iso, a.isoEnd], ['2023-06', '2023-09']);
    const b = dateOf(r, '1—9月份');
    assert.deepStrictEqual([b.iso, b.isoEnd], ['2023-01', '2023-09']);
  });

  it('reads year ranges and full-date ranges', () => {
    const r = findDates('规划覆盖2021年至2023年，试点期为2023年7月1日至2024年6月30日，考核期2022—2025年。');
    const a = dateOf(r, '2021年至2023年');
    assert.deepStrictEqual([a.iso, a.isoEnd], ['2021', '2023']);
    const b = dateOf(r, '2023年7月1日至2024年6月30日');
    assert.deepStrictEqual([b.iso, b.isoEnd, b.resolution], ['2023-07-01', '2024-06-30', 'absolute']);
    const c = dateOf(r, '2022—2025年');
    assert.deepStrictEqual([c.iso, c.isoEnd], ['2022', '2025']);
  });

  it('runs a range over New Year into the next year and says so', () => {
    const r = findDates('时间:2019-12-27\n督导组于12月30日至1月5日开展检查。');
    const d = dateOf(r, '12月30日至1月5日');
    assert.deepStrictEqual([d.iso, d.isoEnd], ['2019-12-30', '2020-01-05']);
    assert.match(d.how, /runs into 2020/);
  });

  it('reads 上旬/中旬/下旬 as a range of days', () => {
    const r = findDates('时间:2024-03-01\n8月上旬，2月下旬，5月中旬。');
    const a = dateOf(r, '8月上旬');
    assert.deepStrictEqual([a.iso, a.isoEnd], ['2024-08-01', '2024-08-10']);
    const b = dateOf(r, '2月下旬');
    assert.deepStrictEqual([b.iso, b.isoEnd], ['2024-02-21', '2024-02-29']);
    const c = dateOf(r, '5月中旬');
    assert.deepStrictEqual([c.iso, c.isoEnd], ['2024-05-11', '2024-05-20']);
  });

  it('ends 以来 and 至今 at the publication date', () => {
    const r = findDates(`${PUB}3月以来，全市开展排查；5月8日至今，累计整改隐患三百处。`);
    const a = dateOf(r, '3月以来');
    assert.deepStrictEqual([a.iso, a.isoEnd], ['2023-03', '2023-06-20']);
    const b = dateOf(r, '5月8日至今');
    assert.deepStrictEqual([b.iso, b.isoEnd], ['2023-05-08', '2023-06-20']);
  });

  it('tells 至今 (until now) from 至今年 (to this year’s …)', () => {
    const r = findDates(`${PUB}2020年至今，2022年至今年5月。`);
    const a = dateOf(r, '2020年至今');
    assert.deepStrictEqual([a.iso, a.isoEnd], ['2020', '2023-06-20']);
    const b = dateOf(r, '2022年至今年5月');
    assert.deepStrictEqual([b.iso, b.isoEnd], ['2022', '2023-05']);
    assert.match(b.how, /今年 = 2023/);
  });

  it('reads 前三季度 as the first three quarters', () => {
    const r = findDates('时间:2023-10-20\n前三季度，全县未发生较大事故。');
    const d = dateOf(r, '前三季度');
    assert.deepStrictEqual([d.iso, d.isoEnd], ['2023-Q1', '2023-Q3']);
  });

  it('does not make a range out of 至 followed by something else', () => {
    const r = findDates(`${PUB}7月1日至区政府报到，8月1日到会。`);
    assert.strictEqual(dateOf(r, '7月1日').isoEnd, undefined);
    assert.strictEqual(dateOf(r, '8月1日').isoEnd, undefined);
    assert.strictEqual(r.dates.filter((d) => d.start >= PUB.length).length, 2);
  });
});
