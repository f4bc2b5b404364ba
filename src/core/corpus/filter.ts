import { convert } from '../text/convert';
import { dateInterval, documentDate } from './documentDate';
import type { CorpusEntry } from './summary';

export interface EntryQuery {
  /** Words that must all occur (in either script) in the title, an official's name or title, the place or the path. */
  text?: string;
  /** Earliest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (inclusive). Undated documents never match a date range. */
  from?: string;
  /** Latest date, same forms (inclusive: `2024-03` runs to 31 March). */
  to?: string;
}

/** Compiles a query into a predicate. Throws a RangeError with a one-line message for a malformed date. */
export function compileQuery(q: EntryQuery): (entry: CorpusEntry) => boolean {
  const terms = (q.text ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      const lower = t.toLowerCase();
      // Summaries are Simplified; paths may be in either script.
      const simplified = convert(lower, 'simplified').text;
      return simplified === lower ? [lower] : [lower, simplified];
    });
  const from = q.from ? bound(q.from, 'from')[0] : undefined;
  const to = q.to ? bound(q.to, 'to')[1] : undefined;
  if (from && to && from > to) throw new RangeError(`the date range is empty (${q.from} is after ${q.to})`);
  return (entry) => {
    if (from || to) {
      const date = documentDate(entry);
      const span = date ? dateInterval(date) : undefined;
      if (!span) return false;
      if (from && span[1] < from) return false;
      if (to && span[0] > to) return false;
    }
    if (terms.length === 0) return true;
    const haystack = searchText(entry);
    return terms.every((variants) => variants.some((v) => haystack.includes(v)));
  };
}

export function filterEntries(entries: Iterable<CorpusEntry>, q: EntryQuery): CorpusEntry[] {
  const keep = compileQuery(q);
  const out: CorpusEntry[] = [];
  for (const e of entries) if (keep(e)) out.push(e);
  return out;
}

function bound(value: string, which: 'from' | 'to'): [string, string] {
  const span = dateInterval(value.trim());
  if (!span) throw new RangeError(`the ${which} date "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return span;
}

function searchText(e: CorpusEntry): string {
  const { province, city, county } = e.locality;
  return [e.title, e.path, province, city, county, ...e.officials.flatMap((o) => [o.name, ...o.titles])]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}
