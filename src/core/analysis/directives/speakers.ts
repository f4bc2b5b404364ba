import type { Span } from '../../text/types';
import type { PairIndex } from '../pairIndex';

/** An official and where the text mentions them (what findOfficials returns has this shape). */
export interface SpeakerMentions {
  name: string;
  mentions: Span[];
  /** Titles, when known: `区长强调` names the one official titled 区长. */
  titles?: string[];
}

export type SpeakerResolution =
  /** A person: from the officials' mentions, or a name-like run of Han characters. */
  | { kind: 'named'; speaker: string }
  /** `会议强调`, `会上指出`. */
  | { kind: 'meeting'; speaker: '会议' }
  /** `他强调`: the last named speaker, if any. */
  | { kind: 'pronoun'; speaker?: string }
  /** Some other subject (`各企业负责人纷纷表示`): an order, but no official to name. */
  | { kind: 'subject'; subject: string }
  /** Nothing before the cue in its clause (`…，强调要…`). */
  | { kind: 'none' };

export const MEETING = '会议';

/**
 * What may stand between a speaker and the verb: `同志`, `在会上`, `在…会议上`, `在讲话中`, and adverbs
 * (`还`, `再次`, `纷纷`). Applied to at most MAX_PREFIX characters, so the lazy `{0,60}` stays cheap.
 */
const GAP =
  /(?:同志)?(?:在[^，。；,;]{0,60}?(?:上|中|时|期间|之际|前|后))?(?:还|又|也|再次|进一步|特别|着重|重点|明确|最后|同时|并|随后|首先|深刻|郑重|严肃|反复|一再|多次|纷纷|一致|就此|对此)*$/;
const MAX_PREFIX = 80;

const TITLE_WORDS =
  '总书记|副书记|书记|常务副区长|副区长|区长|常务副市长|副市长|市长|常务副县长|副县长|县长|常务副省长|副省长|省长|副镇长|镇长|' +
  '副乡长|乡长|副主任|主任|副局长|局长|副部长|部长|副厅长|厅长|处长|科长|副主席|主席|委员|常委|秘书长|总经理|经理|董事长|组长|' +
  '队长|所长|院长|校长|会长|行长|社长|总理|专员|巡视员|调研员|负责人|支书|政委|司令员|主任委员|党组成员|旗长|盟长|州长|领导|指挥长|' +
  // Any other `…长` (指挥长, 总队长): the last resort, kept last so the longer titles win.
  '长';
const ENDS_WITH_TITLE = new RegExp(`(${TITLE_WORDS})$`);
const STARTS_WITH_TITLE = new RegExp(`^(${TITLE_WORDS})`);
/** A report introduces an official with the title at the first mentions; later ones need not be read. */
const MAX_TITLE_EVIDENCE_LOOKUPS = 64;
/** `市长`, `县长`: a level and a title, not a surname and a title. */
const ADMIN_LEVEL = new Set(['市', '县', '区', '省', '镇', '乡', '州', '旗', '盟', '村']);
const SURNAME_TITLE = new RegExp(`^([\\u4e00-\\u9fff]{1,2}?)(${TITLE_WORDS})$`);
/** Between a mention and its verb: a title after the name (`王征区长`), then the usual gap. */
const AFTER_MENTION = new RegExp(`^(?:${TITLE_WORDS})?${GAP.source}`);

const MEETING_SUBJECT = /(会议|会上|大会|全会|例会|常委会|座谈会|推进会|部署会|现场会|调度会|专题会|电视电话会|联席会|视频会|会议上)$/;
const MEETING_LEAD = /^(会议|会上|大会|全会)/;
/** A clause ending in `主持会议` or `召开…会议` describes the meeting; it is not the meeting speaking. */
const MEETING_AS_OBJECT = /主持|召开|参加|出席|举行|组织|传达|讲话|列席|收听|收看/;

const COMPOUND_SURNAMES = new Set([
  '欧阳', '上官', '司马', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '申屠', '呼延', '独孤', '南宫', '西门', '闻人', '澹台', '百里', '东郭', '万俟', '轩辕', '钟离', '宗政', '濮阳', '太史', '公羊', '赫连', '第五',
]);
/**
 * Common single-character surnames. Rare surnames that are everyday words in this genre (区, 和, 国,
 * 门, 来 …) are left out: a name-like run is only a fallback, and officials' mentions name them anyway.
 */
