/**
 * Proleptic Gregorian calendar arithmetic on plain numbers (UTC, no time zones: the articles give
 * local dates and we never need an instant).
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined ? 29 : isLeapYear(year) ? 29 : 28;
  return DAYS[month - 1];
}

/** Why a day does not exist, or undefined when it does (Feb 29 without a year is possible). */
export function impossibleDay(year: number | undefined, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1) return `there is no day ${day}`;
  const max = daysInMonth(year, month);
  if (day <= max) return undefined;
  if (month === 2 && day === 29 && year !== undefined) return `${year} is not a leap year, so February has 28 days`;
  return `month ${month} has only ${max} days`;
}

/** Days since 1970-01-01: a total order and cheap differences. */
export function dayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  const n = dayNumber(d);
  const dow = (weekday(d) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(n - dow + 3);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad2(month)}`;
}

export function formatDay(d: Ymd): string {
  return `${formatYear(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** ISO 8601 forms without a year: `--MM-DD`, `--MM`. */
export function formatYearlessDay(month: number, day: number): string {
  return `--${pad2(month)}-${pad2(day)}`;
}

export function formatYearlessMonth(month: number): string {
  return `--${pad2(month)}`;
}

export function formatTime(hour: number, minute: number, second?: number): string {
  return `${pad2(hour)}:${pad2(minute)}${second === undefined ? '' : `:${pad2(second)}`}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad2(w.week)}`;
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Parses the leading `YYYY-MM-DD` of an ISO string (as produced here), or undefined for partial forms. */
export function parseIsoDay(iso: string | undefined): Ymd | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}
