import { mulberry32 } from '../../helpers/random';
import fc from 'fast-check';
import { isHan } from '../../../../src/core/text/han';
import { charClasses } from './openccTables';
import { annotation, readingPool } from './pinyinArtifacts';

/*
 * Generated reports in the genre (invented people and places), written in Simplified script, and the raw
 * scraped form of each: converted to Traditional by opencc-js (cn→t), with pinyin readings glued after
 * some characters, `??` for lost indents, an optional BOM and the document's own line ends. The
 * generator records where every Simplified character ended up in the raw text, so tests can check the
 * core's offset maps against the truth rather than against the core itself.
 */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '光宇晓东静沛然世杰国栋慧建英立明一帆海平敏卫华志刚振佳文斌红军永强玉兰秀峰宏伟建新丽娟晨阳浩涛俊杰雪梅春燕德胜学军';
const PLACES = ['临江区', '渝北区', '闵行区', '都昌县', '江阴市', '荆州市', '吴江区', '邯郸市', '南江县', '鼓楼区', '洛阳市', '呼伦贝尔市'];
const TITLES = ['区委书记', '区委副书记', '区长', '副区长', '常务副区长', '市长', '副市长', '常务副市长', '县委书记', '县长', '副县长', '区委常委', '市委常委', '区应急管理局局长', '市安委会主任'];
const VERBS = ['强调', '指出', '要求'];
const SLOGANS = ['党政同责、一岗双责、齐抓共管、失职追责', '三管三必须', '四不两直', '时时放心不下', '双下降', '多小散', '灭早、灭小、灭初期'];
const TASKS = [
  '压实安全生产责任',
  '深入开展隐患排查整治',
  '加强燃气安全监管',
  '做好防汛抗旱各项准备',
  '严格落实值班值守制度',
  '强化重点行业领域监管',
  '坚决遏制重特大事故发生',
  '完善应急预案',
  '推动企业落实主体责任',
  '加大执法检查力度',
];
const BOILERPLATE_HEAD = ['当前位置：首页 > 政务公开 > 工作动态', '首页 > 新闻中心', '字号：大 中 小'];
const BOILERPLATE_FOOT = ['【打印本页】【关闭窗口】', '版权所有 © 区人民政府办公室', '猜你喜欢', '分享到：'];
const NUMERALS = '一二三四五六七八九';

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const nameArb = fc
  .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...GIVEN), fc.option(fc.constantFrom(...GIVEN), { nil: '' }))
  .map(([s, a, b]) => s + a + b);

