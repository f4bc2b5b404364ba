import * as assert from 'assert';
import { buildOverview, sloganSpread } from '../../../src/core/corpus/overview';
import { doc } from './factory';

const DZ = '党政同责一岗双责';
const SG = '三管三必须';

const entries = [
  doc({ path: 'wx-2.txt', place: ['江苏省', '无锡市', '江阴市'], publishedAt: '2023-05-10', slogans: [DZ, SG] }),
  doc({ path: 'wx-1.txt', place: ['江苏省', '无锡市', '江阴市'], publishedAt: '2023-04-01', slogans: [DZ] }),
  doc({ path: 'nj.txt', place: ['江苏省', '南京市'], publishedAt: '2023-06-01', slogans: [DZ] }),
  doc({ path: 'js.txt', place: ['江苏省'], publishedAt: '2023-Q1', slogans: [DZ] }),
  doc({ path: 'sh.txt', place: ['上海市', '上海市', '闵行区'], meetingDates: ['2024-01-20'], slogans: [DZ, SG] }),
  doc({ path: 'sh-undated.txt', place: ['上海市', '上海市', '闵行区'], slogans: [DZ] }),
  doc({ path: 'cq-undated.txt', place: ['重庆市', '重庆市', '渝北区'], slogans: [DZ] }),
  doc({ path: 'nowhere.txt', publishedAt: '2022-12-01', slogans: [DZ, SG] }),
  doc({ path: 'zj.txt', place: ['浙江省', '杭州市'], publishedAt: '2024-02-01', slogans: [SG] }),
  doc({ path: 'zj2.txt', place: ['浙江省', '宁波市'], publishedAt: '2024-02-02', slogans: [SG] }),
  doc({ path: 'solo.txt', place: ['浙江省', '宁波市'], publishedAt: '2021-01-01', slogans: ['飞线充电'] }),
];

describe('overview slogans', () => {
  it('counts documents, distinct localities and provinces, first and last seen', () => {
    const o = buildOverview(entries, 1);
    assert.deepStrictEqual(o.slogans, [
      // 江阴市, 南京市, 江苏省 (province level), 闵行区, 渝北区; the unknown locality is not a locality.
      { key: DZ, text: DZ, documents: 8, localities: 5, provinces: 3, firstSeen: '2022-12-01', lastSeen: '2024-01-20' },
      { key: SG, text: SG, documents: 5, localities: 4, provinces: 3, firstSeen: '2022-12-01', lastSeen: '2024-02-02' },
      { key: '飞线充电', text: '飞线充电', documents: 1, localities: 1, provinces: 1, firstSeen: '2021-01-01', lastSeen: '2021-01-01' },
    ]);
  });

  it('ranks by localities, then documents, then the key in pinyin order, and cuts at the top N', () => {
    const tied = [
      doc({ path: '1.txt', place: ['甲省'], slogans: ['安全第一', '预防为主', '综合治理'] }),
      doc({ path: '2.txt', place: ['乙省'], slogans: ['预防为主', '综合治理', '安全第一'] }),
      doc({ path: '3.txt', place: ['乙省'], slogans: ['综合治理'] }),
      doc({ path: '4.txt', place: ['丙省'], slogans: ['双下降'] }),
    ];
    const o = buildOverview(tied, 1);
    // 综合治理: 2 localities, 3 documents; 安全第一 (an) and 预防为主 (yu): 2 and 2; 双下降: 1.
    assert.deepStrictEqual(o.slogans.map((s) => s.key), ['综合治理', '安全第一', '预防为主', '双下降']);
    assert.deepStrictEqual(buildOverview(tied, 1, { topSlogans: 2 }).slogans.map((s) => s.key), ['综合治理', '安全第一']);
    assert.deepStrictEqual(buildOverview(tied, 1, { topSlogans: 0 }).slogans, []);
  });

  it('a quarter sorts as its first month for first/last seen', () => {
    const o = buildOverview(
      [
        doc({ path: 'q.txt', place: ['甲省'], publishedAt: '2023-Q2', slogans: ['k'] }),
        doc({ path: 'dec.txt', place: ['甲省'], publishedAt: '2023-12-01', slogans: ['k'] }),
        doc({ path: 'mar.txt', place: ['甲省'], publishedAt: '2023-03-31', slogans: ['k'] }),
      ],
      1,
    );
    assert.deepStrictEqual([o.slogans[0].firstSeen, o.slogans[0].lastSeen], ['2023-03-31', '2023-12-01']);
  });

  it('spread: the first appearance in each locality by date, every document, the undated counted', () => {
    const s = sloganSpread(entries, DZ);
    assert.strictEqual(s.key, DZ);
    assert.deepStrictEqual(s.documents.map((d) => d.path), ['nowhere.txt', 'js.txt', 'wx-1.txt', 'wx-2.txt', 'nj.txt', 'sh.txt', 'cq-undated.txt', 'sh-undated.txt']);
    assert.deepStrictEqual(s.firsts, [
      { locality: '', province: null, date: '2022-12-01', path: 'nowhere.txt' },
      { locality: '江苏省', province: '江苏省', date: '2023-Q1', path: 'js.txt' },
      { locality: '江苏省 › 无锡市 › 江阴市', province: '江苏省', date: '2023-04-01', path: 'wx-1.txt' },
      { locality: '江苏省 › 南京市', province: '江苏省', date: '2023-06-01', path: 'nj.txt' },
      { locality: '上海市 › 闵行区', province: '上海市', date: '2024-01-20', path: 'sh.txt' },
      // Known only from an undated report: last.
      { locality: '重庆市 › 渝北区', province: '重庆市', date: null, path: 'cq-undated.txt' },
    ]);
    assert.strictEqual(s.undatedDocuments, 2);
  });

  it('spread takes the slogan as written: punctuation, quotes and Traditional characters normalise to the key', () => {
    for (const written of ['党政同责、一岗双责', '“党政同责，一岗双责”', '黨政同責 一崗雙責']) {
      const s = sloganSpread(entries, written);
      assert.strictEqual(s.key, DZ, written);
      assert.strictEqual(s.documents.length, 8, written);
    }
    const none = sloganSpread(entries, '从未出现');
    assert.deepStrictEqual(none, { key: '从未出现', text: '从未出现', documents: [], firsts: [], undatedDocuments: 0 });
    assert.deepStrictEqual(sloganSpread(entries, '，，').documents, []);
  });

  it('shows each slogan as written in its earliest dated document, punctuation kept', () => {
    const written = [
      doc({ path: 'late.txt', place: ['甲省'], publishedAt: '2024-05-01', slogans: [DZ], sloganTexts: ['党政同责，一岗双责'] }),
      doc({ path: 'undated.txt', place: ['乙省'], slogans: [DZ], sloganTexts: ['党政同责 一岗双责'] }),
      doc({ path: 'early.txt', place: ['丙省'], publishedAt: '2023-02-01', slogans: [SG, DZ], sloganTexts: ['三管三必须', '党政同责、一岗双责'] }),
    ];
    const o = buildOverview(written, 1);
    assert.deepStrictEqual(o.slogans.map((r) => [r.key, r.text]), [
      [DZ, '党政同责、一岗双责'],
      [SG, '三管三必须'],
    ]);
    assert.strictEqual(sloganSpread(written, DZ).text, '党政同责、一岗双责');
    // Summaries from before written forms were kept show the key.
    const old = doc({ path: 'old.txt', slogans: [DZ] });
    delete (old as { sloganTexts?: string[] }).sloganTexts;
    assert.strictEqual(sloganSpread([old], DZ).text, DZ);
  });
});
