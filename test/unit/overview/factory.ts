import type { CorpusEntry } from '../../../src/core/corpus/summary';
import { entry, type EntrySketch } from '../corpus/entries';

export interface DocSketch extends EntrySketch {
  /** Normalised slogan keys. */
  slogans?: string[];
  /** How each slogan was written (default: its key). */
  sloganTexts?: string[];
  /** Mentions per official name (default 1). */
  mentions?: Record<string, number>;
}

/** A CorpusEntry for the overview's aggregates: place, dates, officials, slogans; the rest neutral. */
export function doc(s: DocSketch): CorpusEntry {
  const e = entry(s);
  e.slogans = s.slogans ?? [];
  e.sloganTexts = s.sloganTexts ?? [...e.slogans];
  for (const o of e.officials) o.mentions = s.mentions?.[o.name] ?? 1;
  e.counts.slogans = e.slogans.length;
  return e;
}

/** Deterministic pseudo-random numbers (xorshift32), for generated corpora that fail the same way every run. */
export function seeded(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}
