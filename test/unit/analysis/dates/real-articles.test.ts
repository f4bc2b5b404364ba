/**
 * The five real scraped articles in ../shared/corpus, read as the extension shows them (cleaned,
 * Traditional converted to Simplified). Expected values were read from the articles by hand.
 */
import * as assert from 'assert';
import { dateOf, describe as list, findDates, realArticle } from './helpers';

function analyse(prefix: string, exclude?: (text: string) => { start: number; end: number }[]) {
  const { text, path } = realArticle(prefix);
  return { text, result: findDates(text, { pathHint: path, exclude: exclude?.(text) }) };
}

/** From the related-articles list to the end: the boilerplate of article 000. */
const relatedList = (text: string) => [{ start: text.indexOf('猜你喜欢'), end: text.length }];

describe('dates: real articles', () => {
  it('000: 发布时间 dateline, meeting 8月1日下午 in 2023', () => {
    const { result } = analyse('000', relatedList);
    assert.strictEqual(result.publishedAt, '2023-08-01T19:05:52');
    assert.strictEqual(result.publication?.source, 'dateline');
    assert.deepStrictEqual(result.meetingDates, ['2023-08-01']);
    const meeting = dateOf(result, '8月1日下午');
    assert.strictEqual(meeting.iso, '2023-08-01');
    assert.strictEqual(meeting.resolution, 'publication-year');
    // Outside the related list the article has only the dateline and the meeting date (2023行动 is a name).
    assert.deepStrictEqual(result.dates.map((d) => d.iso), ['2023-08-01T19:05:52', '2023-08-01'], list(result));
  });

  it('000 without boilerplate spans: the related list’s timestamps do not win over the dateline', () => {
    const { result } = analyse('000');
    assert.strictEqual(result.publishedAt, '2023-08-01T19:05:52');
    assert.deepStrictEqual(result.meetingDates, ['2023-08-01']);
    assert.strictEqual(dateOf(result, '2023年7月31日').iso, '2023-07-31');
  });

  it('001: 1月27日下午 with no year anywhere stays --01-27', () => {
    const { result } = analyse('001');
    assert.strictEqual(result.publishedAt, undefined);
    assert.deepStrictEqual(result.meetingDates, ['--01-27']);
    const d = dateOf(result, '1月27日下午');
    assert.strictEqual(d.resolution, 'partial');
    assert.match(d.how, /year is unknown/);
    assert.strictEqual(result.dates.length, 1, list(result));
  });

  it('002: 时间:2019-11-23 dateline, meeting 11月22日, 今年以来 = 2019', () => {
    const { result } = analyse('002');
    assert.strictEqual(result.publishedAt, '2019-11-23');
    assert.match(result.publication!.how, /时间 dateline/);
    assert.deepStrictEqual(result.meetingDates, ['2019-11-22']);
    assert.strictEqual(dateOf(result, '11月22日').iso, '2019-11-22');
    const since = dateOf(result, '今年以来');
    assert.deepStrictEqual([since.iso, since.isoEnd], ['2019', '2019-11-23']);
    assert.ok(!result.dates.some((d) => d.text.includes('24')), list(result));
  });

  it('003: no dateline; 7月12日 takes 2023 from its own sentence, 二季度 from the headline', () => {
    const { result } = analyse('003');
    assert.strictEqual(result.publishedAt, undefined);
    assert.deepStrictEqual(result.meetingDates, ['2023-07-12']);
    const meeting = dateOf(result, '7月12日');
    assert.strictEqual(meeting.resolution, 'stated-year');
    assert.match(meeting.how, /same sentence/);
    const quarters = result.dates.filter((d) => d.text.startsWith('二季度'));
    assert.strictEqual(quarters.length, 2, list(result));
    for (const q of quarters) {
      assert.strictEqual(q.iso, '2023-Q2');
      assert.match(q.how, /headline/);
    }
  });

  it('004: 10月20日讯 has no year in the prose; the year comes from the article’s own link', () => {
    const { result } = analyse('004');
    assert.strictEqual(result.publishedAt, '2020-10-20');
    assert.strictEqual(result.publication?.source, 'url');
    assert.match(result.publication!.how, /2020\/10\/20.*agrees with the lead “10月20日讯”/);
    assert.deepStrictEqual(result.meetingDates, []);
    assert.strictEqual(dateOf(result, '10月20日').iso, '2020-10-20');
    assert.strictEqual(dateOf(result, '截至9月份').iso, '2020-09');
    for (const [written, iso] of [['7月1日', '2020-07-01'], ['7月24日', '2020-07-24'], ['8月27日', '2020-08-27']]) {
      const d = dateOf(result, written);
      assert.strictEqual(d.iso, iso);
      assert.strictEqual(d.resolution, 'publication-year');
    }
    const since = dateOf(result, '今年以来');
    assert.deepStrictEqual([since.iso, since.isoEnd], ['2020', '2020-10-20']);
    assert.ok(!result.dates.some((d) => /1\+2|15/.test(d.text)), list(result));
  });

  it('004 without its link: the lead and the month-days keep no year', () => {
    const { text } = realArticle('004');
    const withoutLink = text.replace(/本文链接[^\n]*/, '');
    const result = findDates(withoutLink);
    assert.strictEqual(result.publishedAt, '--10-20');
    assert.strictEqual(dateOf(result, '7月24日').iso, '--07-24');
    assert.strictEqual(dateOf(result, '今年以来').resolution, 'unresolved');
  });
});
