/**
 * Dates that news sites put in article URLs and that scrapers keep in file names:
 * `/2023/0801/`, `/2020/10/20/`, `/202308/t20230801_123.html`, `?date=20230801`, `2023-08-01_标题.txt`.
 */
import { impossibleDay } from './calendar';

export interface PathDate {
  year: number;
  month: number;
  /** Absent when only the year and month are there (`/202308/`). */
  day?: number;
  /** The part of the string that gave the date. */
  match: string;
}

const SEP = '[\\/\\\\_\\-.]';
const BEFORE = '(?:^|[\\/\\\\_\\-=.?&t ])';
const AFTER = '(?=$|[\\/\\\\_\\-.?#& ])';
const FULL = new RegExp(`${BEFORE}((?:19|20)\\d{2})${SEP}?(\\d{2})${SEP}?(\\d{2})${AFTER}`, 'g');
const SHORT = new RegExp(`${BEFORE}((?:19|20)\\d{2})${SEP}(\\d{1,2})${SEP}(\\d{1,2})${AFTER}`, 'g');
const MONTH_ONLY = new RegExp(`${BEFORE}((?:19|20)\\d{2})${SEP}?(\\d{2})(?=$|[\\/\\\\_?#& ])`, 'g');
/** Sites started publishing on the web in the 1990s; an earlier "date" in a path is an id. */
const MIN_WEB_YEAR = 1990;
const MAX_WEB_YEAR = 2099;

function plausible(year: number, month: number, day?: number): boolean {
  if (year < MIN_WEB_YEAR || year > MAX_WEB_YEAR || month < 1 || month > 12) return false;
  return day === undefined || impossibleDay(year, month, day) === undefined;
}

function firstMatch(re: RegExp, s: string, withDay: boolean): PathDate | undefined {
  for (const m of s.matchAll(re)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = withDay ? Number(m[3]) : undefined;
    if (plausible(year, month, day)) {
      const match = m[0].replace(/^[\/\\_\-=.?&t ]/, '');
      return day === undefined ? { year, month, match } : { year, month, day, match };
    }
  }
  return undefined;
}

/** The most specific date in a URL or file path: a full date if there is one, else a year and month. */
export function dateInPath(s: string): PathDate | undefined {
  return firstMatch(FULL, s, true) ?? firstMatch(SHORT, s, true) ?? firstMatch(MONTH_ONLY, s, false);
}
