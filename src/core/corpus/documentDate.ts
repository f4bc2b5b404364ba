import type { CorpusEntry } from './summary';

/** A date with at least a year: `2024`, `2024-03`, `2024-03-06`, `2024-Q2` (time of day dropped). */
export type DatedValue = string;

const WITH_YEAR = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?/;

/**
 * The date a document is filed under: its publication date when that has a year, else its first
 * meeting date with a year. `--01-27` (no year found) does not count: a date is never guessed.
 */
export function documentDate(entry: Pick<CorpusEntry, 'publishedAt' | 'meetingDates'>): DatedValue | null {
  for (const candidate of [entry.publishedAt, ...entry.meetingDates]) {
    const m = candidate ? WITH_YEAR.exec(candidate) : null;
    if (m) return m[0];
  }
  return null;
}

/** First and last day a date value covers, as `YYYY-MM-DD`; undefined for a malformed value. */
export function dateInterval(value: string): [string, string] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?$/.exec(value);
  if (!m) return undefined;
  const [, y, month, day, quarter] = m;
  if (day) return validDay(+y, +month, +day) ? [value, value] : undefined;
  if (month) {
    if (+month < 1 || +month > 12) return undefined;
    return [`${y}-${month}-01`, `${y}-${month}-${pad(daysIn(+y, +month))}`];
  }
  if (quarter) {
    const first = (+quarter - 1) * 3 + 1;
    return [`${y}-${pad(first)}-01`, `${y}-${pad(first + 2)}-${pad(daysIn(+y, first + 2))}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Chronological order with undated last; ties keep the caller's order. */
export function compareDates(a: DatedValue | null, b: DatedValue | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
