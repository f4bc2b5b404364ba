import * as assert from 'assert';
import { analyzeLocality, decideLocality, findPlaces } from '../../../../src/core/analysis/locality';
import type { Locality } from '../../../../src/core/analysis/types';
import { ensureGazetteer } from '../../gazetteer/ensureGazetteer';
import * as fx from './fixtures';

function where(l: Locality): [string | null, string | null, string | null, string | null] {
  return [l.province ?? null, l.city ?? null, l.county ?? null, l.level ?? null];
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}

/** Every evidence item is well formed: spans index the text, weights sorted strongest first. */
function assertEvidence(text: string, l: Locality): void {
  assert.ok(l.evidence.length > 0);
  for (let i = 0; i < l.evidence.length; i++) {
    const e = l.evidence[i];
    assert.ok(e.reason.length > 0);
    assert.ok(Number.isFinite(e.weight) && e.weight >= 0, e.reason);
    if (i > 0) assert.ok(l.evidence[i - 1].weight >= e.weight, 'sorted by weight');
    if (e.span) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start < e.span.end, e.reason);
  }
  assert.ok(l.confidence >= 0 && l.confidence <= 1);
}

describe('locality: decideLocality', () => {
  before(ensureGazetteer);

  it('decides a district from headline, source and officials, settling an ambiguous name', () => {
    const text = fx.DISTRICT_REPORT;
    const l = decideLocality(text, { title: firstLine(text), officials: fx.DISTRICT_OFFICIALS });
    assert.deepStrictEqual(where(l), ['浙江省', '杭州市', '西湖区', 'county']);
    assert.strictEqual(l.code, '330106');
    assert.ok(l.confidence >= 0.8, `confidence ${l.confidence}`);
    assertEvidence(text, l);
    assert.match(l.evidence[0].reason, /headline|source|text/);
    const headline = l.evidence.find((e) => e.reason.startsWith('headline: 西湖区'))!;
    assert.strictEqual(text.slice(headline.span!.start, headline.span!.end), '西湖区');
    assert.ok(l.evidence.some((e) => /区委副书记、区长李卫东 → county/.test(e.reason)));
    assert.ok(l.evidence.some((e) => /settled by 杭州/.test(e.reason)));
  });

  it('decides a county from 县长 and 全县', () => {
    const l = decideLocality(fx.COUNTY_REPORT, {});
    assert.deepStrictEqual(where(l), ['四川省', '巴中市', '通江县', 'county']);
    assert.ok(l.confidence >= 0.7, `confidence ${l.confidence}`);
    assertEvidence(fx.COUNTY_REPORT, l);
  });

  it('decides a banner from 旗长 and 全旗', () => {
    const l = decideLocality(fx.BANNER_REPORT, {});
    assert.deepStrictEqual(where(l), ['内蒙古自治区', '鄂尔多斯市', '达拉特旗', 'county']);
  });

  it('decides a city named only through its counties, ignoring the event and the slogan', () => {
    const text = fx.CITY_BY_COUNTIES;
    const officials = [
      { name: '刘建国', titles: ['市委副书记', '市长'] },
      { name: '陈立新', titles: ['市领导'] },
      { name: '黄海波', titles: ['市领导'] },
    ];
    const l = decideLocality(text, { title: firstLine(text), officials });
    assert.deepStrictEqual(where(l), ['四川省', '巴中市', null, 'city']);
    assert.strictEqual(l.code, '511900');
    assert.ok(l.evidence.some((e) => e.reason === 'county 南江县 → 四川省 › 巴中市 › 南江县'));
    assert.ok(!l.evidence.some((e) => /成都|兴安/.test(e.reason)));
    // Inferred, not named: less sure than a report that names its city.
    assert.ok(l.confidence > 0.4 && l.confidence < 0.8, `confidence ${l.confidence}`);
  });

  it('decides a city by its newspaper and venue, not by the other city it mentions', () => {
    const text = fx.CITY_BY_NEWSPAPER;
    const firstLineEnd = text.indexOf('\n');
    const l = decideLocality(text, { exclude: [{ start: 0, end: firstLineEnd }] });
    assert.deepStrictEqual(where(l), ['山西省', '运城市', null, 'city']);
    assert.ok(l.evidence.some((e) => /^source: 运城/.test(e.reason)), 'the source line counts although it is boilerplate');
    assert.ok(l.evidence.some((e) => /^also named: 太原/.test(e.reason)));
    assert.ok(l.confidence >= 0.6, `confidence ${l.confidence}`);
  });

  it('leaves an unresolvable name undefined, and resolves it with context', () => {
    const alone = '朝阳区召开安全生产工作会议，区长要求全区各街道抓好落实。';
    const open = decideLocality(alone, {});
    assert.deepStrictEqual(where(open), [null, null, null, null]);
    assert.strictEqual(open.confidence, 0);
    assert.ok(open.evidence.some((e) => /朝阳区 is ambiguous \(北京市 › 朝阳区; 吉林省 › 长春市 › 朝阳区\)/.test(e.reason)));

    const beijing = decideLocality(alone + '会议传达了北京市安委会全体会议精神。', {});
    assert.deepStrictEqual(where(beijing), ['北京市', '北京市', '朝阳区', 'county']);
    const changchun = decideLocality(alone + '会议传达了长春市安委会全体会议精神。', {});
    assert.deepStrictEqual(where(changchun), ['吉林省', '长春市', '朝阳区', 'county']);

    const tongzhou = decideLocality('通州区召开防汛会议，区长强调，要落实南通市防指部署。', {});
    assert.deepStrictEqual(where(tongzhou), ['江苏省', '南通市', '通州区', 'county']);
  });

  it('names only the levels the context settles', () => {
    // 鼓楼区 is in 南京, 徐州 (both 江苏), 福州 and 开封: 江苏 settles the province, not the city.
    const l = decideLocality('鼓楼区召开安全生产会议，区长传达了江苏全省安全生产会议精神，要求全区抓好落实。', {});
    assert.deepStrictEqual(where(l), ['江苏省', null, null, 'province']);
    const named = decideLocality('南京市鼓楼区召开安全生产会议，区长要求全区抓好落实。', {});
    assert.deepStrictEqual(where(named), ['江苏省', '南京市', '鼓楼区', 'county']);
    assert.ok(l.confidence < named.confidence);
  });

  it('places a report under a former name at today’s division', () => {
    const l = decideLocality(fx.FORMER_CITY, {});
    assert.deepStrictEqual(where(l), ['山东省', '济南市', '莱芜区', 'county']);
    assert.ok(l.evidence.some((e) => /former name of 莱芜区/.test(e.reason)));
    const shaxian = decideLocality('沙县召开防汛工作会议，县长要求全县各乡镇做好准备。', {});
    assert.deepStrictEqual(where(shaxian), ['福建省', '三明市', '沙县区', 'county']);
  });

  it('reads 市长 of a county-level city as the county level, and avoids the 市长泾镇 trap', () => {
    const l = decideLocality(fx.COUNTY_LEVEL_CITY, {});
    assert.deepStrictEqual(where(l), ['江苏省', '无锡市', '江阴市', 'county']);
    assert.ok(!l.evidence.some((e) => /长泾/.test(e.reason)));
  });

  it('finds no place in a text of distractors only', () => {
    const l = decideLocality(fx.DISTRACTORS_ONLY, { officials: [{ name: '王宏伟', titles: ['区长'] }] });
    assert.deepStrictEqual(where(l), [null, null, null, null]);
    assert.strictEqual(l.confidence, 0);
    const places = l.evidence.filter((e) => !e.reason.startsWith("official's title"));
    assert.ok(!places.some((e) => /成都|东方|南京|宏伟|兴安|平安|振兴/.test(e.reason)), JSON.stringify(places));
  });

  it('is not decided by boilerplate', () => {
    const text = fx.WITH_RELATED_LIST;
    const start = text.indexOf('猜你喜欢');
    const exclude = [{ start, end: text.length }];
    const l = decideLocality(text, { exclude });
    assert.deepStrictEqual(where(l), ['上海市', '上海市', '青浦区', 'county']);
    assert.ok(l.evidence.every((e) => !e.span || e.span.end <= start), 'no evidence from the related list');
    // Without the boilerplate spans the list competes with the report and the district is lost.
    const unguarded = decideLocality(text, {});
    assert.notStrictEqual(unguarded.county, '青浦区');
    assert.ok(unguarded.confidence < l.confidence);
  });

  it('stops at the province for a provincial report', () => {
    const l = decideLocality(fx.PROVINCE_REPORT, {});
    assert.deepStrictEqual(where(l), ['江苏省', null, null, 'province']);
    assert.strictEqual(l.code, '320000');
  });

  it('places a county administered by its province directly under the province, with no city', () => {
    const l = decideLocality('济源市召开安全生产工作会议，市委副书记、市长王立强出席，要求全市各镇街落实责任。', {});
    assert.deepStrictEqual(where(l), ['河南省', null, '济源市', 'county']);
  });

  it('takes the level from the officials given, not only from the text', () => {
    const text = '冷水滩区召开会议，部署安全生产专项整治工作。永州市应急管理局派员指导。';
    const asDistrict = decideLocality(text, { officials: [{ titles: ['区委副书记', '区长'] }] });
    assert.deepStrictEqual(where(asDistrict), ['湖南省', '永州市', '冷水滩区', 'county']);
    const asCity = decideLocality(text, { officials: [{ titles: ['市委副书记', '市长'] }, { titles: ['副市长'] }] });
    assert.deepStrictEqual(where(asCity), ['湖南省', '永州市', null, 'city']);
  });

  it('counts a headline that is not part of the text, without a span', () => {
    const l = decideLocality('会议要求，全区各单位落实责任，区长作部署。', { title: '永州冷水滩：推进安全生产专项整治' });
    assert.deepStrictEqual(where(l), ['湖南省', '永州市', '冷水滩区', 'county']);
    const headline = l.evidence.find((e) => e.reason.startsWith('headline: 冷水滩'))!;
    assert.strictEqual(headline.span, undefined);
  });

  it('calibrates confidence: strong evidence high, a passing mention low', () => {
    const strong = decideLocality(fx.DISTRICT_REPORT, { title: firstLine(fx.DISTRICT_REPORT), officials: fx.DISTRICT_OFFICIALS });
    const passing = decideLocality('会议期间，与会人员参观了一家位于冷水滩区的企业。', {});
    assert.deepStrictEqual(where(passing), ['湖南省', '永州市', '冷水滩区', 'county']);
    assert.ok(passing.confidence < 0.5, `passing mention ${passing.confidence}`);
    assert.ok(strong.confidence - passing.confidence > 0.3);
    const empty = decideLocality('会议要求，各单位要落实责任。', {});
    assert.strictEqual(empty.confidence, 0);
    assert.strictEqual(empty.level, undefined);
  });
});

