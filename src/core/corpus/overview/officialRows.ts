import { compareNames } from '../group';
import type { CorpusEntry } from '../summary';
import { compareChronological, refsWhere, type EntryFacts } from './facts';
import { officialId, placeOf } from './officialPlace';
import type { DocumentRef, OfficialRow, OfficialTitle } from './types';

/** Localities listed per official; a national leader named in every report would otherwise list them all. */
export const MAX_OFFICIAL_LOCALITIES = 20;

/** A person who made the table: who, and the documents naming them. */
export interface RankedPerson {
  name: string;
  province: string | null;
  split: boolean;
  mentions: number;
  docs: readonly EntryFacts[];
}

export function officialRow(p: RankedPerson): OfficialRow {
  const stops = p.docs.map((f) => ({ f, titles: f.entry.officials.find((o) => o.name === p.name)?.titles ?? [] }));
  const localities = localityCounts(p.docs);
  return {
    id: officialId(p.name, p.province, p.split),
    name: p.name,
    province: p.province,
    split: p.split,
    mentions: p.mentions,
    documents: p.docs.length,
    localities: localities.slice(0, MAX_OFFICIAL_LOCALITIES),
    localityCount: localities.length,
    titles: titleRows(stops),
  };
}

/** Known localities of the documents, most documents first. */
function localityCounts(docs: readonly EntryFacts[]): string[] {
  const counts = new Map<string, number>();
  for (const f of docs) if (f.locality) counts.set(f.locality, (counts.get(f.locality) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0])).map(([l]) => l);
}

/**
 * Titles in the order they were first held (ties: the earlier document by path, then first sight);
 * titles seen only in undated reports last, in order of first sight. One pass, no sort of the
 * documents: a national leader may be named in every report.
 */
function titleRows(stops: readonly { f: EntryFacts; titles: readonly string[] }[]): OfficialTitle[] {
  const titles = new Map<string, { first: EntryFacts | null; last: EntryFacts | null; documents: number; seen: number }>();
  for (const { f, titles: held } of stops) {
    for (const title of new Set(held)) {
      let t = titles.get(title);
      if (!t) titles.set(title, (t = { first: null, last: null, documents: 0, seen: titles.size }));
      t.documents++;
      if (f.order === null) continue;
      if (!t.first || compareChronological(f, t.first) < 0) t.first = f;
      if (!t.last || compareChronological(f, t.last) > 0) t.last = f;
    }
  }
  return [...titles]
    .sort(([, a], [, b]) => (a.first && b.first ? compareChronological(a.first, b.first) : a.first ? -1 : b.first ? 1 : 0) || a.seen - b.seen)
    .map(([title, t]) => ({ title, first: t.first?.date ?? null, last: t.last?.date ?? null, documents: t.documents }));
}

/** Which official to list the documents of: a name (every document naming it), or a row of `Overview.officials`. */
export type OfficialSelector = string | Pick<OfficialRow, 'name' | 'province' | 'split'>;

/** The documents of an official, chronological. For a split row, only those placing the person in its province. */
export function officialDocuments(entries: Iterable<CorpusEntry>, who: OfficialSelector): DocumentRef[] {
  const name = typeof who === 'string' ? who : who.name;
  const province = typeof who === 'string' || !who.split ? undefined : who.province;
  return refsWhere(
    entries,
    (f) => province === undefined || f.entry.officials.some((o) => o.name === name && placeOf(f, o.titles) === province),
    (e) => e.officials.some((o) => o.name === name),
  );
}
