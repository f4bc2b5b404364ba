import { compareDates, documentDate, type DatedValue } from './documentDate';
import { compareNames, type CorpusGroup, type GroupOptions } from './group';
import type { CorpusEntry } from './summary';

/** One document on a person's trail: what they were called there, and when. */
export interface TrailStop {
  entry: CorpusEntry;
  /** The titles the document gives them, e.g. ['区委副书记', '区长']. */
  titles: readonly string[];
  date: DatedValue | null;
}

/** A person: a name, split by province when documents in different provinces hold it with local titles. */
export interface PersonGroup extends CorpusGroup {
  readonly kind: 'person';
  readonly name: string;
  /** The province the person was placed in; null when not split, or for mentions that place nobody. */
  readonly province: string | null;
  /** Every title held across the trail, most frequent first. */
  readonly titles: readonly string[];
  /** The documents mentioning them, oldest first, undated last. */
  trail(): readonly TrailStop[];
}

/*
 * The same name in two provinces' reports, each with a local title (副市长, 区委书记), is two people as
 * far as the evidence goes; a national title (总书记) or a document of unknown place says nothing about
 * which one is meant, so such mentions stay with the name when it is not split, and form their own
 * unplaced person when it is.
 */
const LOCAL_LEVEL = /[省市州盟县区旗镇乡]/;

/** The province one mention places the official in: its document's, when a title there is local. */
export function mentionProvince(documentProvince: string | null, titles: readonly string[]): string | null {
  return documentProvince && titles.some((t) => LOCAL_LEVEL.test(t)) ? documentProvince : null;
}

/** The id of a person's node in the officials tree (the Corpus Overview reveals people by it). */
export function officialId(name: string, province: string | null, split: boolean): string {
  return `person:${name}@${split ? (province ?? '?') : ''}`;
}

export function groupByOfficial(entries: Iterable<CorpusEntry>, opts: GroupOptions = {}): PersonGroup[] {
  const byName = new Map<string, TrailStop[]>();
  for (const entry of entries) {
    for (const o of entry.officials) {
      let stops = byName.get(o.name);
      if (!stops) byName.set(o.name, (stops = []));
      stops.push({ entry, titles: o.titles, date: null });
    }
  }
  const persons: PersonGroup[] = [];
  for (const [name, stops] of byName) {
    const byProvince = new Map<string | null, TrailStop[]>();
    for (const stop of stops) {
      const province = mentionProvince(stop.entry.locality.province, stop.titles);
      let list = byProvince.get(province);
      if (!list) byProvince.set(province, (list = []));
      list.push(stop);
    }
    const provinces = [...byProvince.keys()].filter((p): p is string => p !== null);
    if (provinces.length <= 1) {
      persons.push(person(name, provinces[0] ?? null, stops, false));
    } else {
      for (const [province, list] of byProvince) persons.push(person(name, province, list, true));
    }
  }
  const byCount = (a: PersonGroup, b: PersonGroup) => b.count - a.count || compareNames(a.name, b.name) || compareNames(a.province ?? '', b.province ?? '');
  const byNameFirst = (a: PersonGroup, b: PersonGroup) => compareNames(a.name, b.name) || b.count - a.count || compareNames(a.province ?? '', b.province ?? '');
  return persons.sort(opts.order === 'name' ? byNameFirst : byCount);
}

function person(name: string, province: string | null, stops: TrailStop[], split: boolean): PersonGroup {
  let trail: TrailStop[] | undefined;
  let titles: string[] | undefined;
  const sortedTrail = () =>
    (trail ??= stops
      .map((s) => ({ ...s, date: documentDate(s.entry) }))
      .sort((a, b) => compareDates(a.date, b.date) || (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0)));
  return {
    kind: 'person',
    id: officialId(name, province, split),
    label: name,
    description: split ? (province ?? undefined) : undefined,
    name,
    province,
    count: stops.length,
    get titles() {
      if (!titles) {
        const freq = new Map<string, number>();
        for (const s of stops) for (const t of s.titles) freq.set(t, (freq.get(t) ?? 0) + 1);
        titles = [...freq].sort((a, b) => b[1] - a[1]).map(([t]) => t);
      }
      return titles;
    },
    groups: () => [],
    documents: () => sortedTrail().map((s) => s.entry),
    trail: sortedTrail,
  };
}
