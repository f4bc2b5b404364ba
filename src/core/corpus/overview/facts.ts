import { documentDate } from '../documentDate';
import type { CorpusEntry } from '../summary';
import { monthOf } from './dates';
import { PlaceCache, type Placed } from './locality';
import type { DocumentRef } from './types';

export type PlaceLevel = 'province' | 'city' | 'county';

/** What every aggregate needs of one entry, worked out once per entry per pass. */
export interface EntryFacts {
  entry: CorpusEntry;
  /** `documentDate`: publication date with a year, else the first meeting date with a year. */
  date: string | null;
  /** `date` in a form that sorts chronologically as a string (a quarter becomes its first month). */
  order: string | null;
  month: string | null;
  /** Place names as the locality tree files the document; empty when the province is unknown. */
  levels: readonly string[];
  /** The display path of `levels`; '' when unknown. */
  locality: string;
  /** The same place is the same object within one pass: a cheap key for sets. */
  place: Placed;
}

/** Facts of entries, sharing the place work between the entries of one pass. */
export function factsReader(): (entry: CorpusEntry) => EntryFacts {
  const places = new PlaceCache();
  return (entry) => {
    const date = documentDate(entry);
    const place = places.of(entry.locality);
    return { entry, date, order: date && sortableDate(date), month: date && monthOf(date), levels: place.levels, locality: place.display, place };
  };
}

/**
 * `2024-Q2` → `2024-04`: plain string order would put a quarter after December. A year alone sorts
 * before its months, which is also where its interval starts.
 */
export function sortableDate(date: string): string {
  if (date.charCodeAt(5) !== 0x51 /* Q */) return date;
  const quarter = date.charCodeAt(6) - 0x30;
  return `${date.slice(0, 4)}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}`;
}

/** What kind of division `levels[i]` is: a name equal to the document's city is its city, below that a county. */
export function levelKind(facts: EntryFacts, i: number): PlaceLevel {
  if (i === 0) return 'province';
  return facts.levels[i] === facts.entry.locality.city && i === 1 ? 'city' : 'county';
}

/** Oldest first, undated last, then by path: the order of every drill-down list. */
export function compareChronological(a: EntryFacts, b: EntryFacts): number {
  if (a.order !== b.order) {
    if (a.order === null) return 1;
    if (b.order === null) return -1;
    return a.order < b.order ? -1 : 1;
  }
  return a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0;
}

export function documentRef(f: EntryFacts): DocumentRef {
  return { path: f.entry.path, title: f.entry.title, date: f.date, locality: f.locality };
}

/**
 * The matching entries as drill-down rows, chronological. `candidate`, when given, rules entries out
 * before their facts are worked out (a name or a slogan is cheaper to test than a date and a place).
 */
export function refsWhere(entries: Iterable<CorpusEntry>, keep: (f: EntryFacts) => boolean, candidate?: (e: CorpusEntry) => boolean): DocumentRef[] {
  const factsOf = factsReader();
  const hits: EntryFacts[] = [];
  for (const e of entries) {
    if (candidate && !candidate(e)) continue;
    const f = factsOf(e);
    if (keep(f)) hits.push(f);
  }
  return hits.sort(compareChronological).map(documentRef);
}
