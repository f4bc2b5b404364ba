import * as assert from 'assert';
import { findPlaces, scanPlaces, type PlaceMention, type RejectReason } from '../../../../src/core/analysis/locality';
import { Gazetteer } from '../../../../src/core/gazetteer';
import { ensureGazetteer } from '../../gazetteer/ensureGazetteer';

/** Where `needle` stands in `text` (the n-th occurrence). */
function at(text: string, needle: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

function placeAt(places: PlaceMention[], text: string, needle: string, nth = 0): PlaceMention | undefined {
  const { start, end } = at(text, needle, nth);
  return places.find((p) => p.start === start && p.end === end);
}

/** Asserts that `needle` is not taken as a place, and (when given) why. */
function rejected(text: string, needle: string, reason?: RejectReason, opts: Parameters<typeof scanPlaces>[1] = {}): void {
  const scan = scanPlaces(text, opts);
  const { start, end } = at(text, needle);
  const hit = scan.places.find((p) => p.start < end && start < p.end);
  assert.strictEqual(hit, undefined, `${needle} taken as ${hit?.surface} in ${text}`);
  if (reason) {
    const r = scan.rejected.find((x) => x.start >= start && x.end <= end);
    assert.strictEqual(r?.reason, reason, `${needle}: ${JSON.stringify(scan.rejected.map((x) => [x.surface, x.reason]))}`);
  }
}

describe('locality: findPlaces', () => {
  before(ensureGazetteer);

  it('finds full names with their division, level and exact offsets', () => {
    const text = '近日，四川省巴中市南江县召开防汛工作会议。';
    const places = findPlaces(text);
    assert.deepStrictEqual(
      places.map((p) => [text.slice(p.start, p.end), p.name, p.level, p.via]),
      [
        ['四川省', '四川省', 'province', 'full'],
        ['巴中市', '巴中市', 'city', 'full'],
        ['南江县', '南江县', 'county', 'full'],
      ],
    );
    assert.strictEqual(places[2].code, Gazetteer.load().lookup('南江县')[0].code);
  });

  it('gives the current division for a former name', () => {
    const text = '莱芜市应急管理局和吴江市安监局联合检查，沙县也派员参加。';
    const places = findPlaces(text);
    assert.deepStrictEqual(
      places.map((p) => [text.slice(p.start, p.end), p.name, p.via]),
      [
        ['莱芜市', '莱芜区', 'former'],
        ['吴江市', '吴江区', 'former'],
        ['沙县', '沙县区', 'former'],
      ],
    );
  });

  it('counts a short name with a place-like context', () => {
    const venue = '副市长在运城会场参加会议。';
    assert.strictEqual(placeAt(findPlaces(venue), venue, '运城')?.name, '运城市');
    const paper = '据运城日报报道，全市开展大检查。';
    assert.strictEqual(placeAt(findPlaces(paper), paper, '运城')?.via, 'short');
    const dateline = '东方网讯 红网时刻永州10月20日讯(通讯员 李明)';
    assert.strictEqual(placeAt(findPlaces(dateline), dateline, '永州')?.name, '永州市');
    const zone = '各县(市、区)、运城经济技术开发区在分会场参加。';
    assert.strictEqual(placeAt(findPlaces(zone), zone, '运城')?.name, '运城市');
    const source = '来源:巴中日报 时间:2023-07-12';
    assert.strictEqual(placeAt(findPlaces(source, { exclude: [{ start: 0, end: source.length }] }), source, '巴中')?.name, '巴中市');
  });

  it('counts adjacent parent and child short names together', () => {
    const text = '永州冷水滩：推进安全生产专项整治';
    const places = findPlaces(text);
    assert.strictEqual(placeAt(places, text, '永州')?.name, '永州市');
    assert.strictEqual(placeAt(places, text, '冷水滩')?.name, '冷水滩区');
    const shanghai = '转载请注明来自上海徐汇官方账号';
    assert.strictEqual(placeAt(findPlaces(shanghai), shanghai, '徐汇')?.name, '徐汇区');
  });

  it('counts short names listed with a sibling or near their parent', () => {
    const list = '会议要求南江、通江两县加快排查进度。';
    const places = findPlaces(list);
    assert.strictEqual(placeAt(places, list, '南江')?.name, '南江县');
    assert.strictEqual(placeAt(places, list, '通江')?.name, '通江县');
    const near = '巴中市召开会议，平昌作了交流发言。';
    assert.strictEqual(placeAt(findPlaces(near), near, '平昌')?.name, '平昌县');
  });

  it('counts a province-level short name in running text', () => {
    const text = '要及时贯彻国家、上海关于安全生产的最新部署。';
    assert.strictEqual(placeAt(findPlaces(text), text, '上海')?.level, 'province');
  });

  it('rejects a city name used as an event modifier', () => {
    rejected('成都大运会开幕在即，全市要做好安保工作。', '成都', 'event');
    rejected('全力保障杭州亚运会期间燃气安全。', '杭州', 'event');
    rejected('全市各级要为上海进博会营造安全环境。', '上海', 'event');
  });

  it('rejects organisations named after a place', () => {
    rejected('由东方出版社、某艺术研究中心共同主办的分享会。', '东方', 'organisation');
    rejected('活动由运城学院承办。', '运城', 'organisation');
    rejected('据新华社报道，多地开展演练。', '新华', 'organisation');
    rejected('光明日报记者随队采访。', '光明', 'organisation');
    rejected('解放日报刊发评论文章。', '解放', 'organisation');
  });

  it('rejects places inside personal names', () => {
    rejected('区委常委、常务副区长王宏伟部署分管领域工作。', '宏伟', 'person');
    rejected('会议由王宏伟主持。', '宏伟', 'person');
    rejected('江华同志强调，要压实责任。', '江华', undefined, { names: ['江华'] });
    rejected('副市长高平安出席会议。', '平安', 'person');
    // Without such context the same characters still need place context to count.
    rejected('宏伟的目标需要扎实的行动。', '宏伟', 'no-context');
    // A real place stays a place when the official's name elsewhere is given.
    const text = '宏伟区召开会议，王宏伟出席。';
    const places = findPlaces(text, { names: ['王宏伟'] });
    assert.deepStrictEqual(places.map((p) => text.slice(p.start, p.end)), ['宏伟区']);
  });

  it('rejects roads, streets and stations named after places', () => {
    rejected('南京路步行街客流明显增加。', '南京', 'road');
    rejected('沿北京东路开展消防检查。', '北京', 'road');
    rejected('长安街沿线单位参加演练。', '长安', 'road');
    rejected('本文为永州站原创文章。', '永州', 'road');
    rejected('沿着冷水滩大道巡查。', '冷水滩', 'road');
  });

  it('rejects short and generic names without context', () => {
    for (const [text, needle] of [
      ['持续夯实城区安全底线。', '城区'],
      ['推动乡村振兴取得新成效。', '振兴'],
      ['守护一方平安。', '平安'],
      ['要推进科技兴安，提高本质安全水平。', '兴安'],
      ['进一步解放思想。', '解放'],
      ['做人要方正。', '方正'],
      ['太阳从东方升起。', '东方'],
      ['他家住在回龙圩附近。', '龙圩'],
    ]) {
      rejected(text, needle);
    }
  });

  it('rejects townships and streets named after the place, and origins', () => {
    rejected('城区街道召开燃气安全座谈会。', '城区', 'subunit');
    rejected('兴安街道组织居民演练。', '兴安', 'subunit');
    rejected('一名山西籍男子被困。', '山西', 'origin');
  });

  it('rejects one-character-stem county names inside words', () => {
    rejected('要提高县域经济质量。', '高县');
    rejected('市委和县委主要负责同志参加。', '和县');
    const list = '道县、宁远县参加会议。';
    assert.strictEqual(placeAt(findPlaces(list), list, '道县')?.name, '道县');
  });

  it('ignores everything in boilerplate', () => {
    const text = '徐汇区召开会议。\n猜你喜欢\n松江区举行活动\n';
    const start = text.indexOf('猜你喜欢');
    const places = findPlaces(text, { exclude: [{ start, end: text.length }] });
    assert.deepStrictEqual(places.map((p) => p.name), ['徐汇区']);
    rejected(text, '松江区', 'boilerplate', { exclude: [{ start, end: text.length }] });
  });

  it('settles an ambiguous name by the places around it, and says when it cannot', () => {
    const g = Gazetteer.load();
    const resolved = '北京市召开会议，朝阳区、海淀区作交流发言。';
    const chaoyang = placeAt(findPlaces(resolved), resolved, '朝阳区')!;
    assert.strictEqual(g.path(chaoyang.code)[0].name, '北京市');
    assert.strictEqual(chaoyang.alternatives, undefined);
    const open = '鼓楼区召开安全生产工作会议。';
    const gulou = placeAt(findPlaces(open), open, '鼓楼区')!;
    assert.strictEqual(gulou.alternatives?.length, 3);
    const nantong = '南通市召开会议，通州区作交流发言。';
    assert.strictEqual(g.path(placeAt(findPlaces(nantong), nantong, '通州区')!.code)[1].name, '南通市');
  });

  it('returns offsets into the given string, also around astral characters', () => {
    const text = '𠵾𠵾运城会场，𠵾冷水滩区委。';
    const places = findPlaces(text);
    assert.deepStrictEqual(places.map((p) => text.slice(p.start, p.end)), ['运城', '冷水滩区']);
  });
});

describe('locality: findPlaces and titles after names', () => {
  before(ensureGazetteer);

  it('reads 陈宏伟区长 as a name and a title, but 向江阴市长汇报 as a place', () => {
    rejected('。陈宏伟区长强调，要压实责任。', '宏伟区', 'person');
    const text = '镇党委向江阴市长泾镇人大汇报。';
    assert.strictEqual(placeAt(findPlaces(text), text, '江阴市')?.name, '江阴市');
  });
});
