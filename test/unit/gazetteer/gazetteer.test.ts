import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Gazetteer, GazetteerMissingError, type Division } from '../../../src/core/gazetteer';
import { repoRoot } from '../helpers/paths';
import { ensureGazetteer } from './ensureGazetteer';

const names = (ds: Division[]) => ds.map((d) => d.name);
const pathOf = (g: Gazetteer, code: string) => g.path(code).map((d) => d.name).join('›');

describe('gazetteer: the bundled table', () => {
  let g: Gazetteer;
  before(() => {
    ensureGazetteer();
    g = Gazetteer.load();
  });

  it('is loaded once and shared', () => {
    assert.strictEqual(Gazetteer.load(), g);
  });

  it('holds the 2023 state of every level, with its source and licence', () => {
    const { meta } = g;
    assert.strictEqual(meta.year, 2023);
    assert.strictEqual(meta.stateOn, '2023-06-30');
    assert.ok(meta.packages.every((p) => p.license === 'MIT' && /^\d+\.\d+\.\d+$/.test(p.version)), JSON.stringify(meta.packages));
    const count = (level: string) => g.divisions.filter((d) => d.level === level).length;
    // 31 mainland provinces + Taiwan, Hong Kong, Macau; prefecture-level units; county-level units
    // (including the NBS statistical zones such as 苏州工业园区).
    assert.strictEqual(count('province'), 34);
    assert.strictEqual(count('city'), meta.counts.city);
    assert.ok(count('city') >= 330 && count('city') <= 340, `cities: ${count('city')}`);
    assert.ok(count('county') >= 2840 && count('county') <= 3000, `counties: ${count('county')}`);
    for (const n of ['白杨市', '米林市', '沙县区', '莱芜区', '香港特别行政区', '台湾省']) assert.ok(g.lookup(n).length, n);
  });

  it('stays small enough to ship inside the bundle', () => {
    const file = path.join(repoRoot, 'src/core/gazetteer/divisions.generated.json');
    const size = fs.statSync(file).size;
    assert.ok(size < 150 * 1024, `${size} bytes`);
  });

  it('is what scripts/build-gazetteer.js makes from the installed packages', () => {
    const { build } = require(path.join(repoRoot, 'scripts/build-gazetteer.js'));
    const { table } = build();
    const fresh = table.rows.map((r: string[]) => r.join('|'));
    const loaded = g.divisions.map((d) => [d.code, d.name, ...(d.former ?? [])].join('|'));
    assert.deepStrictEqual(loaded, fresh, 'divisions.generated.json is stale: run npm run gazetteer');
  });

  it('finds divisions by code and walks province → city → county', () => {
    assert.strictEqual(g.byCode('511922')?.name, '南江县');
    assert.strictEqual(pathOf(g, '511922'), '四川省›巴中市›南江县');
    assert.strictEqual(pathOf(g, '431103'), '湖南省›永州市›冷水滩区');
    assert.strictEqual(pathOf(g, '140800'), '山西省›运城市');
    assert.strictEqual(g.byCode('999999'), undefined);
    assert.deepStrictEqual(g.path('999999'), []);
  });

  it('makes municipalities province level and their own city level', () => {
    for (const code of ['110000', '120000', '310000', '500000']) {
      assert.ok(g.isMunicipality(code));
      assert.strictEqual(g.byCode(code)!.level, 'province');
    }
    assert.strictEqual(g.byCode('310100'), undefined, 'the 市辖区 container is not a division');
    assert.strictEqual(g.lookup('市辖区').length, 0);
    const xuhui = g.lookup('徐汇区')[0];
    assert.strictEqual(xuhui.parent, '310000');
    assert.strictEqual(pathOf(g, xuhui.code), '上海市›徐汇区');
    assert.strictEqual(g.cityOf(xuhui.code)?.name, '上海市');
    // Chongqing's counties (the 县 container) hang from Chongqing too.
    assert.strictEqual(pathOf(g, g.lookup('城口县')[0].code), '重庆市›城口县');
  });

  it('hangs counties administered by their province directly from the province', () => {
    assert.strictEqual(pathOf(g, g.lookup('济源市')[0].code), '河南省›济源市');
    assert.strictEqual(pathOf(g, g.lookup('仙桃市')[0].code), '湖北省›仙桃市');
    assert.strictEqual(g.cityOf(g.lookup('济源市')[0].code), undefined);
  });

  it('resolves renamed and merged divisions by their former names', () => {
    const cases: [string, string][] = [
      ['沙县', '福建省›三明市›沙县区'],
      ['莱芜市', '山东省›济南市›莱芜区'],
      ['莱城区', '山东省›济南市›莱芜区'],
      ['吴江市', '江苏省›苏州市›吴江区'],
      ['襄樊市', '湖北省›襄阳市'],
      ['思茅市', '云南省›普洱市'],
      ['闸北区', '上海市›静安区'],
      ['崇文区', '北京市›东城区'],
      ['塘沽区', '天津市›滨海新区'],
      ['开县', '重庆市›开州区'],
      ['星子县', '江西省›九江市›庐山市'],
      ['庐山区', '江西省›九江市›濂溪区'],
      ['吐鲁番地区', '新疆维吾尔自治区›吐鲁番市'],
    ];
    for (const [former, now] of cases) {
      const found = g.lookup(former);
      assert.strictEqual(found.length, 1, former);
      assert.strictEqual(pathOf(g, found[0].code), now, former);
      assert.ok(found[0].former?.includes(former), former);
    }
    // A county absorbed into districts is not passed off as its city: 邯郸县 is no former name of 邯郸市.
    assert.ok(!g.lookup('邯郸市')[0].former?.includes('邯郸县'));
    // Current names come before former ones.
    assert.deepStrictEqual(names(g.lookup('沙县区')), ['沙县区']);
  });

  it('keeps ambiguous names ambiguous', () => {
    assert.deepStrictEqual(g.lookup('朝阳区').map((d) => pathOf(g, d.code)), ['北京市›朝阳区', '吉林省›长春市›朝阳区']);
    assert.deepStrictEqual(
      g.lookup('鼓楼区').map((d) => g.path(d.code)[1].name),
      ['南京市', '徐州市', '福州市', '开封市'],
    );
    assert.deepStrictEqual(g.lookup('通州区').map((d) => g.path(d.code)[d.parent === '110000' ? 0 : 1].name), ['北京市', '南通市']);
    assert.deepStrictEqual(names(g.lookupShort('朝阳')).sort(), ['朝阳区', '朝阳区', '朝阳县', '朝阳市'].sort());
  });

  it('derives short names without suffixes, minorities or one-character stems', () => {
    const short = (n: string) => g.lookup(n)[0].short;
    assert.strictEqual(short('运城市'), '运城');
    assert.strictEqual(short('冷水滩区'), '冷水滩');
    assert.strictEqual(short('广西壮族自治区'), '广西');
    assert.strictEqual(short('内蒙古自治区'), '内蒙古');
    assert.strictEqual(short('香港特别行政区'), '香港');
    assert.strictEqual(short('延边朝鲜族自治州'), '延边');
    assert.strictEqual(short('博尔塔拉蒙古自治州'), '博尔塔拉');
    assert.strictEqual(short('积石山保安族东乡族撒拉族自治县'), '积石山');
    assert.strictEqual(short('鄂温克族自治旗'), '鄂温克');
    assert.strictEqual(short('梅里斯达斡尔族区'), '梅里斯');
    assert.strictEqual(short('浦东新区'), '浦东');
    assert.strictEqual(short('神农架林区'), '神农架');
    assert.strictEqual(short('金林区'), '金林');
    assert.strictEqual(short('沙县区'), '沙县');
    assert.strictEqual(short('达拉特旗'), '达拉特');
    // No safe short: the name stands for itself.
    for (const n of ['城区', '道县', '科尔沁左翼中旗', '苏州工业园区']) assert.strictEqual(short(n), n, n);
    assert.ok(g.divisions.every((d) => d.short.length >= 2), 'no one-character short name');
  });

  it('looks up short names, including former ones, and keeps their collisions', () => {
    assert.deepStrictEqual(names(g.lookupShort('运城')), ['运城市']);
    assert.deepStrictEqual(names(g.lookupShort('襄樊')), ['襄阳市']);
    assert.deepStrictEqual(names(g.lookupShort('城')), []);
    const byShort = new Map<string, number>();
    for (const d of g.divisions) if (d.short !== d.name) byShort.set(d.short, (byShort.get(d.short) ?? 0) + 1);
    const colliding = [...byShort.values()].filter((n) => n > 1).length;
    assert.ok(colliding >= 97 && colliding <= 186, `${colliding} colliding short names`);
    assert.strictEqual(byShort.get('鼓楼'), 4);
  });

  it('matches the longest name at a position', () => {
    const m = g.matchAt('江阴市长泾镇', 0)!;
    assert.strictEqual(m.surface, '江阴市');
    assert.deepStrictEqual(m.surfaces.map((s) => s.kind), ['full']);
    assert.strictEqual(g.matchAt('永州冷水滩', 0)!.surface, '永州');
    assert.strictEqual(g.matchAt('永州冷水滩', 2)!.surface, '冷水滩');
    assert.strictEqual(g.matchAt('abc', 0), undefined);
    assert.deepStrictEqual(
      g.matchAt('沙县', 0)!.surfaces.map((s) => [s.division.name, s.kind]),
      [['沙县区', 'former'], ['沙县区', 'short']],
    );
  });

  it('answers ancestry and children', () => {
    const bazhong = g.lookup('巴中市')[0];
    assert.ok(g.contains(bazhong.code, g.lookup('通江县')[0].code));
    assert.ok(g.contains('510000', bazhong.code));
    assert.ok(!g.contains(bazhong.code, '510000'));
    assert.deepStrictEqual(names([...g.children(bazhong.code)]).sort(), ['巴州区', '南江县', '平昌县', '恩阳区', '通江县'].sort());
  });

  it('explains a missing table in words a developer can act on', () => {
    // The compiled loader, alone in a directory without the generated table.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazetteer-'));
    try {
      fs.copyFileSync(require.resolve('../../../src/core/gazetteer/table'), path.join(dir, 'table.js'));
      const { readTable } = require(path.join(dir, 'table.js'));
      assert.throws(
        () => readTable(),
        (e: Error) => e.name === 'GazetteerMissingError' && /npm run gazetteer/.test(e.message),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(new GazetteerMissingError() instanceof Error);
  });
});
