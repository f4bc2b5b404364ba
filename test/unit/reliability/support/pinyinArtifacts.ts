import { pinyinSyllable } from '../../../../src/core/text/pinyin';

/*
 * Synthetic readings like the ones a broken converter glued after characters (`區(qū)`, `會（huì）`,
 * `們(men)`). Candidates are spelled out here and kept only when the core's own syllable table
 * (pinyin.ts) accepts them, so the generator never produces a reading the cleaner is not meant to know.
 */

const INITIALS = ['', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'zh', 'ch', 'sh', 'r', 'z', 'c', 's', 'y', 'w'];
const FINALS = [
  'a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'er', 'i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in',
  'iang', 'ing', 'iong', 'u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang', 'ü', 'üe', 'ue', 'v',
];
const MARKS: Record<string, string> = { a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' };

export interface Syllables {
  /** Tone-marked (`qū`) and tone-numbered (`qu1`): unmistakably pinyin. */
  marked: string[];
  /** Toneless (`men`): pinyin only where the document evidently carries the artifact. */
  toneless: string[];
}

let cached: Syllables | undefined;

export function syllables(): Syllables {
  if (cached) return cached;
  const marked = new Set<string>();
  const toneless = new Set<string>();
  for (const ini of INITIALS) {
    for (const fin of FINALS) {
      const base = ini + fin;
      const info = pinyinSyllable(base);
      if (!info) continue;
      toneless.add(base);
      for (let tone = 1; tone <= 5; tone++) if (pinyinSyllable(base + tone)?.marked) marked.add(base + tone);
      for (let i = 0; i < base.length; i++) {
        const marks = MARKS[base[i]];
        if (!marks) continue;
        for (const m of marks) {
          const form = base.slice(0, i) + m + base.slice(i + 1);
          const got = pinyinSyllable(form);
          if (got && got.marked && got.tone > 0) marked.add(form);
        }
      }
    }
  }
  cached = { marked: [...marked].sort(), toneless: [...toneless].sort() };
  return cached;
}

export type Paren = 'ascii' | 'fullwidth' | 'mixed';

export function annotation(reading: string, paren: Paren): string {
  if (paren === 'ascii') return `(${reading})`;
  if (paren === 'fullwidth') return `（${reading}）`;
  return `(${reading}）`;
}

/**
 * Readings to glue: marked syllables (some with tone numbers), a few two-syllable readings run
 * together as the converter wrote after words (`qūyù`), and toneless syllables.
 */
let pool: Syllables | undefined;

export function readingPool(): Syllables {
  if (pool) return pool;
  const { marked, toneless } = syllables();
  const letters = marked.filter((s) => !/\d/.test(s));
  const pairs: string[] = [];
  for (let k = 0; k < 200; k++) pairs.push(letters[(k * 7919) % letters.length] + letters[(k * 104729 + 13) % letters.length]);
  pool = { marked: [...marked, ...pairs], toneless };
  return pool;
}
