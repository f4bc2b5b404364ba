import * as assert from 'assert';
import { dateInPath } from '../../../../src/core/analysis/dates/url-dates';
import { dateOf, findDates } from './helpers';

const BODY = '\n8月1日下午，区政府召开安全生产工作推进会，区长出席并讲话，要求各街镇压实责任。\n';

describe('dates: publication date', () => {
  it('reads a 发布时间 dateline after 来源', () => {
    const r = findDates(`区里部署安全生产工作\n来源:某某网 发布时间:2023-08-01 19:05:52${BODY}`);
    assert.strictEqual(r.publishedAt, '2023-08-01T19:05:52');
    assert.strictEqual(r.publication?.source, 'dateline');
    assert.match(r.publication!.how, /发布时间 dateline/);
  });

  it('reads a bare 时间: dateline, as scraped sites glue it to 发布者', () => {
    const r = findDates(`来源:某某日报发布者:时间:2019-11-23${BODY}`);
    assert.strictEqual(r.publishedAt, '2019-11-23');
  });

  it('reads 发布日期 with a Chinese date', () => {
    assert.strictEqual(findDates(`标题\n发布日期：2023年08月01日${BODY}`).publishedAt, '2023-08-01');
  });

  it('reads a timestamp followed by 来源 in the header', () => {
    const r = findDates(`某区召开防汛会议\n2024-06-12 09:30 来源:某某网${BODY}`);
    assert.strictEqual(r.publishedAt, '2024-06-12T09:30');
    assert.strictEqual(r.publication?.source, 'header');
  });

  it('reads a dateline at the foot of the article', () => {
    const r = findDates(`标题${BODY}责任编辑：某某\n发布日期：2023-08-02\n`);
    assert.strictEqual(r.publishedAt, '2023-08-02');
  });

  it('prefers the header dateline to an event notice in the body', () => {
    const r = findDates(`标题\n时间：2023-08-01${BODY}培训安排如下。时间：2023年9月5日。地点：区政府三楼会议室。\n`);
    assert.strictEqual(r.publishedAt, '2023-08-01');
  });

  it('takes the year of a news lead from the article’s own dated link, and notes that they agree', () => {
    const text =
      '当前位置:\n某县：扎实推进安全生产专项整治\n某某网某市10月20日讯（通讯员 张三 李四）为全面落实安全生产责任，某县扎实开展专项整治。\n' +
      '7月1日，县安委办组织开展应急演练。\n来源：某某网\n本文链接：https://news.example.cn/content/2020/10/20/123456.html\n';
    const r = findDates(text);
    assert.strictEqual(r.publishedAt, '2020-10-20');
    assert.strictEqual(r.publication?.source, 'url');
    assert.match(r.publication!.how, /2020\/10\/20/);
    assert.match(r.publication!.how, /agrees with the lead “10月20日讯”/);
    assert.strictEqual(dateOf(r, '10月20日').iso, '2020-10-20');
    assert.strictEqual(dateOf(r, '7月1日').iso, '2020-07-01');
  });

  it('gives a lead without any year as --MM-DD, and its dates no guessed year', () => {
    const r = findDates('标题\n某某网某市10月20日讯（通讯员 张三）为落实安全生产责任，某县开展专项整治。7月1日，县里组织应急演练。\n');
    assert.strictEqual(r.publishedAt, '--10-20');
    assert.strictEqual(r.publication?.source, 'lead');
    assert.match(r.publication!.how, /no year/);
    assert.strictEqual(dateOf(r, '7月1日').iso, '--07-01');
  });

  it('reads a 新华社-style 电 lead', () => {
    const r = findDates('新华社北京8月1日电（记者 张三）国务院安委会办公室近日部署防汛工作。', { pathHint: 'https://www.example.cn/2023-08/01/c_1.htm' });
    assert.strictEqual(r.publishedAt, '2023-08-01');
  });

  it('completes a yearless lead with the year and month of the path', () => {
    const r = findDates('标题\n本报讯 11月22日，全市安全生产电视电话会议召开，会议要求各地抓紧部署。\n', { pathHint: '/site/202311/index.html' });
    assert.strictEqual(r.publishedAt, '2023-11-22');
    assert.match(r.publication!.how, /year from the path/);
  });

  it('reads the date after 本报讯 and a byline in brackets as a lead', () => {
    const r = findDates('标题\n本报讯（记者 张三 通讯员 李四）11月22日，全市召开安全生产电视电话会议。\n', { pathHint: '/site/202311/a.html' });
    assert.strictEqual(r.publishedAt, '2023-11-22');
    assert.strictEqual(r.publication?.source, 'lead');
    assert.deepStrictEqual(r.meetingDates, ['2023-11-22']);
  });

  it('uses a full date in the path when the text has no dateline', () => {
    const r = findDates(`标题${BODY}`, { pathHint: '/corpus/2023-08-01_徐汇区安全生产.txt' });
    assert.strictEqual(r.publishedAt, '2023-08-01');
    assert.strictEqual(r.publication?.source, 'path');
    assert.strictEqual(dateOf(r, '8月1日下午').iso, '2023-08-01');
    const chinese = findDates(`标题${BODY}`, { pathHint: 'D:\\报道\\2023年8月1日区安全生产会议.txt' });
    assert.strictEqual(chinese.publishedAt, '2023-08-01');
  });

  it('prefers the dateline to a conflicting path', () => {
    const r = findDates(`标题\n发布时间：2023-08-02${BODY}`, { pathHint: '/x/20230715/a.html' });
    assert.strictEqual(r.publishedAt, '2023-08-02');
  });

  it('ignores dated links of a related-articles list that disagree', () => {
    const text = `标题${BODY}相关阅读\nhttps://a.example.cn/2023/0731/1.html\nhttps://a.example.cn/2023/0729/2.html\n`;
    assert.strictEqual(findDates(text).publishedAt, undefined);
  });

  it('still reads a dateline in boilerplate, but does not list that date', () => {
    const header = '来源:某某网 发布时间:2023-08-01 19:05:52';
    const text = `标题\n${header}${BODY}`;
    const start = text.indexOf(header);
    const r = findDates(text, { exclude: [{ start, end: start + header.length }] });
    assert.strictEqual(r.publishedAt, '2023-08-01T19:05:52');
    assert.ok(r.dates.every((d) => d.start >= start + header.length));
  });

  it('does not take timestamps of an excluded related-articles list', () => {
    const list = '猜你喜欢\n某街道开展健康咨询活动\n2023-07-30 18:05:59\n';
    const text = `标题${BODY}${list}`;
    const start = text.indexOf(list);
    const r = findDates(text, { exclude: [{ start, end: text.length }] });
    assert.strictEqual(r.publishedAt, undefined);
    assert.ok(r.dates.every((d) => d.end <= start));
  });

  describe('dates in URLs and paths', () => {
    const cases: [string, string][] = [
      ['https://www.example.gov.cn/xxgk/2023/0801/c123.html', '2023-08-01'],
      ['http://www.example.gov.cn/zwgk/202308/t20230801_12345.html', '2023-08-01'],
      ['https://example.cn/news?id=5&date=20230801', '2023-08-01'],
      ['https://yz.example.cn/content/2020/10/20/8531712.html', '2020-10-20'],
      ['https://www.example.cn/2023-08/01/c_1.htm', '2023-08-01'],
      ['/corpus/2023-08-01_title.txt', '2023-08-01'],
      ['C:\\corpus\\20230801\\a.txt', '2023-08-01'],
    ];
    for (const [url, iso] of cases) {
      it(url, () => {
        const d = dateInPath(url)!;
        assert.strictEqual(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, iso);
      });
    }
    it('gives a year and month when that is all there is', () => {
      assert.deepStrictEqual(dateInPath('http://x.cn/zwgk/202308/index.html'), { year: 2023, month: 8, match: '202308' });
    });
    it('finds nothing in ids, hashes and impossible dates', () => {
      for (const s of ['/corpus/004_787ed68722d496e9.txt', '/content/8531712.html', '/a/20231345/b', '/a/1234/56/78/', 'https://x.cn/a_202300123.html']) {
        assert.strictEqual(dateInPath(s), undefined, s);
      }
    });
  });
});
