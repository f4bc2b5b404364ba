/** Relative dates: 今天/昨天/前天, 近日/日前, 上月/本月, 本周/上周, and 当天/次日 after another date. */
import type { DateMention, DateResolution } from '../types';
import { addDays, addMonths, formatDay, formatWeek, formatYearlessDay, impossibleDay, parseIsoDay } from './calendar';
import { pubDay, pubLabel, unresolved, weekdayNote, withTime, type ResolveContext, type Resolved } from './anchors';
import { describePeriod, isoOf } from './periods';
import type { DatePoint, RawDate } from './types';

/** Month-day arithmetic without a year: only when every year gives the same answer. */
function shiftYearless(month: number, day: number, offset: number): string | undefined {
  const a = addDays({ year: 2001, month, day }, offset);
  const b = addDays({ year: 2004, month, day }, offset);
  return a.month === b.month && a.day === b.day && impossibleDay(undefined, month, day) === undefined
    ? formatYearlessDay(a.month, a.day)
    : undefined;
}

/** The dateline or header timestamp dates the page, not the events a later 当天 refers to. */
function isPublicationEvidence(raw: RawDate, ctx: ResolveContext): boolean {
  const span = ctx.publication?.span;
  return span !== undefined && ctx.publication!.source !== 'lead' && raw.start < span.end && raw.end > span.start;
}

export function resolveRelative(raw: RawDate, text: string, ctx: ResolveContext, done: readonly Resolved[]): DateMention {
  const p = raw.from;
  const pub = pubDay(ctx);
  const publication = ctx.publication;
  const mention = (iso: string, how: string, resolution: DateResolution = 'relative'): DateMention => ({
    start: raw.start,
    end: raw.end,
    text,
    iso,
    resolution,
    how: how + weekdayNote(p, iso),
  });
  if (p.previousDayOffset !== undefined) {
    const paragraph = ctx.layout.paragraphOf(raw.start);
    for (let i = done.length - 1; i >= 0; i--) {
      const prev = done[i];
      if (ctx.layout.paragraphOf(prev.raw.start) < paragraph - 1) break;
      const prevIso = prev.mention.iso;
      if (prev.raw.from.day === undefined || prevIso === '' || isPublicationEvidence(prev.raw, ctx)) continue;
      const offsetText = p.previousDayOffset === 0 ? 'the same day as' : 'the day after';
      const ymd = parseIsoDay(prevIso);
      if (ymd) {
        return mention(withTime(formatDay(addDays(ymd, p.previousDayOffset)), p), `${offsetText} “${prev.mention.text}” (${prevIso.slice(0, 10)}) mentioned just before`);
      }
      const m = /^--(\d{2})-(\d{2})/.exec(prevIso);
      const shifted = m ? shiftYearless(Number(m[1]), Number(m[2]), p.previousDayOffset) : undefined;
      if (shifted) return mention(shifted, `${offsetText} “${prev.mention.text}” mentioned just before, whose year is unknown`, 'partial');
      break;
    }
    return unresolved(raw, text, `${text} refers to a day mentioned before, but no date precedes it in this or the previous paragraph`);
  }
  if (!publication) return unresolved(raw, text, `${text} is relative to the publication date, which was not found`);
  const label = pubLabel(publication);
  if (p.recent) {
    if (pub) return mention(formatDay(pub), `${text} (recently): on or shortly before the publication date ${label}; the exact day is not stated`);
    return mention(publication.iso, `${text} (recently): on or shortly before the publication date, whose year is unknown`, 'partial');
  }
  if (p.dayOffset !== undefined) {
    const what = p.dayOffset === 0 ? 'the publication date' : p.dayOffset === -1 ? 'the day before publication' : `${-p.dayOffset} days before publication`;
    if (pub) return mention(withTime(formatDay(addDays(pub, p.dayOffset)), p), `${text} = ${what}, ${label}`);
    const shifted = shiftYearless(publication.month, publication.day, p.dayOffset);
    if (shifted) return mention(shifted, `${text} = ${what} (${publication.iso}, year unknown)`, 'partial');
    return unresolved(raw, text, `${text} is relative to a publication date without a year`);
  }
  if (!pub) return unresolved(raw, text, `${text} is relative to a publication date without a year (${publication.iso})`);
  if (p.weekOffset !== undefined) {
    const what = ['last week', 'the week of publication', 'next week'][p.weekOffset + 1];
    return mention(formatWeek(addDays(pub, 7 * p.weekOffset)), `${text} = ${what}, publication ${label}`);
  }
  // monthOffset
  const { year, month } = addMonths(pub.year, pub.month, p.monthOffset ?? 0);
  const what = ['the month before publication', 'the month of publication', 'the month after publication'][(p.monthOffset ?? 0) + 1];
  // Assigned, not spread: see `merged` in scan.ts.
  const point: DatePoint = Object.assign({}, p, { month });
  if (p.day !== undefined) {
    const why = impossibleDay(year, month, p.day);
    if (why) return unresolved(raw, text, `${text} cannot be a date: ${why}`);
  }
  const iso = isoOf(point, year);
  const period = describePeriod(point);
  const m = mention(iso.start, `${text}: ${what}, ${label}${period ? `; ${period}` : ''}`);
  if (iso.end) m.isoEnd = iso.end;
  return m;
}
