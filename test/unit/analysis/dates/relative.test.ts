import * as assert from 'assert';
import { assertNoDates, dateOf, findDates } from './helpers';

const PUB = '发布时间：2023-08-01 10:00\n';

function iso(text: string, written: string): string {
  return dateOf(findDates(text), written).iso;
}

describe('dates: relative words', () => {
  it('counts years from the publication date', () => {
    const r = findDates(`${PUB}今年，去年，前年，明年，上年同期。`);
    assert.strictEqual(dateOf(r, '今年').iso, '2023');
    assert.strictEqual(dateOf(r, '去年').iso, '2022');
    assert.strictEqual(dateOf(r, '前年').iso, '2021');
    assert.strictEqual(dateOf(r, '明年').iso, '2024');
    assert.strictEqual(dateOf(r, '上年').iso, '2022');
    for (const d of r.dates.filter((x) => x.start > 20)) {
      assert.strictEqual(d.resolution, 'relative');
      assert.match(d.how, /publication 2023-08-01/);
    }
  });

  it('reads 今年以来 as from the start of the year up to publication', () => {
    const d = dateOf(findDates(`${PUB}今年以来，全区未发生较大事故。`), '今年以来');
    assert.deepStrictEqual([d.iso, d.isoEnd, d.resolution], ['2023', '2023-08-01', 'relative']);
  });

  it('combines a relative year with a month, day, quarter or half', () => {
    const r = findDates(`${PUB}去年8月，今年7月1日，去年四季度，今年上半年。`);
    assert.strictEqual(dateOf(r, '去年8月').iso, '2022-08');
    assert.strictEqual(dateOf(r, '今年7月1日').iso, '2023-07-01');
    assert.strictEqual(dateOf(r, '去年四季度').iso, '2022-Q4');
    assert.strictEqual(dateOf(r, '今年上半年').iso, '2023-H1');
  });

  it('counts months and weeks from the publication date', () => {
    const r = findDates(`${PUB}上月，上个月底，本月，下月，本月15日，本周，上周。`);
    assert.strictEqual(dateOf(r, '上月').iso, '2023-07');
    assert.strictEqual(dateOf(r, '上个月底').iso, '2023-07');
    assert.strictEqual(dateOf(r, '本月').iso, '2023-08');
    assert.strictEqual(dateOf(r, '下月').iso, '2023-09');
    assert.strictEqual(dateOf(r, '本月15日').iso, '2023-08-15');
    assert.strictEqual(dateOf(r, '本周').iso, '2023-W31');
    assert.strictEqual(dateOf(r, '上周').iso, '2023-W30');
  });

  it('goes back over New Year for 上月 in January', () => {
    assert.strictEqual(iso('时间:2024-01-03\n上月，全市开展了冬季消防检查。', '上月'), '2023-12');
  });

  it('counts days from the publication date (昨天, 昨日上午, 前天, 今天)', () => {
    const r = findDates(`${PUB}昨天，昨日上午，前天，今天。`);
    assert.strictEqual(dateOf(r, '昨天').iso, '2023-07-31');
    assert.strictEqual(dateOf(r, '昨日上午').iso, '2023-07-31');
    assert.strictEqual(dateOf(r, '前天').iso, '2023-07-30');
    assert.strictEqual(dateOf(r, '今天').iso, '2023-08-01');
  });

  it('says that 近日 and 日前 give no exact day', () => {
    const r = findDates(`${PUB}近日，区应急局开展检查。市政府日前印发通知。`);
    for (const w of ['近日', '日前']) {
      const d = dateOf(r, w);
      assert.strictEqual(d.iso, '2023-08-01');
      assert.match(d.how, /exact day is not stated/);
    }
  });

  it('resolves 当天 and 次日 against the date mentioned just before', () => {
    const r = findDates(`${PUB}7月28日上午，区长带队检查。当天下午，召开专题会议。次日，督导组进驻。`);
    assert.strictEqual(dateOf(r, '当天下午').iso, '2023-07-28');
    assert.match(dateOf(r, '当天下午').how, /same day as “7月28日上午”/);
    assert.strictEqual(dateOf(r, '次日').iso, '2023-07-29');
  });

  it('leaves 当天 unresolved when nothing precedes it', () => {
    const d = dateOf(findDates(`${PUB}当天，全区开展演练。`), '当天');
    assert.strictEqual(d.resolution, 'unresolved');
    assert.strictEqual(d.iso, '');
  });

  it('leaves relative words unresolved without a publication date', () => {
    const r = findDates('今年以来，全区未发生较大事故。昨天，区里召开会议。');
    for (const w of ['今年以来', '昨天']) {
      const d = dateOf(r, w);
      assert.strictEqual(d.resolution, 'unresolved');
      assert.strictEqual(d.iso, '');
      assert.match(d.how, /not found/);
    }
  });

  it('takes 今年 from the headline year when there is no publication date, and says so', () => {
    const d = dateOf(findDates('全县2022年安全生产工作会议召开\n今年以来，全县事故起数下降。'), '今年以来');
    assert.strictEqual(d.iso, '2022');
    assert.match(d.how, /headline/);
  });

  it('does not read relative words inside other words', () => {
    assertNoDates('六十岁以上年龄段，过去年代，提前天数，节日前夕，今日头条，三日前，最近日益增多。');
  });
});
