import * as assert from 'assert';
import { groupByOfficial } from '../../../src/core/corpus/groupOfficials';
import type { CorpusEntry } from '../../../src/core/corpus/summary';
import { compareNames } from '../../../src/core/corpus/group';
import { buildOverview, MAX_OFFICIAL_LOCALITIES, officialDocuments } from '../../../src/core/corpus/overview';
import { doc, seeded } from './factory';

describe('overview officials', () => {
  it('sums mentions, lists localities (most documents first) and titles over time', () => {
    const entries = [
      doc({ path: 'a.txt', place: ['江苏省', '无锡市', '江阴市'], publishedAt: '2021-03-01', officials: [['许卫东', '副市长']], mentions: { 许卫东: 2 } }),
      doc({ path: 'b.txt', place: ['江苏省', '无锡市', '江阴市'], publishedAt: '2023-05-10', officials: [['许卫东', '市委副书记', '市长']], mentions: { 许卫东: 5 } }),
      doc({ path: 'c.txt', place: ['江苏省', '无锡市'], publishedAt: '2022-01-01', officials: [['许卫东', '副市长']], mentions: { 许卫东: 1 } }),
      doc({ path: 'd.txt', place: ['江苏省', '无锡市'], officials: [['许卫东', '市长', '市防指总指挥']] }),
    ];
    const [row] = buildOverview(entries, 1).officials;
    assert.deepStrictEqual(row, {
      id: 'person:许卫东@',
      name: '许卫东',
      province: '江苏省',
      split: false,
      mentions: 9,
      documents: 4,
      localities: ['江苏省 › 无锡市', '江苏省 › 无锡市 › 江阴市'],
      localityCount: 2,
      titles: [
        { title: '副市长', first: '2021-03-01', last: '2022-01-01', documents: 2 },
        { title: '市委副书记', first: '2023-05-10', last: '2023-05-10', documents: 1 },
        // An undated report still counts its titles; a title only ever seen undated comes last.
        { title: '市长', first: '2023-05-10', last: '2023-05-10', documents: 2 },
        { title: '市防指总指挥', first: null, last: null, documents: 1 },
      ],
    });
  });

  it('one name in two provinces with local titles is two people; a national title places nobody', () => {
    const entries = [
      doc({ path: 'js1.txt', place: ['江苏省', '南京市'], publishedAt: '2023-01-01', officials: [['王伟', '副市长'], ['习近平', '总书记']] }),
      doc({ path: 'js2.txt', place: ['江苏省', '南京市'], publishedAt: '2023-02-01', officials: [['王伟', '市长']] }),
      doc({ path: 'zj.txt', place: ['浙江省', '杭州市'], publishedAt: '2023-03-01', officials: [['王伟', '区委书记'], ['习近平', '总书记']] }),
      doc({ path: 'x.txt', publishedAt: '2023-04-01', officials: [['王伟', '局长']] }),
      doc({ path: 'cq.txt', place: ['重庆市', '重庆市'], publishedAt: '2023-05-01', officials: [['习近平', '总书记']] }),
    ];
    const rows = buildOverview(entries, 1).officials;
    assert.deepStrictEqual(
      rows.map((r) => [r.id, r.name, r.province, r.split, r.mentions, r.documents]),
      [
        ['person:习近平@', '习近平', null, false, 3, 3],
        ['person:王伟@江苏省', '王伟', '江苏省', true, 2, 2],
        // Unplaced mentions of a split name are their own (unplaced) person, as in the Corpus view.
        ['person:王伟@?', '王伟', null, true, 1, 1],
        ['person:王伟@浙江省', '王伟', '浙江省', true, 1, 1],
      ],
    );
    // One document each: by name in pinyin order (chóng, jiāng, zhè).
    assert.deepStrictEqual(rows[0].localities, ['重庆市', '江苏省 › 南京市', '浙江省 › 杭州市']);
    assert.deepStrictEqual(officialDocuments(entries, rows[1]).map((d) => d.path), ['js1.txt', 'js2.txt']);
    assert.deepStrictEqual(officialDocuments(entries, rows[2]).map((d) => d.path), ['x.txt']);
    assert.deepStrictEqual(officialDocuments(entries, rows[3]).map((d) => d.path), ['zj.txt']);
    assert.deepStrictEqual(officialDocuments(entries, '王伟').map((d) => d.path), ['js1.txt', 'js2.txt', 'zj.txt', 'x.txt']);
    assert.deepStrictEqual(officialDocuments(entries, rows[0]).map((d) => d.date), ['2023-01-01', '2023-03-01', '2023-05-01']);
    assert.deepStrictEqual(officialDocuments(entries, '无名氏'), []);
  });

  it('ties go by documents, then name in pinyin order', () => {
    const entries = [
      doc({ path: '1.txt', place: ['甲省'], officials: [['赵一'], ['安二'], ['钱三']], mentions: { 赵一: 2, 安二: 2, 钱三: 1 } }),
      doc({ path: '2.txt', place: ['甲省'], officials: [['钱三']] }),
    ];
    assert.deepStrictEqual(buildOverview(entries, 1).officials.map((r) => r.name), ['钱三', '安二', '赵一']);
    assert.deepStrictEqual(buildOverview(entries, 1, { topOfficials: 2 }).officials.map((r) => r.name), ['钱三', '安二']);
  });

  it(`lists at most ${MAX_OFFICIAL_LOCALITIES} localities and says how many there are`, () => {
    const entries = Array.from({ length: 25 }, (_, i) =>
      doc({ path: `${i}.txt`, place: ['甲省', `第${String(i).padStart(2, '0')}市`], officials: [['李强', '总理']], mentions: { 李强: 1 } }),
    );
    const [row] = buildOverview(entries, 1).officials;
    assert.strictEqual(row.localities.length, MAX_OFFICIAL_LOCALITIES);
    assert.strictEqual(row.localityCount, 25);
  });

  it('agrees with the Corpus view’s officials tree and with a brute-force ranking on a generated corpus', () => {
    const rnd = seeded(2024);
    const names = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵军', '黄勇', '周杰', '吴涛', '徐明', '孙超'];
    const provinces = ['江苏省', '浙江省', '安徽省', '四川省'];
    const titles = ['市长', '副县长', '区委书记', '总书记', '局长', '主任'];
    // The last four names never get a local title, so they are never split.
    const titleFor = (name: string) => (names.indexOf(name) >= 8 ? ['总书记', '主任'][rnd(2)] : titles[rnd(titles.length)]);
    const entries: CorpusEntry[] = [];
    for (let i = 0; i < 400; i++) {
      const picked = [...new Set(Array.from({ length: 1 + rnd(4) }, () => names[rnd(names.length)]))];
      const mentions: Record<string, number> = {};
      for (const n of picked) mentions[n] = 1 + rnd(5);
      entries.push(
        doc({
          path: `d${String(i).padStart(3, '0')}.txt`,
          place: rnd(6) ? [provinces[rnd(provinces.length)], '某市'] : undefined,
          publishedAt: rnd(5) ? `20${10 + rnd(10)}-0${1 + rnd(9)}-1${rnd(10)}` : undefined,
          officials: picked.map((n) => [n, titleFor(n)]),
          mentions,
        }),
      );
    }
    const mentionsOf = (name: string, docs: readonly CorpusEntry[]) => docs.reduce((n, e) => n + e.officials.find((o) => o.name === name)!.mentions, 0);
    const expected = groupByOfficial(entries)
      .map((p) => ({ id: p.id, mentions: mentionsOf(p.name, p.documents()), documents: p.count, name: p.name, province: p.province }))
      .sort((a, b) => b.mentions - a.mentions || b.documents - a.documents || compareNames(a.name, b.name) || compareNames(a.province ?? '', b.province ?? ''));
    assert.ok(expected.some((p) => p.id.endsWith('@?')) && expected.some((p) => p.id.endsWith('@')), 'the corpus has split and unsplit names');
    for (const top of [1, 5, 17, 1000]) {
      const rows = buildOverview(entries, 1, { topOfficials: top }).officials;
      assert.deepStrictEqual(
        rows.map((r) => ({ id: r.id, mentions: r.mentions, documents: r.documents, name: r.name, province: r.province })),
        expected.slice(0, top),
        `top ${top}`,
      );
      for (const r of rows) assert.strictEqual(officialDocuments(entries, r).length, r.documents, r.id);
    }
  });
});
