import * as assert from 'assert';
import { buildOverview, documentsInMonth, type Overview } from '../../../src/core/corpus/overview';
import { doc } from './factory';

const JS = '江苏省';
const ZJ = '浙江省';
const SH = '上海市';

function seriesCounts(o: Overview): Record<string, number[]> {
  return Object.fromEntries(o.timeline.series.map((s) => [`${s.kind}:${s.label}`, s.counts]));
}

describe('overview timeline', () => {
  it('lists every month from the first to the last, gaps included, across a year boundary', () => {
    const o = buildOverview(
      [
        doc({ path: 'a.txt', place: [JS, '南京市'], publishedAt: '2023-11-02' }),
        doc({ path: 'b.txt', place: [JS, '南京市'], publishedAt: '2024-02-10T09:30' }),
      ],
      7,
    );
    assert.strictEqual(o.revision, 7);
    assert.deepStrictEqual(o.timeline.months, ['2023-11', '2023-12', '2024-01', '2024-02']);
    assert.deepStrictEqual(seriesCounts(o), { 'province:江苏省': [1, 0, 0, 1] });
    assert.strictEqual(o.timeline.series[0].total, 2);
  });

  it('stacks provinces per month, largest first, then the unknown locality, and the bars add up', () => {
    const entries = [
      doc({ path: 'z1.txt', place: [ZJ, '杭州市'], publishedAt: '2024-01-05' }),
      doc({ path: 'j1.txt', place: [JS], publishedAt: '2024-01-06' }),
      doc({ path: 'j2.txt', place: [JS, '苏州市'], publishedAt: '2024-03-01' }),
      doc({ path: 'j3.txt', place: [JS, '无锡市', '江阴市'], publishedAt: '2024-03-09' }),
      doc({ path: 'u1.txt', publishedAt: '2024-02-14' }),
      doc({ path: 's1.txt', place: [SH, SH, '徐汇区'], publishedAt: '2024-01-20' }),
    ];
    const o = buildOverview(entries, 1);
    assert.deepStrictEqual(o.timeline.months, ['2024-01', '2024-02', '2024-03']);
    // 江苏省 has 3; 上海市 and 浙江省 tie on 1 and go by name in pinyin order (shang < zhe).
    assert.deepStrictEqual(
      o.timeline.series.map((s) => [s.kind, s.province, s.label]),
      [
        ['province', JS, JS],
        ['province', SH, SH],
        ['province', ZJ, ZJ],
        ['unknown', null, 'unknown locality'],
      ],
    );
    assert.deepStrictEqual(seriesCounts(o), {
      'province:江苏省': [1, 0, 2],
      'province:上海市': [1, 0, 0],
      'province:浙江省': [1, 0, 0],
      'unknown:unknown locality': [0, 1, 0],
    });
    const perMonth = o.timeline.months.map((_, i) => o.timeline.series.reduce((n, s) => n + s.counts[i], 0));
    assert.deepStrictEqual(perMonth, [3, 1, 2]);
    assert.deepStrictEqual([o.documents, o.dated, o.located], [6, 6, 5]);
  });

  it('files a report by publication date, else by its first meeting date; never guesses a year', () => {
    const o = buildOverview(
      [
        doc({ path: 'partial-month.txt', place: [JS], publishedAt: '2023-07' }),
        // The dateline lacks a year but the meeting date has one: the meeting date files it.
        doc({ path: 'no-year-meeting.txt', place: [JS], publishedAt: '--10-20', meetingDates: ['2023-10-19'] }),
        doc({ path: 'no-publication.txt', place: [JS], meetingDates: ['2023-08-01', '2023-09-01'] }),
        doc({ path: 'no-year.txt', place: [JS], publishedAt: '--10-20' }),
        doc({ path: 'nothing.txt', place: [JS] }),
        doc({ path: 'year.txt', place: [JS], publishedAt: '2023' }),
        doc({ path: 'quarter.txt', place: [JS], publishedAt: '2023-Q3' }),
      ],
      1,
    );
    assert.deepStrictEqual(o.timeline.months, ['2023-07', '2023-08', '2023-09', '2023-10']);
    assert.deepStrictEqual(o.timeline.series[0].counts, [1, 1, 0, 1]);
    assert.strictEqual(o.timeline.undated, 2);
    assert.strictEqual(o.timeline.withoutMonth, 2);
    assert.strictEqual(o.dated, 5);
  });

  it('folds provinces beyond the limit into one "other" series, but never a single one', () => {
    const entries = ['甲省', '乙省', '丙省', '丁省'].flatMap((p, i) =>
      Array.from({ length: 4 - i }, (_, k) => doc({ path: `${i}-${k}.txt`, place: [p], publishedAt: `2024-0${1 + (k % 2)}-01` })),
    );
    const two = buildOverview(entries, 1, { maxProvincesInTimeline: 2 });
    assert.deepStrictEqual(
      two.timeline.series.map((s) => [s.kind, s.label, s.members, s.total]),
      [
        ['province', '甲省', [], 4],
        ['province', '乙省', [], 3],
        ['other', 'other provinces', ['丙省', '丁省'], 3],
      ],
    );
    assert.deepStrictEqual(two.timeline.series[2].counts, [2, 1]);
    const three = buildOverview(entries, 1, { maxProvincesInTimeline: 3 });
    assert.deepStrictEqual(three.timeline.series.map((s) => s.label), ['甲省', '乙省', '丙省', '丁省']);
    const none = buildOverview(entries, 1, { maxProvincesInTimeline: 0 });
    assert.deepStrictEqual(none.timeline.series.map((s) => [s.kind, s.total]), [['other', 10]]);
  });

  it('an empty corpus, or one without months, has no months and no series', () => {
    const empty = buildOverview([], 0);
    assert.deepStrictEqual(empty.timeline, { months: [], series: [], undated: 0, withoutMonth: 0 });
    assert.deepStrictEqual([empty.documents, empty.places, empty.slogans, empty.officials], [0, [], [], []]);
    const yearOnly = buildOverview([doc({ path: 'a.txt', place: [JS], publishedAt: '2020' })], 0);
    assert.deepStrictEqual(yearOnly.timeline, { months: [], series: [], undated: 0, withoutMonth: 1 });
  });

  it('a bar drills down to exactly the documents it counts, oldest first', () => {
    const entries = [
      doc({ path: 'c.txt', place: [JS, '苏州市'], publishedAt: '2024-03-20', title: '苏州' }),
      doc({ path: 'a.txt', place: [JS], publishedAt: '2024-03-02' }),
      doc({ path: 'b.txt', place: [JS], publishedAt: '2024-03-02' }),
      doc({ path: 'm.txt', place: [SH, SH, '徐汇区'], publishedAt: '2024-03' }),
      doc({ path: 'p.txt', place: ['丙省'], publishedAt: '2024-03-05' }),
      doc({ path: 'u.txt', publishedAt: '2024-03-01' }),
      doc({ path: 'other-month.txt', place: [JS], publishedAt: '2024-04-01' }),
    ];
    const o = buildOverview(entries, 1, { maxProvincesInTimeline: 1 });
    const march = o.timeline.months.indexOf('2024-03');
    for (const s of o.timeline.series) {
      const selector = s.kind === 'province' ? s.province : s.kind === 'other' ? s.members : null;
      assert.strictEqual(documentsInMonth(entries, '2024-03', selector).length, s.counts[march], s.label);
    }
    const js = documentsInMonth(entries, '2024-03', JS);
    assert.deepStrictEqual(js, [
      { path: 'a.txt', title: '标题 a.txt', date: '2024-03-02', locality: '江苏省' },
      { path: 'b.txt', title: '标题 b.txt', date: '2024-03-02', locality: '江苏省' },
      { path: 'c.txt', title: '苏州', date: '2024-03-20', locality: '江苏省 › 苏州市' },
    ]);
    // A month-only date sorts before the days of its month.
    assert.deepStrictEqual(documentsInMonth(entries, '2024-03').map((d) => d.path), ['m.txt', 'u.txt', 'a.txt', 'b.txt', 'p.txt', 'c.txt']);
    assert.deepStrictEqual(documentsInMonth(entries, '2024-03', null).map((d) => [d.path, d.locality]), [['u.txt', '']]);
    assert.deepStrictEqual(documentsInMonth(entries, '2030-01'), []);
  });
});
