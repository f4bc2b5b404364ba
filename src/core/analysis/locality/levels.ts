import type { Gazetteer } from '../../gazetteer';
import type { Span } from '../../text/types';
import type { SpanSet } from './layout';

/**
 * The administrative level a document speaks from, as its officials' titles and self-references
 * show it. 市 is kept apart: a 市长 heads a prefecture-level city or a county-level city (江阴市).
 */
export type LevelKey = 'province' | 'prefecture' | 'shi' | 'county';

export interface LevelHint {
  level: LevelKey;
  weight: number;
  reason: string;
  span?: Span;
}

export interface OfficialLike {
  name?: string;
  titles: readonly string[];
  mentions?: readonly Span[];
}

const LEVEL_OF_CHAR: Record<string, LevelKey> = {
  省: 'province',
  市: 'shi',
  州: 'prefecture',
  盟: 'prefecture',
  区: 'county',
  县: 'county',
  旗: 'county',
};

/** Caps keep one kind of evidence from swamping the rest (a 3-page report says 全市 forty times). */
const OFFICIALS_CAP = 3;
const TEXT_CAP = 4;

const HEAD = /^(?:长|委(?:副)?书记|委常委|委委员)$/;
const SECOND = /^(?:政府(?:副)?秘书长|人大常委会(?:副)?主任|政协(?:副)?主席|纪委书记|监委主任|委秘书长|长助理|委副秘书长)/;
const DEPARTMENT = /^(?:领导|.{1,12}(?:局|委员会|委|办公室|办|中心|部|厅|会|院|所|队)(?:党组)?(?:副)?(?:局长|主任|书记|部长|主席|院长|队长|所长|长)?)$/;

/** The level a title speaks for: 区委副书记 → county, 常务副市长 → 市, 市应急管理局局长 → 市 (weaker). */
export function levelFromTitle(title: string, g: Gazetteer): { level: LevelKey; weight: number } | undefined {
  let t = title.trim();
  let named: LevelKey | undefined;
  // A title may carry its place: 冷水滩区区长, 永州市委书记.
  for (let m = g.matchAt(t, 0); m; m = g.matchAt(t, 0)) {
    const full = m.surfaces.find((s) => s.kind === 'full' || s.kind === 'former');
    if (!full) break;
    const d = full.division;
    named = d.level === 'province' ? 'province' : d.level === 'county' ? 'county' : d.name.endsWith('市') ? 'shi' : 'prefecture';
    t = t.slice(m.surface.length);
  }
  t = t.replace(/^党组(?:成员|书记)、?/, '').replace(/^常务/, '').replace(/^副/, '');
  const m = /^([省市州盟区县旗])(.*)$/.exec(t);
  const level = m ? LEVEL_OF_CHAR[m[1]] : named;
  const rest = m ? m[2] : t;
  if (!level) return undefined;
  if (HEAD.test(rest) || (!m && /^(?:长|委|政府)/.test(rest))) return { level, weight: 1 };
  if (SECOND.test(rest)) return { level, weight: 0.6 };
  if (DEPARTMENT.test(rest)) return { level, weight: 0.4 };
  return undefined;
}

const LEVEL_WORD: Record<LevelKey, string> = {
  province: 'province level',
  prefecture: 'prefecture level',
  shi: 'city level (市)',
  county: 'county/district level',
};

export function describeLevel(level: LevelKey): string {
  return LEVEL_WORD[level];
}

/** Votes from the officials' titles: each official counts once per level, at their strongest title. */
export function officialHints(officials: readonly OfficialLike[], g: Gazetteer): LevelHint[] {
  const hints: LevelHint[] = [];
  const total: Partial<Record<LevelKey, number>> = {};
  for (const o of officials) {
    const best = new Map<LevelKey, number>();
    for (const title of o.titles) {
      const v = levelFromTitle(title, g);
      if (v && v.weight > (best.get(v.level) ?? 0)) best.set(v.level, v.weight);
    }
    for (const [level, weight] of best) {
      const room = OFFICIALS_CAP - (total[level] ?? 0);
      if (room <= 0) continue;
      const w = Math.min(weight, room);
      total[level] = (total[level] ?? 0) + w;
      const who = o.name ? `${o.titles.join('、')}${o.name}` : o.titles.join('、');
      hints.push({ level, weight: w, reason: `official's title: ${who} → ${LEVEL_WORD[level]}`, span: o.mentions?.[0] });
    }
  }
  return hints;
}

