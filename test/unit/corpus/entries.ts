import type { CorpusEntry } from '../../../src/core/corpus/summary';

export interface EntrySketch {
  path: string;
  place?: [string?, string?, string?];
  publishedAt?: string;
  meetingDates?: string[];
  officials?: [string, ...string[]][];
  title?: string;
}

/** A CorpusEntry for grouping tests: only what grouping reads is given, the rest is neutral. */
export function entry(s: EntrySketch): CorpusEntry {
  const [province, city, county] = s.place ?? [];
  return {
    path: s.path,
    size: 100,
    mtimeMs: 0,
    hash: s.path,
    encoding: 'utf-8',
    encodingConfidence: 1,
    script: 'simplified',
    title: s.title ?? `标题 ${s.path}`,
    publishedAt: s.publishedAt ?? null,
    meetingDates: s.meetingDates ?? [],
    locality: { province: province ?? null, city: city ?? null, county: county ?? null, confidence: province ? 0.9 : 0 },
    officials: (s.officials ?? []).map(([name, ...titles]) => ({ name, titles, mentions: 1 })),
    people: [],
    slogans: [],
    sloganTexts: [],
    firstDirective: null,
    counts: { chars: 100, officials: s.officials?.length ?? 0, people: 0, dates: 0, directives: 0, slogans: 0, places: 0, corrupt: 0, pinyinRemoved: 0 },
  };
}
