import * as assert from 'assert';
import { dateOf, findDates } from './helpers';

describe('dates: year of a month-day', () => {
  it('takes the publication year and says so', () => {
    const r = findDates('标题\n发布时间：2023-08-01 10:00\n8月1日下午，区政府召开安全生产工作推进会，区长出席并讲话。');
    const d = dateOf(r, '8月1日下午');
    assert.strictEqual(d.iso, '2023-08-01');
    assert.strictEqual(d.resolution, 'publication-year');
    assert.match(d.how, /year 2023 from the publication date 2023-08-01 \(dateline\)/);
  });

  it('prefers a year stated in the same sentence, even after the date', () => {
    const r = findDates('7月12日，全市应急管理工作会议暨市安委会2023年第四次全体会议召开。');
    const d = dateOf(r, '7月12日');
    assert.strictEqual(d.iso, '2023-07-12');
    assert.strictEqual(d.resolution, 'stated-year');
    assert.match(d.how, /“2023年” in the same sentence/);
  });

  it('prefers a year stated in the same sentence over the publication year', () => {
    const r = findDates('发布时间：2024-01-10\n回顾2022年工作，3月15日全县开展了专项检查。');
    const d = dateOf(r, '3月15日');
    assert.strictEqual(d.iso, '2022-03-15');
    assert.strictEqual(d.resolution, 'stated-year');
  });

  it('uses a year stated earlier in the paragraph', () => {
    const r = findDates('2022年，全镇排查隐患一千余处。5月20日，镇里组织了应急演练。');
    const d = dateOf(r, '5月20日');
    assert.strictEqual(d.iso, '2022-05-20');
    assert.match(d.how, /same paragraph/);
  });

  it('does not take a far-off historical year from the paragraph over the publication year', () => {
    const r = findDates('发布时间：2023-08-02\n与2008年相比，事故起数大幅下降。8月1日，市里召开总结会。');
    const d = dateOf(r, '8月1日');
    assert.strictEqual(d.iso, '2023-08-01');
    assert.strictEqual(d.resolution, 'publication-year');
    assert.match(d.how, /too far/);
  });

  it('does not let a year stated in another paragraph decide', () => {
    const r = findDates('发布时间：2023-08-02\n2021年，全区建成应急指挥平台。\n8月1日，区里召开总结会。');
    assert.strictEqual(dateOf(r, '8月1日').iso, '2023-08-01');
  });

  it('does not carry 明年 into the next sentence', () => {
    const text = '发布时间：2019-12-27\n明年一季度前要完成全部整改。督导组将于12月30日至1月5日开展明查暗访。';
    const r = findDates(text);
    assert.strictEqual(dateOf(r, '明年一季度').iso, '2020-Q1');
    const range = dateOf(r, '12月30日至1月5日');
    assert.strictEqual(range.iso, '2019-12-30');
    assert.strictEqual(range.isoEnd, '2020-01-05');
  });

  it('puts a December meeting reported in January in the previous year, and says so', () => {
    const r = findDates('时间:2024-01-03\n12月29日，市政府召开全市安全生产工作会议。');
    const d = dateOf(r, '12月29日');
    assert.strictEqual(d.iso, '2023-12-29');
    assert.strictEqual(d.resolution, 'publication-year');
    assert.match(d.how, /taken as 2023/);
    assert.match(d.how, /2024-01-03/);
  });

  it('keeps a deadline later in the publication year', () => {
    const r = findDates('时间:2024-01-03\n各单位务必于12月31日前完成整改。');
    const d = dateOf(r, '12月31日前');
    assert.strictEqual(d.iso, '2024-12-31');
    assert.match(d.how, /deadline/);
  });

  it('moves a plan named in late December into the next year', () => {
    const r = findDates('时间:2023-12-28\n新规将于1月5日起施行。');
    const d = dateOf(r, '1月5日起');
    assert.strictEqual(d.iso, '2024-01-05');
    assert.match(d.how, /taken as 2024/);
  });

  it('keeps an earlier date of the publication year without a cue', () => {
    const r = findDates('时间:2023-12-28\n1月5日，全市召开年度首次安全生产会议。');
    assert.strictEqual(dateOf(r, '1月5日').iso, '2023-01-05');
  });

  it('gives --MM-DD, never a guessed year, when no year can be found', () => {
    const r = findDates('1月27日下午，区里召开贯彻落实全国安全生产会议精神工作会议。');
    const d = dateOf(r, '1月27日下午');
    assert.strictEqual(d.iso, '--01-27');
    assert.strictEqual(d.resolution, 'partial');
    assert.match(d.how, /year is unknown/);
  });

  it('falls back to a year in the headline when there is no publication date, and says where it came from', () => {
    const text = '市安委会2023年第三次全体会议召开\n7月5日，会议听取了二季度工作情况汇报。\n会议要求，9月底前完成排查。';
    const r = findDates(text);
    const q = dateOf(r, '二季度');
    assert.strictEqual(q.iso, '2023-Q2');
    assert.strictEqual(q.resolution, 'stated-year');
    assert.match(q.how, /no publication date; year 2023 from “2023年” in the headline/);
    assert.strictEqual(dateOf(r, '9月底前').iso, '2023-09');
  });

  it('uses a headline passed separately from the text', () => {
    const r = findDates('7月5日，全市召开会议。\n会议要求二季度以来发现的问题年底前整改到位。', { title: '市安委会2023年第三次全体会议召开' });
    assert.strictEqual(dateOf(r, '7月5日').iso, '2023-07-05');
    assert.match(dateOf(r, '7月5日').how, /headline/);
  });

  it('explains every inferred year in `how`', () => {
    const r = findDates('时间:2023-08-01\n8月1日，11月2日，9月份，二季度，上半年，年底前，今年，去年8月。');
    for (const d of r.dates) {
      if (d.resolution === 'absolute') continue;
      assert.match(d.how, /20\d\d|unknown|not found/, `“${d.text}”: ${d.how}`);
    }
  });
});
