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
const SCRIPT_BITS = 3;
/** The character starts a regional marker (see below). */
const MARKER_START = 4;
const HAN = 8;
/** A high surrogate: the code point is read whole and looked up in the astral table. */
const HIGH = 16;
let classes: { bmp: Uint8Array; all: Uint8Array } | undefined;

/**
 * One byte per code point up to the end of Ext H (built once from the shipped tables: ~0.2 MB, ~1 ms),
 * plus one per BMP code unit that also says whether it is Han, so the scan costs one lookup per unit.
 */
function charClasses(): { bmp: Uint8Array; all: Uint8Array } {
  if (classes) return classes;
  const all = new Uint8Array(0x323b0);
  for (const c of TRADITIONAL_ONLY) all[c.codePointAt(0)!] = TRAD;
  for (const c of SIMPLIFIED_ONLY) all[c.codePointAt(0)!] = SIMP;
  for (const cp of markers().byFirst.keys()) all[cp] |= MARKER_START;
  const bmp = all.slice(0, 0x10000);
  for (let cp = 0; cp < 0x10000; cp++) if (isHan(cp)) bmp[cp] |= HAN;
  bmp.fill(HIGH, 0xd800, 0xdc00);
  classes = { bmp, all };
  return classes;
}

/**
 * Counts script-specific characters and, in the same pass, regional markers: every marker is Han, so
 * only Han characters flagged as a marker's first character are tried against the marker list.
 */
export function detectScript(text: string): ScriptReport {
  const { bmp, all } = charClasses();
  const { byFirst } = markers();
  const found = new Map<string, number>();
  let markerFrom = 0;
  let han = 0;
  let trad = 0;
  let simp = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = bmp[c];
    if (k === 0) continue;
    if (k === HAN) {
      han++;
      continue;
    }
    if (k === HIGH) {
      if (i + 1 >= n) continue;
      const low = text.charCodeAt(i + 1);
      if (low < 0xdc00 || low > 0xdfff) continue;
      const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      i++;
      if (!isHan(cp)) continue;
      han++;
      const script = all[cp] & SCRIPT_BITS;
      if (script === TRAD) trad++;
      else if (script === SIMP) simp++;
      continue;
    }
    if (!(k & HAN)) continue;
    han++;
    const script = k & SCRIPT_BITS;
    if (script === TRAD) trad++;
    else if (script === SIMP) simp++;
    if (k & MARKER_START && i >= markerFrom) {
      const term = markerAt(text, i, byFirst.get(c)!);
      if (term) {
        found.set(term, (found.get(term) ?? 0) + 1);
        markerFrom = i + term.length;
      }
    }
  }
  const report: ScriptReport = { script: classify(trad, simp), hanChars: han, traditionalOnly: trad, simplifiedOnly: simp };
  const region = detectRegion(found, report.script);
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

let markerTable: { byFirst: Map<number, string[]>; markers: Map<string, Marker> } | undefined;

function markers(): { byFirst: Map<number, string[]>; markers: Map<string, Marker> } {
  if (markerTable) return markerTable;
  const map = new Map<string, Marker>();
  for (const [region, list] of TERMS) for (const term of list.split(' ')) map.set(term, { region, term: true });
  for (const [region, list] of FORMS) for (const form of list.split(' ')) map.set(form, { region, term: false });
  // Longest first so 人大常委会 wins over shorter overlaps; a match is skipped whole, as by a global regex.
  const byFirst = new Map<number, string[]>();
  for (const term of [...map.keys()].sort((a, b) => b.length - a.length)) {
    const first = term.codePointAt(0)!;
    if (first > 0xffff) throw new Error(`regional marker ${term} must start with a BMP character: the scan looks markers up by code unit`);
    const list = byFirst.get(first);
    if (list) list.push(term);
    else byFirst.set(first, [term]);
  }
  markerTable = { byFirst, markers: map };
  return markerTable;
}

/** @internal Every regional marker, longest first: for tests. */
export function regionMarkerLabels(): string[] {
  return [...markers().markers.keys()].sort((a, b) => b.length - a.length);
}

function markerAt(text: string, at: number, candidates: readonly string[]): string | undefined {
  for (const term of candidates) if (text.startsWith(term, at)) return term;
  return undefined;
}

const REGIONS: readonly Region[] = ['mainland', 'taiwan', 'hongkong'];

/** @internal Region from marker counts (in order of first occurrence): exported for tests. */
export function detectRegion(counts: Map<string, number>, script: Script): { region: Region; evidence: string } | undefined {
  const { markers: table } = markers();
  const traditionalText = script === 'traditional' || script === 'mixed';
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