interface TextRule {
  pattern: RegExp;
  /** Which level a match votes for; `null` drops the match. */
  level: (m: RegExpExecArray, text: string) => LevelKey | null;
  weight: number;
  what: string;
}

/** Characters that make a preceding word of the level character: 城市, 超市, 社区, 景区, 州县 … */
const WORD_BEFORE: Record<string, RegExp> = {
  市: /[城都超门股夜菜上开黑早闹集坊互]/,
  区: /[社小景园厂矿山地郊城市辖片校营灾牧林湾疫警展新街湖老库战分专禁盲误雷]/,
  县: /[州郡]/,
  省: /[节反自]/,
  州: /[神九]/,
  旗: /[国红彩锦党]/,
  盟: /[联同结加]/,
};

const TEXT_RULES: TextRule[] = [
  {
    // 全市, 我区, 本县: the document speaks as that level.
    pattern: /([全我本])([省市区县旗州盟])(?![场域别划间分长级])/g,
    level: (m, text) => {
      const prev = text[m.index - 1] ?? '';
      if (m[1] === '全' && /[安健完齐周保成两]/.test(prev)) return null;
      if (m[1] === '我' && prev === '自') return null;
      if (m[1] === '本' && /[资成日基根样账课剧文读版范脚]/.test(prev)) return null;
      return LEVEL_OF_CHAR[m[2]];
    },
    weight: 0.5,
    what: 'self-reference',
  },
  {
    // 各县(市、区), 各区县: addressed from the level above; 各乡镇, 各街镇: from a county.
    pattern: /各(县|区县|县区|区|乡镇|街镇|镇街|街道)/g,
    level: (m) => (/^(?:县|区县|县区|区)$/.test(m[1]) ? 'prefecture' : 'county'),
    weight: 0.5,
    what: 'subordinate units',
  },
  {
    // 区委, 市政府, 县领导, 区安委会: the document's own organs, named without the place.
    pattern: /([省市区县旗州盟])(委(?!员)|政府|领导|安委会|安委办|人大|政协|纪委|监委|应急管理局|住建局)/g,
    level: (m, text) => {
      const prev = text[m.index - 1] ?? '';
      return WORD_BEFORE[m[1]]?.test(prev) ? null : LEVEL_OF_CHAR[m[1]];
    },
    weight: 0.3,
    what: 'organ',
  },
];

/** A title in running text, used only when no officials were extracted: 、区长杨小菁. */
const TEXT_TITLE = /(?:^|[、，,。；;：:\s（(])(?:常务)?副?([省市区县旗州盟])(长|委书记|委副书记)(?=\p{Script=Han})/gmu;

/** Votes from the text itself; matches inside place names (冷水滩区委) or boilerplate are skipped. */
export function textHints(text: string, skip: SpanSet, withTitles: boolean): LevelHint[] {
  const groups = new Map<string, { level: LevelKey; count: number; weight: number; span: Span; what: string }>();
  const add = (level: LevelKey, form: string, span: Span, weight: number, what: string) => {
    const g = groups.get(form);
    if (g) {
      g.count++;
      g.weight += weight;
    } else groups.set(form, { level, count: 1, weight, span, what });
  };
  for (const rule of TEXT_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (skip.overlaps(span.start, span.end)) continue;
      const level = rule.level(m, text);
      if (level) add(level, m[0], span, rule.weight, rule.what);
    }
  }
  if (withTitles) {
    TEXT_TITLE.lastIndex = 0;
    for (let m = TEXT_TITLE.exec(text); m; m = TEXT_TITLE.exec(text)) {
      const at = m.index + m[0].indexOf(m[1]);
      const span = { start: at, end: at + m[1].length + m[2].length };
      if (!skip.overlaps(span.start, span.end)) add(LEVEL_OF_CHAR[m[1]], m[1] + m[2], span, 0.7, 'title');
    }
  }
  const room: Partial<Record<LevelKey, number>> = {};
  const hints: LevelHint[] = [];
  for (const [form, g] of [...groups].sort((a, b) => b[1].weight - a[1].weight)) {
    const left = TEXT_CAP - (room[g.level] ?? 0);
    if (left <= 0) continue;
    const weight = Math.min(g.weight, left);
    room[g.level] = (room[g.level] ?? 0) + weight;
    const times = g.count > 1 ? ` ×${g.count}` : '';
    hints.push({ level: g.level, weight, reason: `${g.what}: ${form}${times} → ${LEVEL_WORD[g.level]}`, span: g.span });
  }
  return hints;
}
