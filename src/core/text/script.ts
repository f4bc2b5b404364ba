import { isHan } from './han';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './scriptChars';
import type { Script } from './types';

export type Region = 'taiwan' | 'hongkong' | 'mainland';

export interface ScriptReport {
  script: Script;
  /** Han characters (code points) in the text. */
  hanChars: number;
  /** Occurrences of characters that exist only in Traditional script (區, 會, 這). */
  traditionalOnly: number;
  /** Occurrences of characters that exist only in Simplified script (区, 会, 这). */
  simplifiedOnly: number;
  region?: Region;
  /** What pointed to the region, e.g. "mainland administrative terms: 市委×2, 区委×3". */
  regionEvidence?: string;
}

/**
 * Below this share of the distinguishing characters, the minority script is treated as noise: a
 * Traditional report keeps a few Simplified forms its converter missed (并), a Simplified one may quote
 * a Traditional name.
 */
const MIXED_MINORITY_SHARE = 0.1;
const MIXED_MINORITY_MIN = 2;

const TRAD = 1;
const SIMP = 2;
let classes: Uint8Array | undefined;

/** One byte per code point up to the end of Ext H: built once from the shipped tables (~0.2 MB, ~1 ms). */
function charClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x323b0);
  for (const c of TRADITIONAL_ONLY) table[c.codePointAt(0)!] = TRAD;
  for (const c of SIMPLIFIED_ONLY) table[c.codePointAt(0)!] = SIMP;
  classes = table;
  return table;
}

export function detectScript(text: string): ScriptReport {
  const table = charClasses();
  let han = 0;
  let trad = 0;
  let simp = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x3007) continue;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (!isHan(cp)) continue;
    han++;
    const k = table[cp];
    if (k === TRAD) trad++;
    else if (k === SIMP) simp++;
  }
  const report: ScriptReport = { script: classify(trad, simp), hanChars: han, traditionalOnly: trad, simplifiedOnly: simp };
  const region = detectRegion(text, report.script);
  if (region) {
    report.region = region.region;
    report.regionEvidence = region.evidence;
  }
  return report;
}

function classify(trad: number, simp: number): Script {
  const total = trad + simp;
  if (total === 0) return 'unknown';
  const minority = Math.min(trad, simp);
  if (minority >= MIXED_MINORITY_MIN && minority / total >= MIXED_MINORITY_SHARE) return 'mixed';
  return trad > simp ? 'traditional' : 'simplified';
}

/*
 * Regional hints. Character forms alone say little (為, 眾, 線 are simply the usual Traditional forms,
 * and converters from the mainland emit 裏 and 着 too), so a hint needs vocabulary that belongs to one
 * administration, or several regional forms without such vocabulary pointing elsewhere.
 */

interface Marker {
  region: Region;
  /** Vocabulary of one administration (strong) or a regional character form (weak). */
  term: boolean;
}

/** Occurrences needed: vocabulary decides first; forms only when no vocabulary points anywhere. */
const MIN_TERMS = 2;
const MIN_FORMS = 3;

const TERMS: ReadonlyArray<[Region, string]> = [
  // Local Party and government bodies of the People's Republic.
  ['mainland', '市委 省委 区委 區委 县委 縣委 州委 党委 黨委 党组 黨組 党工委 黨工委 党支部 黨支部 人民政府 政协 政協 纪委 紀委 安委会 安委會 人大常委会 人大常委會 应急管理局 應急管理局 街道办事处 街道辦事處 村委会 村委會 居委会 居委會'],
  ['taiwan', '行政院 立法院 監察院 监察院 考試院 考试院 總統府 总统府 鄉公所 乡公所 鎮公所 镇公所 區公所 区公所 新臺幣 新台幣 新台币 縣議會 县议会 消防署'],
  ['hongkong', '特區政府 特区政府 立法會 區議會 区议会 行政長官 行政长官 政務司 政务司 律政司 財政司 财政司 港府 食環署 消防處 保安局'],
];

/** Counted only in Traditional or mixed text: 着 is also ordinary Simplified. */
const FORMS: ReadonlyArray<[Region, string]> = [
  ['taiwan', '裡'],
  ['hongkong', '衞 説 綫 閲 鋭 裏 着'],
];

let markerTable: { pattern: RegExp; markers: Map<string, Marker> } | undefined;

function markers(): { pattern: RegExp; markers: Map<string, Marker> } {
  if (markerTable) return markerTable;
  const map = new Map<string, Marker>();
  for (const [region, list] of TERMS) for (const term of list.split(' ')) map.set(term, { region, term: true });
  for (const [region, list] of FORMS) for (const form of list.split(' ')) map.set(form, { region, term: false });
  // Longest first so 人大常委会 wins over shorter overlaps; literals only, so matching stays linear.
  const alternatives = [...map.keys()].sort((a, b) => b.length - a.length);
  markerTable = { pattern: new RegExp(alternatives.join('|'), 'g'), markers: map };
  return markerTable;
}

const REGIONS: readonly Region[] = ['mainland', 'taiwan', 'hongkong'];

function detectRegion(text: string, script: Script): { region: Region; evidence: string } | undefined {
  const { pattern, markers: table } = markers();
  const traditionalText = script === 'traditional' || script === 'mixed';
  const counts = new Map<string, number>();
  for (const m of text.matchAll(pattern)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return (
    pick(counts, table, true, MIN_TERMS, 'administrative terms') ??
    (traditionalText ? pick(counts, table, false, MIN_FORMS, 'character forms') : undefined)
  );
}

function pick(
  counts: Map<string, number>,
  table: Map<string, Marker>,
  term: boolean,
  min: number,
  what: string,
): { region: Region; evidence: string } | undefined {
  const total: Record<Region, number> = { mainland: 0, taiwan: 0, hongkong: 0 };
  const found: Record<Region, string[]> = { mainland: [], taiwan: [], hongkong: [] };
  for (const [label, count] of counts) {
    const marker = table.get(label)!;
    if (marker.term !== term) continue;
    total[marker.region] += count;
    found[marker.region].push(`${label}×${count}`);
  }
  const [best, second] = [...REGIONS].sort((a, b) => total[b] - total[a]);
  if (total[best] < min || total[best] < 2 * total[second]) return undefined;
  const against = total[second] > 0 ? ` (against ${total[second]} for ${second})` : '';
  return { region: best, evidence: `${best} ${what}: ${found[best].join(', ')}${against}` };
}
