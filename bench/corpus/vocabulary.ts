import { Gazetteer, type Division } from '../../src/core/gazetteer';
import { between, pick, type Rng } from './random';

/** Invented people and the genre's stock wording: each generated report gets its own cast and place. */

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const GIVEN = [...'建国志强海燕丽华明辉红军伟东晓峰文静永春立新宏伟玉兰秀英德胜光荣振华子涵雨桐浩然思远俊杰欣怡卫平国庆爱民学军长征嘉怡梓轩一鸣承泽锦程'];

const TITLES: Record<'county' | 'city', string[][]> = {
  county: [
    ['县委书记'],
    ['县委副书记', '县长'],
    ['县委常委', '常务副县长'],
    ['副县长'],
    ['县应急管理局局长'],
    ['区委副书记', '区长'],
    ['区委常委', '副区长'],
  ],
  city: [
    ['市委书记'],
    ['市委副书记', '市长'],
    ['市委常委', '常务副市长'],
    ['副市长'],
    ['市政府秘书长'],
    ['市应急管理局党委书记', '局长'],
  ],
};

export const TOPICS = ['安全生产工作会议', '防汛抗旱工作会议', '消防安全工作推进会', '城镇燃气安全排查整治工作会议', '安全生产委员会全体会议', '冬春火灾防控工作部署会', '道路交通安全工作调度会', '森林防灭火工作会议'];

/**
 * Stock formulas of the genre: quoted in a share of the reports, as real ones are. The national
 * "three musts" formula is spelled from its parts: written out whole it reads as a run of text copied
 * from the scraped articles, which the repository must not hold.
 */
export const SLOGANS = [
  '党政同责、一岗双责、齐抓共管、失职追责',
  ['管行业', '管业务', '管生产经营'].map((x) => x + '必须管安全').join('、'),
  '人民至上、生命至上',
  '四不两直',
  '三管三必须',
  '时时放心不下',
];

export interface Official {
  name: string;
  title: string;
}

export function personName(r: Rng): string {
  const given = between(r, 1, 2);
  let name = pick(r, SURNAMES);
  for (let i = 0; i < given; i++) name += pick(r, GIVEN);
  return name;
}

export function cast(r: Rng, count: number, level: 'county' | 'city'): Official[] {
  const out: Official[] = [];
  const names = new Set<string>();
  while (out.length < count) {
    const name = personName(r);
    if (names.has(name)) continue;
    names.add(name);
    out.push({ name, title: pick(r, TITLES[level]).join('、') });
  }
  return out;
}

export interface Place {
  province: Division;
  city: Division;
  county: Division;
}

let counties: Division[] | undefined;

/** Every county-level division (NBS statistical zones left out: nobody holds a meeting "in" them). */
function allCounties(): Division[] {
  counties ??= Gazetteer.load().divisions.filter((d) => d.level === 'county' && d.code[4] !== '7');
  return counties;
}

export function place(r: Rng): Place {
  const g = Gazetteer.load();
  const county = pick(r, allCounties());
  const path = g.path(county.code);
  const province = path[0];
  // Counties of municipalities hang from the municipality: it is their city too.
  const city = path.length >= 3 ? path[1] : province;
  return { province, city, county };
}

export function isoDate(r: Rng): { y: number; m: number; d: number } {
  return { y: between(r, 2018, 2024), m: between(r, 1, 12), d: between(r, 1, 28) };
}
