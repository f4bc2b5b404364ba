import * as assert from 'assert';
import { assertOffsets, dateOf, findDates } from './helpers';

describe('dates: absolute forms', () => {
  it('reads a numeric date-time as written', () => {
    const text = '来源:某某网 发布时间:2023-08-01 19:05:52\n';
    const r = findDates(text);
    const d = dateOf(r, '2023-08-01 19:05:52');
    assert.strictEqual(d.iso, '2023-08-01T19:05:52');
    assert.strictEqual(d.resolution, 'absolute');
    assertOffsets(text, r);
  });

  it('reads slashes, dots and one-digit months and days', () => {
    const r = findDates('通知于2023/8/1印发，2022.12.05起施行。');
    assert.strictEqual(dateOf(r, '2023/8/1').iso, '2023-08-01');
    assert.strictEqual(dateOf(r, '2022.12.05').iso, '2022-12-05');
  });

  it('reads Chinese dates with Arabic digits, full-width digits and Chinese numerals', () => {
    const r = findDates('2019年11月23日召开，２０２０年３月５日复会，二〇二三年七月十二日印发，二零二四年十二月三十一日截止，二〇二一年六月廿一日开工。');
    assert.strictEqual(dateOf(r, '2019年11月23日').iso, '2019-11-23');
    assert.strictEqual(dateOf(r, '２０２０年３月５日').iso, '2020-03-05');
    assert.strictEqual(dateOf(r, '二〇二三年七月十二日').iso, '2023-07-12');
    assert.strictEqual(dateOf(r, '二零二四年十二月三十一日').iso, '2024-12-31');
    assert.strictEqual(dateOf(r, '二〇二一年六月廿一日').iso, '2021-06-21');
    for (const d of r.dates) assert.strictEqual(d.resolution, 'absolute');
  });

  it('gives a year and month, and a bare year, at their own precision', () => {
    const r = findDates('2023年8月，全市开展检查；2022年度考核结果已公布，2023年第四次全体会议随后召开。');
    assert.strictEqual(dateOf(r, '2023年8月').iso, '2023-08');
    assert.strictEqual(dateOf(r, '2022年度').iso, '2022');
    const year = r.dates.find((d) => d.text === '2023年')!;
    assert.strictEqual(year.iso, '2023');
    assert.match(year.how, /year written in full/);
  });

  it('keeps a clock time written after the date, in 24-hour form', () => {
    const r = findDates('2024年06月12日 09:30，2023年8月1日下午3时30分，2023年8月2日晚上8点，2023年8月3日上午9时许，2023年8月4日中午12点半。');
    assert.strictEqual(dateOf(r, '2024年06月12日 09:30').iso, '2024-06-12T09:30');
    assert.strictEqual(dateOf(r, '2023年8月1日下午3时30分').iso, '2023-08-01T15:30');
    assert.strictEqual(dateOf(r, '2023年8月2日晚上8点').iso, '2023-08-02T20:00');
    assert.strictEqual(dateOf(r, '2023年8月3日上午9时许').iso, '2023-08-03T09:00');
    assert.strictEqual(dateOf(r, '2023年8月4日中午12点半').iso, '2023-08-04T12:30');
  });

  it('includes the part of the day in the span but not in the value', () => {
    const r = findDates('2023年8月1日下午，区政府召开会议。');
    const d = dateOf(r, '2023年8月1日下午');
    assert.strictEqual(d.iso, '2023-08-01');
  });

  it('marks impossible dates unresolved and says why', () => {
    const r = findDates('2月30日，2023年2月29日，2024年2月29日，2023年4月31日。');
    const feb30 = dateOf(r, '2月30日');
    assert.strictEqual(feb30.resolution, 'unresolved');
    assert.strictEqual(feb30.iso, '');
    assert.match(feb30.how, /29 days/);
    const notLeap = dateOf(r, '2023年2月29日');
    assert.strictEqual(notLeap.resolution, 'unresolved');
    assert.match(notLeap.how, /not a leap year/);
    assert.strictEqual(dateOf(r, '2024年2月29日').iso, '2024-02-29');
    assert.strictEqual(dateOf(r, '2023年4月31日').resolution, 'unresolved');
  });

  it('checks an inferred year for February 29th too', () => {
    const r = findDates('发布时间：2023-03-01\n2月29日，县里召开会议。');
    const d = dateOf(r, '2月29日');
    assert.strictEqual(d.resolution, 'unresolved');
    assert.match(d.how, /2023 is not a leap year/);
  });

  it('checks a stated weekday against the date', () => {
    const r = findDates('2023年8月1日（星期二）上午，2023年8月2日(星期五)下午，2023年8月3日星期四。');
    assert.match(dateOf(r, '2023年8月1日（星期二）上午').how, /星期二 agrees/);
    assert.match(dateOf(r, '2023年8月2日(星期五)下午').how, /says 星期五 but 2023-08-02 is a Wednesday/);
    assert.match(dateOf(r, '2023年8月3日星期四').how, /agrees/);
  });
});
