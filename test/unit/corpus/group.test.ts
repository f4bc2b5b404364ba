import * as assert from 'assert';
import { dateInterval, documentDate } from '../../../src/core/corpus/documentDate';
import { compileQuery, filterEntries } from '../../../src/core/corpus/filter';
import type { CorpusGroup } from '../../../src/core/corpus/group';
import { groupByDate } from '../../../src/core/corpus/groupDate';
import { groupByLocality, localityPath } from '../../../src/core/corpus/groupLocality';
import { groupByOfficial } from '../../../src/core/corpus/groupOfficials';
import { entry } from './entries';

/** The tree as nested labels with counts and document paths, for whole-shape assertions. */
function shape(groups: readonly CorpusGroup[]): unknown[] {
  return groups.map((g) => {
    const docs = g.documents().map((d) => d.path);
    const sub = shape(g.groups());
    return [`${g.label} (${g.count})`, ...(sub.length ? [sub] : []), ...(docs.length ? [docs] : [])];
  });
}

const corpus = [
  entry({ path: 'sh/xuhui.txt', place: ['上海市', '上海市', '徐汇区'], publishedAt: '2023-08-01T19:05:52' }),
  entry({ path: 'sh/qingpu.txt', place: ['上海市', '上海市', '青浦区'], meetingDates: ['--01-27'] }),
  entry({ path: 'sh/city.txt', place: ['上海市', '上海市'], publishedAt: '2024-02-01' }),
  entry({ path: 'sx/yuncheng.txt', place: ['山西省', '运城市'], publishedAt: '2019-11-23' }),
  entry({ path: 'hn/lengshuitan.txt', place: ['湖南省', '永州市', '冷水滩区'], publishedAt: '2020-10-20' }),
  entry({ path: 'hn/lingling.txt', place: ['湖南省', '永州市', '零陵区'], publishedAt: '2020-10-02' }),
  entry({ path: 'hn/lengshuitan-2.txt', place: ['湖南省', '永州市', '冷水滩区'], publishedAt: '2021-03-05' }),
  entry({ path: 'hn/province.txt', place: ['湖南省'], meetingDates: ['2020-Q4'] }),
  entry({ path: 'hn/jiyuan-like.txt', place: ['河南省', null!, '济源市'], publishedAt: '2022' }),
  entry({ path: 'misc/unknown.txt' }),
];