describe('locality: analyzeLocality', () => {
  before(ensureGazetteer);

  it('returns the decision and the mentions it rests on from one scan', () => {
    const text = fx.DISTRICT_REPORT;
    const input = { title: firstLine(text), officials: fx.DISTRICT_OFFICIALS };
    const { locality, places } = analyzeLocality(text, input);
    assert.deepStrictEqual(locality, decideLocality(text, input));
    assert.ok(places.length >= 3);
    for (const p of places) assert.ok(['西湖区', '杭州市'].includes(p.name), p.name);
    assert.ok(places.every((p) => !p.alternatives), 'the ambiguous 西湖区 is settled by 杭州');
  });

  it("keeps officials' names out of the places, by their mentions or their names", () => {
    const text = '宏伟区召开安全生产会议。王宏伟区长强调，全区要压实责任。';
    const start = text.indexOf('王宏伟');
    const byMentions = analyzeLocality(text, { officials: [{ name: '王宏伟', titles: ['区长'], mentions: [{ start, end: start + 3 }] }] });
    assert.deepStrictEqual(byMentions.places.map((p) => p.start), [0]);
    const byName = analyzeLocality(text, { officials: [{ name: '王宏伟', titles: ['区长'] }] });
    assert.deepStrictEqual(byName.places.map((p) => p.start), [0]);
    // Without officials, a surname before 宏伟区长 still shows a name followed by a title.
    assert.deepStrictEqual(findPlaces(text).map((p) => p.start), [0]);
    assert.strictEqual(byName.locality.county, '宏伟区');
  });
});
