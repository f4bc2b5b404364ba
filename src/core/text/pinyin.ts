/*
 * Hanyu Pinyin syllables, to tell a glued pronunciation annotation `區(qū)` from a real parenthesis
 * `(CEO)`, `(A)`, `(ppt)`. The table is the standard one: each final with the initials it combines
 * with (written finals, so `iu` not `iou`; zero-initial forms spelled with y/w). Interjection syllables
 * (m, n, ng, hm, hng) are left out: as annotations they are rare and as Latin text they are common.
 */

const FINALS: ReadonlyArray<[final: string, initials: string]> = [
  ['a', '∅ b p m f d t n l g k h zh ch sh z c s'],
  ['o', '∅ b p m f l y'],
  ['e', '∅ m d t n l g k h zh ch sh r z c s'],
  ['ai', '∅ b p m d t n l g k h zh ch sh z c s'],
  ['ei', '∅ b p m f d n l g k h zh sh z'],
  ['ao', '∅ b p m d t n l g k h zh ch sh r z c s'],
  ['ou', '∅ p m f d t n l g k h zh ch sh r z c s'],
  ['an', '∅ b p m f d t n l g k h zh ch sh r z c s'],
  ['en', '∅ b p m f d n g k h zh ch sh r z c s'],
  ['ang', '∅ b p m f d t n l g k h zh ch sh r z c s'],
  ['eng', '∅ b p m f d t n l g k h zh ch sh r z c s'],
  ['ong', 'd t n l g k h zh ch r z c s'],
  ['er', '∅'],
  ['i', 'zh ch sh r z c s b p m d t n l j q x'], // zhi…si (apical) and bi…xi
  ['ia', 'd l j q x'],
  ['ie', 'b p m d t n l j q x'],
  ['iao', 'b p m d t n l j q x'],
  ['iu', 'm d n l j q x'],
  ['ian', 'b p m d t n l j q x'],
  ['in', 'b p m n l j q x'],
  ['iang', 'n l j q x'],
  ['ing', 'b p m d t n l j q x'],
  ['iong', 'j q x'],
  ['u', 'b p m f d t n l g k h zh ch sh r z c s'],
  ['ua', 'g k h zh ch sh r'],
  ['uo', 'd t n l g k h zh ch sh r z c s'],
  ['uai', 'g k h zh ch sh'],
  ['ui', 'd t g k h zh ch sh r z c s'],
  ['uan', 'd t n l g k h zh ch sh r z c s'],
  ['un', 'd t l g k h zh ch sh r z c s'],
  ['uang', 'g k h zh ch sh'],
  ['ü', 'n l'],
  ['üe', 'n l'],
  ['u', 'j q x'], // ü written u after j q x
  ['ue', 'j q x'],
  ['uan', 'j q x'],
  ['un', 'j q x'],
];

/** Zero-initial syllables, spelled with y/w. */
const ZERO_INITIAL =
  'yi ya ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun ê';

const TONE_MARKS: Readonly<Record<string, readonly string[]>> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
  ê: ['ê\u0304', 'ế', 'ê\u030c', 'ề'], // two of these have no precomposed form
};

function toneless(): string[] {
  const out = new Set<string>();
  for (const [final, initials] of FINALS) {
    for (const ini of initials.split(' ')) {
      if (ini === '∅') {
        if (!/^[iuü]/.test(final)) out.add(final);
      } else {
        out.add(ini + final);
      }
    }
  }
  for (const s of ZERO_INITIAL.split(' ')) out.add(s);
  return [...out];
}

/** Index of the vowel that carries the tone mark: a or e if present, o in `ou`, else the last vowel. */
function toneVowelIndex(syllable: string): number {
  for (const v of ['a', 'e', 'ê']) {
    const i = syllable.indexOf(v);
    if (i >= 0) return i;
  }
  const ou = syllable.indexOf('ou');
  if (ou >= 0) return ou;
  for (let i = syllable.length - 1; i >= 0; i--) {
    if ('iouü'.includes(syllable[i])) return i;
  }
  return -1;
}

export interface SyllableInfo {
  /** Toneless spelling with ü (lü, nüe). */
  base: string;
  /** 1–4, or 0 for no mark / neutral tone. A trailing 5 counts as 0 but still marks the token as pinyin. */
  tone: number;
  /** Written with a tone mark or tone number: unmistakably pinyin, not an English word. */
  marked: boolean;
}