const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺闻厉伊仝郜海阚强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平宣晋相云扈晁芮阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸慕危玉银亢嵇公哈湛宾戎勾茅於呼尉冶斯元束檀昝奉衡尧'
  ).split(''),
);
/** Two-to-four character runs that start with a surname character but are not names. */
const NOT_NAMES = new Set([
  '全市', '全区', '全县', '全省', '全国', '全体', '全面', '全镇', '全乡', '全力', '国家', '国务院', '会议', '大会', '会上', '文件', '方面', '高度', '常委', '市委', '区委', '县委',
  '党委', '政府', '司法', '公安', '安委会', '应急', '石油', '金融', '交通', '水利', '卫生', '商务', '文旅', '农业', '林业', '海事', '海关', '华为', '明确', '时刻', '向前',
  '于是', '同时', '万家', '任务', '成员', '单位', '沙县', '江西', '湖南', '宁夏', '云南', '广东', '广西', '海南', '贵州', '吉林', '黑龙江', '安徽', '福建', '山东', '河南', '河北',
]);

export function isSurnameStart(s: string): boolean {
  return COMPOUND_SURNAMES.has(s.slice(0, 2)) || SURNAMES.has(s[0]);
}

function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * The 2–4 Han characters at the end of `prefix` that look like a personal name: they start with a
 * surname and stand at the start of the prefix, after punctuation, or right after a title
 * (`区长钟晓咏`); a title after the name (`王征区长`) is stepped over. `titled` says whether a title
 * stood next to it; an untitled candidate (`安排` before `部署`) needs other evidence.
 */
export function nameBefore(prefix: string): { name: string; titled: boolean } | undefined {
  let p = prefix;
  const title = ENDS_WITH_TITLE.exec(p);
  const titleAfter = title !== null && title.index > 0;
  if (titleAfter) p = p.slice(0, title.index);
  let runStart = p.length;
  while (runStart > 0 && isHan(p[runStart - 1]) && p.length - runStart < 24) runStart--;
  const run = p.slice(runStart);
  for (const len of [3, 2, 4]) {
    if (run.length < len) continue;
    const candidate = run.slice(run.length - len);
    const before = run.slice(0, run.length - len);
    if (!isSurnameStart(candidate) || NOT_NAMES.has(candidate)) continue;
    if (ENDS_WITH_TITLE.test(candidate)) continue;
    if (ENDS_WITH_TITLE.test(before)) return { name: candidate, titled: true };
    if (before.length === 0) return { name: candidate, titled: titleAfter };
  }
  return undefined;
}

/**
 * Whether `name` stands right after a title somewhere in `text` (`区委副书记、区长钟晓咏出席…` makes a
 * later bare `钟晓咏强调` a name). Memoised per document by the caller, who passes a PairIndex of `text`
 * when it will ask about many names.
 */
export function appearsWithTitle(text: string, name: string, index?: PairIndex): boolean {
  let seen = 0;
  const titled = (at: number): boolean =>
    ENDS_WITH_TITLE.test(text.slice(Math.max(0, at - 8), at)) || STARTS_WITH_TITLE.test(text.slice(at + name.length, at + name.length + 6));
  if (index) {
    let found = false;
    index.some(name, (at) => {
      if (seen++ >= MAX_TITLE_EVIDENCE_LOOKUPS) return true;
      found = titled(at);
      return found;
    });
    return found;
  }
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_TITLE_EVIDENCE_LOOKUPS; at = text.indexOf(name, at + 1), seen++) {
    if (titled(at)) return true;
  }
  return false;
}

/**
 * Officials' mentions sorted by end offset, for "who stands right before this verb?". Kept as arrays of
 * numbers (a long report has hundreds of thousands of mentions: an object each is slow to collect).
 */
export class SpeakerIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly names: string[] = [];
  private readonly byTitle = new Map<string, Set<string>>();

  constructor(speakers: readonly SpeakerMentions[]) {
    const starts: number[] = [];
    const ends: number[] = [];
    const names: string[] = [];
    for (const s of speakers) {
      for (const m of s.mentions) {
        starts.push(m.start);
        ends.push(m.end);
        names.push(s.name);
      }
      for (const t of s.titles ?? []) {
        if (!this.byTitle.has(t)) this.byTitle.set(t, new Set());
        this.byTitle.get(t)!.add(s.name);
      }
    }
    // A stable sort of positions: equal mentions keep the order they were given in.
    const order = starts.map((_, i) => i);
    if (!endsInOrder(starts, ends)) order.sort((a, b) => ends[a] - ends[b] || starts[b] - starts[a]);
    for (const i of order) {
      this.starts.push(starts[i]);
      this.ends.push(ends[i]);
      this.names.push(names[i]);
    }
  }

  /** The one official holding `title` (`区长`, or the full `区委副书记`), if exactly one does. */
  holderOf(title: string): string | undefined {
    const names = this.byTitle.get(title);
    return names && names.size === 1 ? [...names][0] : undefined;
  }

  /** The latest mention ending in [from, to] (inclusive), or undefined. */
  endingWithin(from: number, to: number): { start: number; end: number; name: string } | undefined {
    const { ends } = this;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= to) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    return i >= 0 && ends[i] >= from ? { start: this.starts[i], end: ends[i], name: this.names[i] } : undefined;
  }

  /** A mention contained in [start, end), the latest one. */
  within(start: number, end: number): { start: number; end: number; name: string } | undefined {
    let to = end;
    for (;;) {
      const m = this.endingWithin(start, to);
      if (!m) return undefined;
      if (m.start >= start) return m;
      to = m.end - 1;
    }
  }
}

