/**
 * What resolution is anchored to: the publication date, the year the headline states, the years written
 * in the text; and the small helpers every resolver shares.
 */
import type { DateMention, DateResolution } from '../types';
import { formatTime, parseIsoDay, weekday, WEEKDAY_NAMES, type Ymd } from './calendar';
import type { TextLayout } from './layout';
import type { DatePoint, Publication, RawDate } from './types';

/** A year written in the text (`2023年`, `2019-11-23`, or 去年 once anchored). */
export interface YearEvidence {
  pos: number;
  year: number;
  text: string;
  /** 去年, 明年 …: evidence only within its own sentence (明年一季度 says nothing about the next sentence). */
  relative: boolean;
}

/** The year the headline or lead states, for articles without a publication date. */
export interface ContextYear {
  year: number;
  /** `the headline`, `the lead` … */
  where: string;
  text: string;
}

export interface ResolveContext {
  text: string;
  layout: TextLayout;
  publication?: Publication;
  contextYear?: ContextYear;
  /** Sorted by position. */
  years: YearEvidence[];
}

export interface Resolved {
  raw: RawDate;
  mention: DateMention;
}

const SOURCE_NAME: Record<Publication['source'], string> = {
  dateline: 'dateline',
  header: 'header timestamp',
  url: "article's dated link",
  lead: 'news lead',
  path: 'file path or URL',
};
const CN_WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];

export function pubDay(ctx: ResolveContext): Ymd | undefined {
  const p = ctx.publication;
  return p?.year === undefined ? undefined : { year: p.year, month: p.month, day: p.day };
}

export function pubLabel(p: Publication): string {
  return `${p.iso.slice(0, 10)} (${SOURCE_NAME[p.source]})`;
}

export interface YearPick {
  year: number;
  resolution: DateResolution;
  how: string;
}

/** No year could be found; `how` says why. */
export interface NoYear {
  year?: undefined;
  how: string;
}

const YEAR_WORD: Record<number, string> = { 0: '今年', [-1]: '去年', [-2]: '前年', 1: '明年' };

export function yearOffsetPick(p: DatePoint, ctx: ResolveContext): YearPick | NoYear {
  const offset = p.yearOffset!;
  const word = YEAR_WORD[offset];
  const rel = offset === 0 ? 'the year of' : offset === -1 ? 'the year before' : offset === 1 ? 'the year after' : `${-offset} years before`;
  const pub = pubDay(ctx);
  if (pub && ctx.publication) {
    return { year: pub.year + offset, resolution: 'relative', how: `${word} = ${pub.year + offset}, ${rel} publication ${pubLabel(ctx.publication)}` };
  }
  if (ctx.contextYear) {
    const c = ctx.contextYear;
    return {
      year: c.year + offset,
      resolution: 'relative',
      how: `${word} taken relative to ${c.year}, the year “${c.text}” in ${c.where} states (no publication date)`,
    };
  }
  return { how: `${word} is relative to the publication year, which was not found` };
}

export function weekdayNote(p: DatePoint, iso: string): string {
  if (p.weekday === undefined) return '';
  const ymd = parseIsoDay(iso);
  if (!ymd) return `; the text gives the weekday 星期${CN_WEEKDAY[p.weekday]}`;
  const actual = weekday(ymd);
  return actual === p.weekday
    ? `; the stated weekday 星期${CN_WEEKDAY[p.weekday]} agrees`
    : `; the text says 星期${CN_WEEKDAY[p.weekday]} but ${iso.slice(0, 10)} is a ${WEEKDAY_NAMES[actual]}`;
}

export const unresolved = (raw: RawDate, text: string, how: string): DateMention => ({
  start: raw.start,
  end: raw.end,
  text,
  iso: '',
  resolution: 'unresolved',
  how,
});

export function withTime(day: string, p: DatePoint): string {
  return p.hour === undefined || day.startsWith('--') ? day : `${day}T${formatTime(p.hour, p.minute ?? 0, p.second)}`;
}