describe('corpus grouping', () => {
  describe('by locality', () => {
    it('province → city → county, municipalities collapsed, unknown last, counts on every group', () => {
      assert.deepStrictEqual(shape(groupByLocality(corpus)), [
        ['河南省 (1)', [['济源市 (1)', ['hn/jiyuan-like.txt']]]],
        [
          '湖南省 (4)',
          [['永州市 (3)', [['冷水滩区 (2)', ['hn/lengshuitan-2.txt', 'hn/lengshuitan.txt']], ['零陵区 (1)', ['hn/lingling.txt']]]]],
          ['hn/province.txt'],
        ],
        ['山西省 (1)', [['运城市 (1)', ['sx/yuncheng.txt']]]],
        ['上海市 (3)', [['青浦区 (1)', ['sh/qingpu.txt']], ['徐汇区 (1)', ['sh/xuhui.txt']]], ['sh/city.txt']],
        ['unknown locality (1)', ['misc/unknown.txt']],
      ]);
    });

    it('kinds and stable ids; localityPath gives the ids a document sits under', () => {
      const [henan, hunan, , shanghai, unknown] = groupByLocality(corpus);
      assert.strictEqual(henan.kind, 'province');
      assert.strictEqual(shanghai.groups()[1].kind, 'county');
      assert.strictEqual(shanghai.groups()[1].id, 'loc:上海市/徐汇区');
      assert.strictEqual(hunan.groups()[0].kind, 'city');
      assert.strictEqual(hunan.groups()[0].groups()[0].id, 'loc:湖南省/永州市/冷水滩区');
      assert.strictEqual(unknown.kind, 'unknown-locality');
      assert.deepStrictEqual(localityPath(corpus[0]), ['loc:上海市', 'loc:上海市/徐汇区']);
      assert.deepStrictEqual(localityPath(corpus[4]), ['loc:湖南省', 'loc:湖南省/永州市', 'loc:湖南省/永州市/冷水滩区']);
      assert.deepStrictEqual(localityPath(corpus[9]), ['loc:?']);
    });

    it('order by count on request', () => {
      assert.deepStrictEqual(
        groupByLocality(corpus, { order: 'count' }).map((g) => g.label),
        ['湖南省', '上海市', '河南省', '山西省', 'unknown locality'],
      );
    });

    it('an empty corpus has no groups, not an empty unknown group', () => {
      assert.deepStrictEqual(groupByLocality([]), []);
    });

    it('sub-groups are computed once and on demand', () => {
      const [, hunan] = groupByLocality(corpus);
      assert.strictEqual(hunan.groups(), hunan.groups());
      assert.strictEqual(hunan.documents(), hunan.documents());
    });
  });

  describe('by date', () => {
    it('year → month, newest first; year-only and quarter dates in the year; undated last', () => {
      assert.deepStrictEqual(shape(groupByDate(corpus)), [
        ['2024 (1)', [['2024-02 (1)', ['sh/city.txt']]]],
        ['2023 (1)', [['2023-08 (1)', ['sh/xuhui.txt']]]],
        ['2022 (1)', ['hn/jiyuan-like.txt']],
        ['2021 (1)', [['2021-03 (1)', ['hn/lengshuitan-2.txt']]]],
        ['2020 (3)', [['2020-10 (2)', ['hn/lengshuitan.txt', 'hn/lingling.txt']]], ['hn/province.txt']],
        ['2019 (1)', [['2019-11 (1)', ['sx/yuncheng.txt']]]],
        ['undated (2)', ['misc/unknown.txt', 'sh/qingpu.txt']],
      ]);
      const groups = groupByDate(corpus);
      assert.strictEqual(groups[0].id, 'date:2024');
      assert.strictEqual(groups[0].groups()[0].id, 'date:2024-02');
      assert.strictEqual(groups[0].groups()[0].kind, 'month');
      assert.strictEqual(groups[groups.length - 1].kind, 'undated');
    });

    it('documentDate: publication first, then a meeting date with a year; never a yearless one', () => {
      assert.strictEqual(documentDate({ publishedAt: '2023-08-01T19:05:52', meetingDates: ['2023-07-31'] }), '2023-08-01');
      assert.strictEqual(documentDate({ publishedAt: '--01-27', meetingDates: ['--01-27', '2023-01-27'] }), '2023-01-27');
      assert.strictEqual(documentDate({ publishedAt: null, meetingDates: ['--01-27'] }), null);
      assert.strictEqual(documentDate({ publishedAt: '2023-Q2', meetingDates: [] }), '2023-Q2');
    });

    it('dateInterval covers years, months, quarters and leap days', () => {
      assert.deepStrictEqual(dateInterval('2024'), ['2024-01-01', '2024-12-31']);
      assert.deepStrictEqual(dateInterval('2024-02'), ['2024-02-01', '2024-02-29']);
      assert.deepStrictEqual(dateInterval('2023-02'), ['2023-02-01', '2023-02-28']);
      assert.deepStrictEqual(dateInterval('2023-Q4'), ['2023-10-01', '2023-12-31']);
      assert.deepStrictEqual(dateInterval('2023-04-30'), ['2023-04-30', '2023-04-30']);
      assert.strictEqual(dateInterval('2023-02-30'), undefined);
      assert.strictEqual(dateInterval('2023-13'), undefined);
      assert.strictEqual(dateInterval('yesterday'), undefined);
    });
  });

  describe('by official', () => {
    const reports = [
      entry({ path: 'a.txt', place: ['江苏省', '无锡市', '江阴市'], publishedAt: '2023-05-10', officials: [['王建国', '副市长'], ['习近平', '总书记']] }),
      entry({ path: 'b.txt', place: ['江苏省', '无锡市', '江阴市'], publishedAt: '2022-01-04', officials: [['王建国', '市委常委', '常务副市长']] }),
      entry({ path: 'c.txt', place: ['四川省', '巴中市'], publishedAt: '2021-06-01', officials: [['王建国', '县委书记'], ['习近平', '总书记']] }),
      entry({ path: 'd.txt', publishedAt: '2020-01-01', officials: [['王建国', '局长']] }),
      entry({ path: 'e.txt', place: ['四川省', '巴中市'], officials: [['王建国', '县长'], ['李红', '副县长']] }),
      entry({ path: 'f.txt', place: ['四川省', '巴中市'], publishedAt: '2019-03-02', officials: [['李红', '副县长']] }),
      entry({ path: 'g.txt', place: ['湖南省', '永州市'], publishedAt: '2024-03-02', officials: [['习近平', '总书记']] }),
    ];

    it('one name in two provinces with local titles is two people; unplaced mentions stand apart', () => {
      const wang = groupByOfficial(reports).filter((p) => p.name === '王建国');
      assert.deepStrictEqual(
        wang.map((p) => [p.province, p.description, p.count, p.trail().map((s) => s.entry.path)]),
        [
          ['江苏省', '江苏省', 2, ['b.txt', 'a.txt']],
          ['四川省', '四川省', 2, ['c.txt', 'e.txt']],
          [null, undefined, 1, ['d.txt']],
        ],
      );
      assert.notStrictEqual(wang[0].id, wang[1].id);
    });

    it('a national title in many provinces is one person', () => {
      const xi = groupByOfficial(reports).filter((p) => p.name === '习近平');
      assert.strictEqual(xi.length, 1);
      assert.strictEqual(xi[0].province, null);
      assert.strictEqual(xi[0].description, undefined);
      assert.deepStrictEqual(
        xi[0].trail().map((s) => [s.entry.path, s.date]),
        [
          ['c.txt', '2021-06-01'],
          ['a.txt', '2023-05-10'],
          ['g.txt', '2024-03-02'],
        ],
      );
    });

    it('a trail: titles held in each document, oldest first, undated last; titles by frequency', () => {
      const li = groupByOfficial(reports).find((p) => p.name === '李红')!;
      assert.strictEqual(li.province, '四川省');
      assert.strictEqual(li.description, undefined, 'not split: no description needed');
      assert.deepStrictEqual(
        li.trail().map((s) => [s.entry.path, s.date, s.titles]),
        [
          ['f.txt', '2019-03-02', ['副县长']],
          ['e.txt', null, ['副县长']],
        ],
      );
      const jiangsu = groupByOfficial(reports).find((p) => p.name === '王建国' && p.province === '江苏省')!;
      assert.deepStrictEqual(jiangsu.titles, ['副市长', '市委常委', '常务副市长']);
      assert.deepStrictEqual(
        jiangsu.documents().map((d) => d.path),
        ['b.txt', 'a.txt'],
      );
    });

    it('persons by number of documents, or by name', () => {
      assert.deepStrictEqual(
        groupByOfficial(reports).map((p) => `${p.name}${p.description ? '@' + p.description : ''}:${p.count}`),
        ['习近平:3', '李红:2', '王建国@江苏省:2', '王建国@四川省:2', '王建国:1'],
      );
      assert.deepStrictEqual(
        groupByOfficial(reports, { order: 'name' }).map((p) => p.name),
        ['李红', '王建国', '王建国', '王建国', '习近平'],
      );
    });
  });

  describe('filter', () => {
    it('words in title, officials, place or path; all must match; either script', () => {
      const docs = [
        entry({ path: 'a.txt', title: '鼓楼区召开燃气安全推进会', place: ['江苏省', '南京市', '鼓楼区'], officials: [['钱亦涛', '区长']] }),
        entry({ path: 'b.txt', title: '防汛工作会议', place: ['江西省', '九江市', '都昌县'], officials: [['欧阳振华', '县委书记']] }),
      ];
      const paths = (text: string) => filterEntries(docs, { text }).map((e) => e.path);
      assert.deepStrictEqual(paths('燃气'), ['a.txt']);
      assert.deepStrictEqual(paths('燃氣'), ['a.txt'], 'Traditional query');
      assert.deepStrictEqual(paths('歐陽振華'), ['b.txt']);
      assert.deepStrictEqual(paths('县委书记'), ['b.txt']);
      assert.deepStrictEqual(paths('九江市 防汛'), ['b.txt']);
      assert.deepStrictEqual(paths('九江市 燃气'), []);
      assert.deepStrictEqual(paths('B.TXT'), ['b.txt']);
      assert.deepStrictEqual(paths('  '), ['a.txt', 'b.txt']);
    });

    it('date range: inclusive, by overlap with the document date; undated documents are left out', () => {
      const paths = (from?: string, to?: string) => filterEntries(corpus, { from, to }).map((e) => e.path);
      assert.deepStrictEqual(paths('2020-10', '2020-10'), ['hn/lengshuitan.txt', 'hn/lingling.txt', 'hn/province.txt']);
      assert.deepStrictEqual(paths('2023'), ['sh/xuhui.txt', 'sh/city.txt']);
      assert.deepStrictEqual(paths(undefined, '2019-12-31'), ['sx/yuncheng.txt']);
      assert.deepStrictEqual(paths('2022-06-01', '2022-06-30'), ['hn/jiyuan-like.txt'], 'a year-only date overlaps');
    });

    it('malformed or empty ranges are errors with one-line messages', () => {
      assert.throws(() => compileQuery({ from: '2023/01' }), /the from date "2023\/01" is not YYYY, YYYY-MM or YYYY-MM-DD/);
      assert.throws(() => compileQuery({ from: '2024', to: '2023' }), /the date range is empty/);
    });
  });
});
