import * as assert from 'assert';
import { buildOverview, documentsInPlace, type PlaceNode } from '../../../src/core/corpus/overview';
import { doc } from './factory';

type Shape = [string, string, string | undefined, number, Shape[]];

function shape(nodes: PlaceNode[]): Shape[] {
  return nodes.map((n) => [n.name, n.level, n.code, n.documents, shape(n.children)]);
}

const entries = [
  doc({ path: 'xh1.txt', place: ['上海市', '上海市', '徐汇区'], publishedAt: '2024-01-01' }),
  doc({ path: 'xh2.txt', place: ['上海市', '上海市', '徐汇区'], publishedAt: '2024-02-01' }),
  doc({ path: 'sh.txt', place: ['上海市', '上海市'], publishedAt: '2024-03-01' }),
  doc({ path: 'nj.txt', place: ['江苏省', '南京市', '鼓楼区'], publishedAt: '2023-05-16' }),
  doc({ path: 'fz.txt', place: ['福建省', '福州市', '鼓楼区'], publishedAt: '2023-05-17' }),
  doc({ path: 'wx.txt', place: ['江苏省', '无锡市', '江阴市'] }),
  doc({ path: 'wx2.txt', place: ['江苏省', '无锡市'] }),
  doc({ path: 'js.txt', place: ['江苏省'] }),
  // A county-level city run by its province directly: no city level.
  doc({ path: 'jy.txt', place: ['河南省', null as unknown as undefined, '济源市'] }),
  doc({ path: 'made-up.txt', place: ['桃源省', '武陵市'] }),
  doc({ path: 'nowhere.txt' }),
];

describe('overview places', () => {
  it('counts province → city → county like the locality tree, with gazetteer codes', () => {
    const o = buildOverview(entries, 1);
    assert.deepStrictEqual(shape(o.places), [
      [
        '江苏省',
        'province',
        '320000',
        4,
        [
          ['无锡市', 'city', '320200', 2, [['江阴市', 'county', '320281', 1, []]]],
          ['南京市', 'city', '320100', 1, [['鼓楼区', 'county', '320106', 1, []]]],
        ],
      ],
      // A municipality has no separate city level: its districts hang from it.
      ['上海市', 'province', '310000', 3, [['徐汇区', 'county', '310104', 2, []]]],
      ['福建省', 'province', '350000', 1, [['福州市', 'city', '350100', 1, [['鼓楼区', 'county', '350102', 1, []]]]]],
      ['河南省', 'province', '410000', 1, [['济源市', 'county', '419001', 1, []]]],
      // Not in the gazetteer: counted, without a code.
      ['桃源省', 'province', undefined, 1, [['武陵市', 'city', undefined, 1, []]]],
    ]);
    assert.deepStrictEqual([o.documents, o.located], [11, 10]);
    assert.ok(!('code' in o.places[4]), 'no code key rather than code: undefined (JSON)');
  });

  it('a place drills down to the documents it counts, however the place is spelled', () => {
    const o = buildOverview(entries, 1);
    const walk = (nodes: PlaceNode[], above: string[]) => {
      for (const n of nodes) {
        const names = [...above, n.name];
        assert.strictEqual(documentsInPlace(entries, names).length, n.documents, names.join(' › '));
        walk(n.children, names);
      }
    };
    walk(o.places, []);
    const xuhui = ['xh1.txt', 'xh2.txt'];
    assert.deepStrictEqual(documentsInPlace(entries, { province: '上海市', city: '上海市', county: '徐汇区' }).map((d) => d.path), xuhui);
    assert.deepStrictEqual(documentsInPlace(entries, { province: '上海市', city: '徐汇区' }).map((d) => d.path), xuhui);
    assert.deepStrictEqual(documentsInPlace(entries, ['上海市', '徐汇区']).map((d) => [d.path, d.locality]), [
      ['xh1.txt', '上海市 › 徐汇区'],
      ['xh2.txt', '上海市 › 徐汇区'],
    ]);
    assert.deepStrictEqual(documentsInPlace(entries, { province: '上海市' }).map((d) => d.path), ['xh1.txt', 'xh2.txt', 'sh.txt']);
    // The province's own documents and those below it; undated last, then by path.
    assert.deepStrictEqual(documentsInPlace(entries, { province: '江苏省' }).map((d) => d.path), ['nj.txt', 'js.txt', 'wx.txt', 'wx2.txt']);
    assert.deepStrictEqual(documentsInPlace(entries, { province: '河南省', county: '济源市' }).map((d) => d.path), ['jy.txt']);
    assert.deepStrictEqual(documentsInPlace(entries, { province: null }).map((d) => [d.path, d.locality]), [['nowhere.txt', '']]);
    assert.deepStrictEqual(documentsInPlace(entries, []).map((d) => d.path), ['nowhere.txt']);
    assert.deepStrictEqual(documentsInPlace(entries, { province: '江苏省', city: '苏州市' }), []);
  });

  it('same-named places in different provinces stay apart (鼓楼区 of 南京市 and of 福州市)', () => {
    assert.deepStrictEqual(documentsInPlace(entries, ['福建省', '福州市', '鼓楼区']).map((d) => d.path), ['fz.txt']);
  });
});