/** Already in the order the index sorts by (end ascending, then start descending)? */
function endsInOrder(starts: readonly number[], ends: readonly number[]): boolean {
  for (let i = 1; i < ends.length; i++) {
    if (ends[i - 1] > ends[i] || (ends[i - 1] === ends[i] && starts[i - 1] < starts[i])) return false;
  }
  return true;
}

/**
 * Who stands before the cue at `cue`, within the clause starting at `clauseStart`. `lastNamed` resolves
 * 他/她; `isKnownName` confirms an untitled name-like run (see appearsWithTitle).
 */
export function resolveSpeaker(
  text: string,
  clauseStart: number,
  cue: number,
  index: SpeakerIndex | undefined,
  lastNamed: string | undefined,
  isKnownName: (name: string) => boolean,
): SpeakerResolution {
  const from = Math.max(clauseStart, cue - MAX_PREFIX);
  const prefix = text.slice(from, cue);
  const gap = GAP.exec(prefix);
  const bare = gap ? prefix.slice(0, gap.index) : prefix;
  const bareEnd = from + bare.length;
  if (bare.trim().length === 0) return { kind: 'none' };

  if (index) {
    const m = index.endingWithin(from, cue);
    if (m && m.start >= from && AFTER_MENTION.test(text.slice(m.end, cue))) return { kind: 'named', speaker: m.name };
  }
  if (/^[他她]$/.test(bare) || /[^\u4e00-\u9fff][他她]$/.test(bare)) return { kind: 'pronoun', speaker: lastNamed };
  const holder = index?.holderOf(bare.trim());
  if (holder) return { kind: 'named', speaker: holder };
  if (!MEETING_AS_OBJECT.test(bare) && (MEETING_SUBJECT.test(bare) || (MEETING_LEAD.test(bare) && bare.length <= 6))) {
    return { kind: 'meeting', speaker: MEETING };
  }
  const name = nameBefore(bare);
  if (name && (name.titled || isKnownName(name.name))) return { kind: 'named', speaker: name.name };
  // `邵县长强调`: a surname with a title is how reports refer to an official already introduced.
  const addressed = SURNAME_TITLE.exec(bare);
  if (addressed && isSurnameStart(addressed[1]) && !ADMIN_LEVEL.has(addressed[1])) {
    const holder = index?.holderOf(addressed[2]);
    return { kind: 'named', speaker: holder?.startsWith(addressed[1]) ? holder : bare };
  }
  return { kind: 'subject', subject: bare.trim() };
}

/**
 * For a verb with nothing before it in its clause (`会议就…进行动员部署，强调要…`): the subject of an
 * earlier clause of the same sentence, when that clause opens with the meeting or names an official
 * (from the mentions, or a name-like run that `isKnownName` confirms).
 */
export function earlierSubject(
  text: string,
  clauseStartsBefore: readonly number[],
  unitEnd: number,
  index: SpeakerIndex | undefined,
  isKnownName: (name: string) => boolean,
): string | undefined {
  for (let k = clauseStartsBefore.length - 1; k >= 0; k--) {
    const cs = clauseStartsBefore[k];
    const ce = k + 1 < clauseStartsBefore.length ? clauseStartsBefore[k + 1] : unitEnd;
    if (MEETING_LEAD.test(text.slice(cs, cs + 2))) return MEETING;
    const m = index?.within(cs, Math.min(ce, cs + 24));
    if (m) return m.name;
    for (const len of [3, 2, 4]) {
      const candidate = text.slice(cs, cs + len);
      if (cs + len < ce && [...candidate].every(isHan) && isSurnameStart(candidate) && !NOT_NAMES.has(candidate) && isKnownName(candidate)) {
        return candidate;
      }
    }
  }
  return undefined;
}