const dateArb = fc
  .tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('', '上午', '下午'))
  .chain(([y, m, d, part]) =>
    fc.constantFrom(`${y}年${m}月${d}日${part}`, `${m}月${d}日${part}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `截至${m}月${d}日`, '今年以来', `${NUMERALS[(m % 4) || 1]}季度`),
  );

/** Characters drawn from the tables: t→cn-stable ones, and some that convert one to one. */
function fillerArb(): fc.Arbitrary<string> {
  const { stable, oneToOne } = charClasses();
  const convertible = [...oneToOne.keys()];
  const ch = fc.oneof({ weight: 3, arbitrary: pick(stable) }, { weight: 2, arbitrary: pick(convertible) });
  return fc.array(ch, { minLength: 1, maxLength: 24 }).map((cs) => cs.join(''));
}

function sentenceArb(): fc.Arbitrary<string> {
  const title = pick(TITLES);
  const chain = fc.array(title, { minLength: 1, maxLength: 3 }).map((ts) => ts.join('、'));
  const task = pick(TASKS);
  return fc.oneof(
    fc.tuple(dateArb, pick(PLACES), chain, nameArb, title, nameArb).map(([d, p, c, n, t2, n2]) => `${d}，${p}召开安全生产工作会议，${c}${n}出席会议并讲话，${t2}${n2}主持会议。`),
    fc.tuple(nameArb, pick(VERBS), task, task).map(([n, v, a, b]) => `${n}${v}，要${a}，${b}。`),
    fc.tuple(pick(VERBS), task).map(([v, a]) => `会议${v}，各部门必须${a}。`),
    fc.tuple(task, task, task).map(([a, b, c]) => `一要${a}。二要${b}。三要${c}。`),
    fc.tuple(pick(SLOGANS), task).map(([s, a]) => `要严格落实“${s}”要求，${a}。`),
    fc.tuple(title, nameArb, nameArb, nameArb).map(([t, a, b, c]) => `${t}${a}、${b}、${c}出席。`),
    fc.tuple(dateArb, fc.integer({ min: 1, max: 9999 })).map(([d, n]) => `${d}，全区累计排查整治隐患${n}处（1个总体、3个专项方案）。`),
    fillerArb().map((f) => f + '。'),
  );
}

export type LineEnd = '\n' | '\r\n' | '\r';

export interface SimplifiedReport {
  /** Lines without line ends; paragraphs start with two ideographic spaces. */
  lines: string[];
  lineEnd: LineEnd;
  text: string;
}

export function simplifiedReportArb(opts: { maxParagraphs?: number } = {}): fc.Arbitrary<SimplifiedReport> {
  const paragraph = fc.array(sentenceArb(), { minLength: 1, maxLength: 4 }).map((s) => '　　' + s.join(''));
  return fc
    .record({
      head: fc.option(pick(BOILERPLATE_HEAD), { nil: undefined }),
      place: pick(PLACES),
      year: fc.integer({ min: 2015, max: 2025 }),
      dateline: fc.option(dateArb, { nil: undefined }),
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: opts.maxParagraphs ?? 5 }),
      reporter: fc.option(nameArb, { nil: undefined }),
      editor: fc.option(nameArb, { nil: undefined }),
      foot: fc.option(pick(BOILERPLATE_FOOT), { nil: undefined }),
      lineEnd: fc.constantFrom<LineEnd>('\n', '\n', '\r\n', '\r'),
      blankLines: fc.boolean(),
    })
    .map((r) => {
      const lines: string[] = [];
      if (r.head) lines.push(r.head);
      lines.push(`${r.place}召开${r.year}年安全生产工作会议`);
      if (r.dateline) lines.push(`发布时间：${r.dateline}　来源：${r.place}融媒体中心`);
      for (const p of r.paragraphs) {
        if (r.blankLines) lines.push('');
        lines.push(p);
      }
      if (r.reporter) lines.push(`（记者 ${r.reporter}）`);
      if (r.editor) lines.push(`责任编辑：${r.editor}`);
      if (r.foot) lines.push(r.foot);
      return { lines, lineEnd: r.lineEnd, text: lines.join(r.lineEnd) + r.lineEnd };
    });
}

/** Where one code point of the Simplified text is in the raw text. */
export interface Origin {
  /** [start, end) of the Traditional character in the raw text. */
  start: number;
  end: number;
  /** End of the reading glued after it (= end when there is none). */
  endWithReading: number;
}

export interface RawReport {
  simplified: string;
  /** Code points of `simplified`, as [start, end) UTF-16 offsets. */
  units: Array<[number, number]>;
  traditional: string;
  raw: string;
  origins: Origin[];
  readings: number;
  /** Characters of lost indents (`?`). */
  indents: number;
  bom: boolean;
}

const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
let toTraditional: ((s: string) => string) | undefined;

export function codePointUnits(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    out.push([i, i + len]);
    i += len;
  }
  return out;
}

export interface ArtifactChoices {
  /** 0..1: share of Traditional Han characters that get a reading. */
  density: number;
  /** Decides each character in turn (a seed, so fast-check can reproduce it). */
  seed: number;
  toneless: boolean;
  bom: boolean;
  lostIndents: boolean;
}

export const artifactChoicesArb: fc.Arbitrary<ArtifactChoices> = fc.record({
  density: fc.constantFrom(0, 0.05, 0.2, 0.5, 1),
  seed: fc.integer(),
  toneless: fc.boolean(),
  bom: fc.boolean(),
  lostIndents: fc.boolean(),
});

/** Small deterministic PRNG. */
export const prng = mulberry32;

/** Builds the scraped form; one seed fixes every choice of where readings go and what they say. */
export function scrape(simplified: string, choices: ArtifactChoices): RawReport {
  const pool = readingPool();
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 't' });
  const traditional = toTraditional(simplified);
  const units = codePointUnits(simplified);
  const tUnits = codePointUnits(traditional);
  if (units.length !== tUnits.length) throw new Error(`cn→t changed the number of characters: ${JSON.stringify(simplified)}`);
  const rand = prng(choices.seed);
  const parens = ['ascii', 'ascii', 'ascii', 'fullwidth', 'mixed'] as const;
  let raw = choices.bom ? '\uFEFF' : '';
  const origins: Origin[] = [];
  let readings = 0;
  let indents = 0;
  let anyMarked = false;
  let lineStart = true;
  let lostSpaces = 0;
  for (let k = 0; k < tUnits.length; k++) {
    const ch = traditional.slice(tUnits[k][0], tUnits[k][1]);
    // A paragraph's two ideographic spaces lost to `??` (each maps one to one).
    if (lineStart && choices.lostIndents && traditional.startsWith('　　', tUnits[k][0])) lostSpaces = 2;
    const out = lostSpaces > 0 && ch === '　' ? '?' : ch;
    if (out === '?') {
      lostSpaces--;
      indents++;
    }
    const start = raw.length;
    raw += out;
    const end = raw.length;
    if (isHan(ch.codePointAt(0)!) && rand() < choices.density) {
      const useToneless = choices.toneless && anyMarked && rand() < 0.4;
      const from = useToneless ? pool.toneless : pool.marked;
      raw += annotation(from[Math.floor(rand() * from.length)], parens[Math.floor(rand() * parens.length)]);
      if (!useToneless) anyMarked = true;
      readings++;
    }
    origins.push({ start, end, endWithReading: raw.length });
    lineStart = ch === '\n' || ch === '\r';
  }
  return { simplified, units, traditional, raw, origins, readings, indents, bom: choices.bom };
}