let table: Map<string, SyllableInfo> | undefined;

function syllableTable(): Map<string, SyllableInfo> {
  if (table) return table;
  const t = new Map<string, SyllableInfo>();
  for (const base of toneless()) {
    const ascii = base.replace(/ü/g, 'v');
    t.set(base, { base, tone: 0, marked: false });
    if (ascii !== base) t.set(ascii, { base, tone: 0, marked: false });
    for (let tone = 1; tone <= 5; tone++) {
      const info = { base, tone: tone === 5 ? 0 : tone, marked: true };
      t.set(base + tone, info);
      if (ascii !== base) t.set(ascii + tone, info);
    }
    const vi = toneVowelIndex(base);
    if (vi < 0) continue;
    const marks = TONE_MARKS[base[vi]];
    for (let tone = 1; tone <= 4; tone++) {
      const form = (base.slice(0, vi) + marks[tone - 1] + base.slice(vi + 1)).normalize('NFC');
      t.set(form, { base, tone, marked: true });
    }
  }
  table = t;
  return t;
}

/** Looks up one syllable as written (tone marks precomposed or combining, ü or v, optional tone number). */
export function pinyinSyllable(token: string): SyllableInfo | undefined {
  if (token.length === 0 || token.length > 8) return undefined;
  const t = syllableTable();
  return t.get(token) ?? t.get(token.normalize('NFC'));
}

export function isPinyinSyllable(token: string): boolean {
  return pinyinSyllable(token) !== undefined;
}

/** Code units that can occur inside a written pinyin syllable (lower case only). */
export function isPinyinChar(code: number): boolean {
  if (code >= 0x61 && code <= 0x7a) return true; // a-z (v stands for ü)
  if (code >= 0x31 && code <= 0x35) return true; // tone numbers
  switch (code) {
    case 0xe0: case 0xe1: case 0xe8: case 0xe9: case 0xea: case 0xec: case 0xed: case 0xf2: case 0xf3:
    case 0xf9: case 0xfa: case 0xfc: // àáèéêìíòóùúü
    case 0x101: case 0x113: case 0x11b: case 0x12b: case 0x14d: case 0x16b: // āēěīōū
    case 0x1ce: case 0x1d0: case 0x1d2: case 0x1d4: case 0x1d6: case 0x1d8: case 0x1da: case 0x1dc: // ǎǐǒǔǖǘǚǜ
    case 0x1ebf: case 0x1ec1: // ếề
    case 0x300: case 0x301: case 0x304: case 0x30c: case 0x308: // combining grave, acute, macron, caron, diaeresis
      return true;
  }
  return false;
}

export interface PinyinReading {
  syllables: SyllableInfo[];
  /** True when at least one syllable carries a tone mark or number. */
  marked: boolean;
}

/**
 * Reads `text` as pinyin: one syllable, or several run together or separated by single spaces or
 * apostrophes (`qūyù`, `qū yù`, `xī'ān`). Several syllables are accepted only with tone marks somewhere,
 * because unmarked Latin words split into syllables too easily (`women`, `china`).
 */
export function readPinyin(text: string): PinyinReading | undefined {
  if (text.length === 0 || text.length > 40) return undefined;
  const single = pinyinSyllable(text);
  if (single) return { syllables: [single], marked: single.marked };
  const syllables: SyllableInfo[] = [];
  for (const part of text.split(/[ ']/)) {
    const seg = segment(part.normalize('NFC'));
    if (!seg) return undefined;
    syllables.push(...seg);
  }
  const marked = syllables.some((s) => s.marked);
  if (syllables.length < 2 || !marked) return undefined;
  return { syllables, marked };
}

/** Splits a run of letters into syllables, preferring the split with fewest syllables (DP, linear). */
function segment(run: string): SyllableInfo[] | undefined {
  const n = run.length;
  if (n === 0) return undefined;
  const best: Array<SyllableInfo[] | undefined> = new Array(n + 1);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let len = 1; len <= 7 && len <= end; len++) {
      const prev = best[end - len];
      if (!prev) continue;
      const info = pinyinSyllable(run.slice(end - len, end));
      if (!info) continue;
      if (!best[end] || best[end]!.length > prev.length + 1) best[end] = [...prev, info];
    }
  }
  return best[n];
}
