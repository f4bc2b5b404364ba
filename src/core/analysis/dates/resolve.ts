/**
 * Turns parsed dates into ISO values, inferring missing years and anchoring relative words, and says
 * in `how` what each value rests on. Resolution labels:
 * - `absolute`: everything needed is written in the expression itself;
 * - `stated-year`: the year comes from a year written elsewhere in the text (same sentence, same
 *   paragraph, or the headline/lead when there is no publication date);
 * - `publication-year`: the year comes from the publication date;
 * - `relative`: 今年, 上月, 昨天, 当天 … counted from the publication date or the previous date;
 * - `partial`: no year could be found, the value is an ISO form without one (`--01-27`, `--09`);
 * - `unresolved`: no value at all (`iso` is empty): an impossible date, or nothing to anchor to.
 */
import type { DateMention, DateResolution } from '../types';
import { dayNumber, formatDay, impossibleDay, type Ymd } from './calendar';
import { pubDay, unresolved, weekdayNote, yearOffsetPick, type ResolveContext, type Resolved } from './anchors';
import { bounds, describePeriod, isoOf } from './periods';
import { resolveRelative } from './relative';
import { pickYear, YearIndex, type YearIndexes } from './year-inference';
import type { DatePoint, RawDate } from './types';

export type { ContextYear, ResolveContext, Resolved, YearEvidence } from './anchors';
export { collectYears } from './year-inference';

/** Year of a range end: written, relative, or the start's year (the next one if the range crosses New Year). */
function rangeEnd(raw: RawDate, startYear: number | undefined, ctx: ResolveContext): { iso: string; note: string } | undefined {
  const from = raw.from;
  const to = raw.to!;
  const point: DatePoint = { ...to };
  if (point.day !== undefined && point.month === undefined) point.month = from.month;
  let year = to.year;
  let note = '';
  if (year === undefined && to.yearOffset !== undefined) {
    const pick = yearOffsetPick(to, ctx);
    if (pick.year !== undefined) {
      year = pick.year;
      note = `; the end: ${pick.how}`;
    }
  }
  if (year === undefined && startYear !== undefined) {
    year = startYear;
    const a = bounds(from, startYear).first;
    const b = bounds(point, startYear).first;
    if (to.year === undefined && dayNumber(b) < dayNumber(a)) {
      year = startYear + 1;
      note = `; the range runs into ${year}`;
    }
  }
  if (point.month !== undefined && point.day !== undefined) {
    const why = impossibleDay(year, point.month, point.day);
    if (why) return undefined;
  }
  const iso = isoOf(point, year);
  return { iso: iso.end ?? iso.start, note };
}

function flagsNote(raw: RawDate, start: Ymd | undefined, ctx: ResolveContext): { note: string; isoEnd?: string } {
  if (raw.since || raw.untilNow) {
    const word = raw.since ? '以来' : '至今';
    const pub = pubDay(ctx);
    if (pub && ctx.publication) {
      const end = formatDay(pub);
      if (start && dayNumber(start) <= dayNumber(pub)) {
        return { note: `; ${word}: from then up to publication (${end})`, isoEnd: end };
      }
    }
    return { note: `; ${word}: from then up to the time of writing (publication date unknown)` };
  }
  if (raw.upTo) return { note: '; 截至: up to and including this date' };
  if (raw.before) return { note: '; a deadline: by this date' };
  if (raw.onward) return { note: '; from this date on' };
  return { note: '' };
}

function resolveOne(raw: RawDate, ctx: ResolveContext, index: YearIndexes, done: readonly Resolved[]): DateMention {
  const text = ctx.text.slice(raw.start, raw.end);
  if (raw.impossible) return unresolved(raw, text, `${text} cannot be a date: ${raw.impossible}`);
  const p = raw.from;
  if (p.dayOffset !== undefined || p.previousDayOffset !== undefined || p.recent || p.monthOffset !== undefined || p.weekOffset !== undefined) {
    return resolveRelative(raw, text, ctx, done);
  }
  let year: number | undefined;
  let resolution: DateResolution;
  let how: string;
  if (p.year !== undefined) {
    year = p.year;
    resolution = 'absolute';
    how = p.month === undefined && p.quarter === undefined && p.half === undefined && p.part === undefined ? 'year written in full' : 'date written in full';
  } else {
    const pick = p.yearOffset !== undefined ? yearOffsetPick(p, ctx) : pickYear(raw, p, ctx, index);
    if (pick.year !== undefined) {
      ({ year, resolution, how } = pick);
    } else {
      resolution = 'partial';
      how = pick.how;
    }
  }
  if (year !== undefined && p.month !== undefined && p.day !== undefined) {
    const why = impossibleDay(year, p.month, p.day);
    if (why) return unresolved(raw, text, `${text} cannot be a date in ${year}: ${why} (${how})`);
  }
  const iso = isoOf(p, year);
  if (iso.start === '') return unresolved(raw, text, how);
  const period = describePeriod(p);
  if (period) how += `; ${period}`;
  const mention: DateMention = { start: raw.start, end: raw.end, text, iso: iso.start, resolution, how };
  if (iso.end) mention.isoEnd = iso.end;
  if (raw.to) {
    const end = rangeEnd(raw, year, ctx);
    if (end && end.iso !== '') {
      mention.isoEnd = end.iso;
      mention.how += end.note;
    } else {
      mention.how += '; the end of the range could not be resolved';
    }
  }
  const flags = flagsNote(raw, year === undefined ? undefined : bounds(p, year).first, ctx);
  mention.how += flags.note;
  if (flags.isoEnd && !mention.isoEnd) mention.isoEnd = flags.isoEnd;
  mention.how += weekdayNote(p, mention.iso);
  return mention;
}

/** Resolves dates in text order (当天 looks back at what came before). */
export function resolveDates(raws: readonly RawDate[], ctx: ResolveContext): Resolved[] {
  const index = { all: new YearIndex(ctx.years), written: new YearIndex(ctx.years.filter((y) => !y.relative)) };
  const done: Resolved[] = [];
  for (const raw of raws) done.push({ raw, mention: resolveOne(raw, ctx, index, done) });
  return done;
}
