import { compareNames } from '../group';
import { monthRange } from './dates';
import type { EntryFacts } from './facts';
import type { SeriesSelector, Timeline, TimelineSeries } from './types';

export const DEFAULT_TIMELINE_PROVINCES = 12;

/** Key of the documents without a known province (no province name is empty). */
const UNKNOWN = '';

/** Reports per month per province, filled one entry at a time. */
export class TimelineAccumulator {
  private readonly byProvince = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();
  private first: string | null = null;
  private last: string | null = null;
  private undated = 0;
  private withoutMonth = 0;

  add(f: EntryFacts): void {
    if (!f.date) {
      this.undated++;
      return;
    }
    if (!f.month) {
      this.withoutMonth++;
      return;
    }
    const province = f.levels[0] ?? UNKNOWN;
    let months = this.byProvince.get(province);
    if (!months) this.byProvince.set(province, (months = new Map()));
    months.set(f.month, (months.get(f.month) ?? 0) + 1);
    this.totals.set(province, (this.totals.get(province) ?? 0) + 1);
    if (this.first === null || f.month < this.first) this.first = f.month;
    if (this.last === null || f.month > this.last) this.last = f.month;
  }

  finish(maxProvinces: number): Timeline {
    const months = this.first && this.last ? monthRange(this.first, this.last) : [];
    const column = new Map(months.map((m, i) => [m, i]));
    const provinces = [...this.totals.keys()]
      .filter((p) => p !== UNKNOWN)
      .sort((a, b) => this.totals.get(b)! - this.totals.get(a)! || compareNames(a, b));
    // Folding a single province into "other" would hide its name for nothing.
    const own = provinces.length > maxProvinces + 1 ? provinces.slice(0, Math.max(0, maxProvinces)) : provinces;
    const folded = provinces.slice(own.length);
    const series: TimelineSeries[] = own.map((p) => this.series('province', p, p, [p], months.length, column));
    if (folded.length) series.push(this.series('other', null, 'other provinces', folded, months.length, column));
    if (this.byProvince.has(UNKNOWN)) series.push(this.series('unknown', null, 'unknown locality', [UNKNOWN], months.length, column));
    return { months, series, undated: this.undated, withoutMonth: this.withoutMonth };
  }

  private series(kind: TimelineSeries['kind'], province: string | null, label: string, keys: string[], width: number, column: Map<string, number>): TimelineSeries {
    const counts = new Array<number>(width).fill(0);
    let total = 0;
    for (const key of keys) {
      for (const [month, n] of this.byProvince.get(key)!) {
        counts[column.get(month)!] += n;
        total += n;
      }
    }
    return { kind, province, label, members: kind === 'other' ? keys : [], counts, total };
  }
}

/** The predicate behind a timeline bar: which documents a series selector stands for. */
export function seriesMatcher(series: SeriesSelector): (f: EntryFacts) => boolean {
  if (series === undefined) return () => true;
  if (series === null) return (f) => f.levels.length === 0;
  if (typeof series === 'string') return (f) => f.levels[0] === series;
  const set = new Set(series);
  return (f) => f.levels.length > 0 && set.has(f.levels[0]);
}
