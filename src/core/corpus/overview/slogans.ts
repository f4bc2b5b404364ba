import { sloganKey } from '../../analysis/slogans/key';
import { compareNames } from '../group';
import type { CorpusEntry } from '../summary';
import { compareChronological, documentRef, factsReader, type EntryFacts } from './facts';
import type { Placed } from './locality';
import { topRanked } from './rank';
import type { SloganFirst, SloganRow, SloganSpread } from './types';

export const DEFAULT_TOP_SLOGANS = 30;

interface SloganStats {
  key: string;
  /** As written in the earliest dated document (the first one seen while none is dated). */
  text: string;
  documents: number;
  /** The known places using it: most slogans of a large corpus occur once, so a set only once there are two. */
  place: Placed | null;
  places: Set<Placed> | null;
  first: EntryFacts | null;
  last: EntryFacts | null;
}

const localityCount = (s: SloganStats) => s.places?.size ?? (s.place ? 1 : 0);

/** How many documents and localities use each slogan, filled one entry at a time. */
export class SlogansAccumulator {
  private readonly stats = new Map<string, SloganStats>();

  add(f: EntryFacts): void {
    for (const key of f.entry.slogans) {
      let s = this.stats.get(key);
      if (!s) this.stats.set(key, (s = { key, text: sloganText(f.entry, key), documents: 0, place: null, places: null, first: null, last: null }));
      s.documents++;
      if (f.levels.length) {
        if (s.places) s.places.add(f.place);
        else if (!s.place) s.place = f.place;
        else if (s.place !== f.place) s.places = new Set([s.place, f.place]);
      }
      if (f.order !== null) {
        if (!s.first || f.order < s.first.order!) {
          s.first = f;
          s.text = sloganText(f.entry, key);
        }
        if (!s.last || f.order > s.last.order!) s.last = f;
      }
    }
  }

  finish(top: number): SloganRow[] {
    const byCount = (a: SloganStats, b: SloganStats) => localityCount(b) - localityCount(a) || b.documents - a.documents;
    return topRanked([...this.stats.values()], top, byCount, (a, b) => compareNames(a.key, b.key)).map((s) => ({
      key: s.key,
      text: s.text,
      documents: s.documents,
      localities: localityCount(s),
      provinces: new Set(s.places ? [...s.places].map((p) => p.levels[0]) : s.place ? [s.place.levels[0]] : []).size,
      firstSeen: s.first?.date ?? null,
      lastSeen: s.last?.date ?? null,
    }));
  }
}

/**
 * Where and when one slogan appeared. `key` may be a key or the slogan as written (any punctuation,
 * either script): it is normalised the way the analysis normalises slogans.
 */
export function sloganSpread(entries: Iterable<CorpusEntry>, key: string): SloganSpread {
  const wanted = sloganKey(key);
  const factsOf = factsReader();
  const hits: EntryFacts[] = [];
  if (wanted) for (const e of entries) if (e.slogans.includes(wanted)) hits.push(factsOf(e));
  hits.sort(compareChronological);
  // Sorted chronologically, so the first document seen in a locality is its first appearance there.
  const firsts = new Map<string, SloganFirst>();
  for (const f of hits) {
    if (!firsts.has(f.locality)) firsts.set(f.locality, { locality: f.locality, province: f.levels[0] ?? null, date: f.date, path: f.entry.path });
  }
  return {
    key: wanted,
    text: hits.length ? sloganText(hits[0].entry, wanted) : wanted,
    documents: hits.map(documentRef),
    firsts: [...firsts.values()],
    undatedDocuments: hits.filter((f) => f.date === null).length,
  };
}

/** How a document wrote one of its slogans; the key for summaries made before written forms were kept. */
export function sloganText(entry: CorpusEntry, key: string): string {
  return entry.sloganTexts?.[entry.slogans.indexOf(key)] ?? key;
}
