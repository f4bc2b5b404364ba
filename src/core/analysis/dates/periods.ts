/** The span of days a date point names in a given year, and its ISO form. */
import {
  daysInMonth,
  formatDay,
  formatMonth,
  formatTime,
  formatYear,
  formatYearlessDay,
  formatYearlessMonth,
  type Ymd,
} from './calendar';
import type { DatePoint } from './types';

/** First and last day of the period a point names in `year`. */
export function bounds(p: DatePoint, year: number): { first: Ymd; last: Ymd } {
  if (p.month !== undefined) {
    if (p.day !== undefined) return { first: { year, month: p.month, day: p.day }, last: { year, month: p.month, day: p.day } };
    const dim = daysInMonth(year, p.month);
    if (p.xun !== undefined) {
      const firstDay = (p.xun - 1) * 10 + 1;
      return { first: { year, month: p.month, day: firstDay }, last: { year, month: p.month, day: p.xun === 3 ? dim : firstDay + 9 } };
    }
    return { first: { year, month: p.month, day: 1 }, last: { year, month: p.month, day: dim } };
  }
  let m1 = 1;
  let m2 = 12;
  if (p.quarter !== undefined) [m1, m2] = [p.quarter * 3 - 2, p.quarter * 3];
  else if (p.half !== undefined) [m1, m2] = p.half === 1 ? [1, 6] : [7, 12];
  else if (p.part === 'start') [m1, m2] = [1, 1];
  else if (p.part === 'end') [m1, m2] = [12, 12];
  return { first: { year, month: m1, day: 1 }, last: { year, month: m2, day: daysInMonth(year, m2) } };
}

/** ISO start and (for 上旬/中旬/下旬) end of a point; `year` undefined gives the yearless forms or ''. */
export function isoOf(p: DatePoint, year: number | undefined): { start: string; end?: string } {
  if (p.month !== undefined) {
    if (p.day !== undefined) {
      if (year === undefined) return { start: formatYearlessDay(p.month, p.day) };
      const day = formatDay({ year, month: p.month, day: p.day });
      return { start: p.hour === undefined ? day : `${day}T${formatTime(p.hour, p.minute ?? 0, p.second)}` };
    }
    if (year === undefined) return { start: formatYearlessMonth(p.month) };
    if (p.xun !== undefined) {
      const b = bounds(p, year);
      return { start: formatDay(b.first), end: formatDay(b.last) };
    }
    return { start: formatMonth(year, p.month) };
  }
  if (year === undefined) return { start: '' };
  if (p.quarter !== undefined) return { start: `${formatYear(year)}-Q${p.quarter}` };
  if (p.half !== undefined) return { start: `${formatYear(year)}-H${p.half}` };
  if (p.part === 'start') return { start: formatMonth(year, 1) };
  if (p.part === 'end') return { start: formatMonth(year, 12) };
  return { start: formatYear(year) };
}

export function describePeriod(p: DatePoint): string {
  if (p.xun !== undefined) return ['the first ten days of the month (上旬)', 'the middle ten days (中旬)', 'the last days of the month (下旬)'][p.xun - 1];
  if (p.month !== undefined && p.day === undefined && p.part) return p.part === 'start' ? 'the start of the month' : 'the end of the month';
  if (p.month === undefined && p.part) {
    return p.part === 'start' ? 'the start of the year, given as January' : p.part === 'end' ? 'the end of the year, given as December' : 'within the year';
  }
  return '';
}
