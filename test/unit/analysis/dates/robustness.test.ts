import * as assert from 'assert';
import fc from 'fast-check';
import { daysInMonth } from '../../../../src/core/analysis/dates/calendar';
import { assertOffsets, findDates } from './helpers';

const ISO = /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?|-Q[1-4]|-H[12]|-W\d{2})?|--\d{2}(?:-\d{2})?)$/;
const RESOLUTIONS = new Set(['absolute', 'publication-year', 'stated-year', 'relative', 'partial', 'unresolved']);
const PIECES = [
  '年', '月', '日', '号', '至', '—', '-', '/', '.', ':', '：', '，', '。', '\n', ' ', '以来', '至今', '截至', '讯', '本报讯',
  '今年', '去年', '上月', '近日', '当天', '次日', '季度', '上半年', '年底', '前', '起', '上午', '下午', '时', '分', '星期', '（', '）',
  '发布时间:', '时间:', '来源:', 'https://x.cn/2023/0801/', '0', '1', '2', '3', '9', '12', '20', '31', '2023', '一', '二', '十', '〇', '廿',
];
const CN_DIGITS = '〇一二三四五六七八九';
const cnYear = (y: number) => [...String(y)].map((d) => CN_DIGITS[Number(d)]).join('');
const cnSmall = (n: number) => (n < 10 ? CN_DIGITS[n] : `${n >= 20 ? CN_DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? CN_DIGITS[n % 10] : ''}`);
const pad = (n: number) => String(n).padStart(2, '0');
const validDate = fc
  .record({ year: fc.integer({ min: 1950, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => d.day <= daysInMonth(d.year, d.month));

describe('dates: robustness', () => {
  it('keeps offsets exact, spans ordered and values well-formed on any mix of date-like pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const result = findDates(text);
        assertOffsets(text, result);
        let last = 0;
        for (const d of result.dates) {
          assert.ok(d.start >= last && d.end > d.start && d.end <= text.length);
          last = d.end;
          assert.ok(d.iso === '' || ISO.test(d.iso), `bad iso ${d.iso}`);
          assert.ok(d.isoEnd === undefined || ISO.test(d.isoEnd), `bad isoEnd ${d.isoEnd}`);
          assert.ok(RESOLUTIONS.has(d.resolution));
          assert.ok(d.how.length > 0);
          assert.strictEqual(d.iso === '', d.resolution === 'unresolved');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads every valid date written in Arabic digits, in Chinese numerals and in ISO form', () => {
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        for (const written of [`${year}年${month}月${day}日`, `${cnYear(year)}年${cnSmall(month)}月${cnSmall(day)}日`, iso]) {
          const result = findDates(`会议于${written}召开。`);
          assert.strictEqual(result.dates.length, 1, written);
          assert.strictEqual(result.dates[0].iso, iso, written);
          assert.strictEqual(result.dates[0].text, written);
        }
      }),
    );
  });

  it('gives a month-day the publication year, or the year before with an explanation', () => {
    fc.assert(
      fc.property(validDate, validDate, (pub, d) => {
        if (d.month === 2 && d.day === 29) return;
        const text = `发布时间：${pub.year}-${pad(pub.month)}-${pad(pub.day)}\n${d.month}月${d.day}日，区里召开会议。`;
        const mention = findDates(text).dates.find((m) => m.text === `${d.month}月${d.day}日`)!;
        const year = Number(mention.iso.slice(0, 4));
        assert.strictEqual(mention.iso.slice(4), `-${pad(d.month)}-${pad(d.day)}`);
        assert.ok(year === pub.year || year === pub.year - 1, mention.how);
        if (year !== pub.year) assert.match(mention.how, /taken as/);
      }),
    );
  });

  it('scales to a megabyte of text with the same dates in every copy', function () {
    this.timeout(120_000); // correctness only; the machine may be busy
    const block =
      '时间：2023-08-01\n8月1日下午，区政府召开安全生产工作会议，区长出席并讲话。会议指出，今年以来全区安全形势总体平稳，' +
      '但隐患依然不少。会议要求，各街道要在9月底前完成燃气管道排查，7月1日至3日开展的专项检查要形成问题清单，逐项整改到位。\n';
    const once = findDates(block).dates.length;
    const copies = Math.ceil(1_000_000 / block.length);
    const big = block.repeat(copies);
    const result = findDates(big);
    assert.strictEqual(result.dates.length, once * copies);
    assertOffsets(big, result);
  });
});
