/**
 * The year of a date written without one: a year in the same sentence, then one written in the same
 * paragraph, then the publication year (moved by a year where the calendar demands it), then the
 * year the headline or lead states. Never a silent guess: each choice says where it came from.
 */
import type { Span } from '../../text/types';
import type { DateResolution } from '../types';
import { dayNumber, type Ymd } from './calendar';
import { lastAtOrBefore } from './layout';
import { pubDay, pubLabel, yearOffsetPick, type NoYear, type ResolveContext, type YearEvidence, type YearPick } from './anchors';
import { bounds } from './periods';
import type { DatePoint, Publication, RawDate } from './types';

/** Words before a date that make it a plan or deadline rather than something already reported. */
const FUTURE_CUE = /将|拟|计划|预计|力争|争取|即将|定于|预定|届时|要在|务必|确保|截止|期限/;

export class YearIndex {
  private readonly positions: number[];

  constructor(private readonly years: YearEvidence[]) {
    this.positions = years.map((y) => y.pos);
  }

  /** The nearest year in `span` before the date, else the nearest after it. */
  nearest(span: Span, raw: Span): YearEvidence | undefined {
    const i = lastAtOrBefore(this.positions, raw.start - 1);
    if (i >= 0 && this.positions[i] >= span.start) return this.years[i];
    for (let j = i + 1; j < this.years.length && this.positions[j] < span.end; j++) {
      if (this.positions[j] >= raw.end) return this.years[j];
    }
    return undefined;
  }
}

function hasFutureCue(text: string, raw: RawDate): boolean {
  return raw.before === true || raw.onward === true || FUTURE_CUE.test(text.slice(Math.max(0, raw.start - 10), raw.start));
}

/**
 * The publication year, moved back when the date would otherwise fall well after publication while the
 * same date a year earlier is recent (a December meeting reported in January), or forward for a plan
 * announced at the end of a year (将于1月5日 in late December).
 */
/** Beyond this many days after publication a date without a cue is not this year's news… */
const FUTURE_SLACK_DAYS = 31;
/** …if the same date a year earlier is this recent. */
const RECENT_PAST_DAYS = 92;
/** A planned date this far back in the publication year is read as next year's, if that is near. */
const STALE_PLAN_DAYS = 182;

function yearFromPublication(raw: RawDate, p: DatePoint, ctx: ResolveContext, pub: Ymd, publication: Publication): YearPick {
  const day = (d: Ymd) => dayNumber(d);
  const pubN = day(pub);
  const here = bounds(p, pub.year);
  const label = pubLabel(publication);
  const resolution: DateResolution = 'publication-year';
  const future = hasFutureCue(ctx.text, raw);
  if (!future && day(here.first) > pubN + FUTURE_SLACK_DAYS && day(bounds(p, pub.year - 1).last) >= pubN - RECENT_PAST_DAYS) {
    return {
      year: pub.year - 1,
      resolution,
      how: `taken as ${pub.year - 1}: in ${pub.year} it would fall after the publication date ${label}, and a report looks back at recent events`,
    };
  }
  if (future && day(here.last) < pubN - STALE_PLAN_DAYS && day(bounds(p, pub.year + 1).first) <= pubN + RECENT_PAST_DAYS) {
    return {
      year: pub.year + 1,
      resolution,
      how: `taken as ${pub.year + 1}: a plan or deadline named near the end of ${pub.year}, publication ${label}`,
    };
  }
  return { year: pub.year, resolution, how: `year ${pub.year} from the publication date ${label}` };
}

/** All years, and the written ones alone (a paragraph's year must be written, not 明年). */
export interface YearIndexes {
  all: YearIndex;
  written: YearIndex;
}

export function pickYear(raw: RawDate, p: DatePoint, ctx: ResolveContext, index: YearIndexes): YearPick | NoYear {
  const sentence = ctx.layout.sentenceOf(raw.start);
  const inSentence = index.all.nearest(sentence, raw);
  if (inSentence) {
    return { year: inSentence.year, resolution: 'stated-year', how: `year ${inSentence.year} from “${inSentence.text}” in the same sentence` };
  }
  const pub = pubDay(ctx);
  const paragraph = ctx.layout.lineSpan(ctx.layout.lineOf(raw.start));
  const inParagraph = index.written.nearest(paragraph, raw);
  let ignored = '';
  if (inParagraph) {
    // A year far from the publication year is usually history (与2008年相比), not this date's year.
    if (!pub || Math.abs(inParagraph.year - pub.year) <= 1) {
      return { year: inParagraph.year, resolution: 'stated-year', how: `year ${inParagraph.year} from “${inParagraph.text}” in the same paragraph` };
    }
    ignored = ` (“${inParagraph.text}” in the paragraph is too far from it to be this date's year)`;
  }
  if (pub && ctx.publication) {
    const pick = yearFromPublication(raw, p, ctx, pub, ctx.publication);
    return Object.assign({}, pick, { how: pick.how + ignored });
  }
  if (ctx.contextYear) {
    const c = ctx.contextYear;
    return {
      year: c.year,
      resolution: 'stated-year',
      how: `no year nearby and no publication date; year ${c.year} from “${c.text}” in ${c.where}`,
    };
  }
  const partialPub = ctx.publication ? ` (the publication date ${ctx.publication.iso} has no year)` : '';
  return { how: `no year stated nearby and no publication year${partialPub}: the year is unknown` };
}

/** Years written in the text, for inferring the year of dates that lack one. */
export function collectYears(text: string, raws: readonly RawDate[], ctx: Omit<ResolveContext, 'years'>): YearEvidence[] {
  const out: YearEvidence[] = [];
  for (const raw of raws) {
    const p = raw.from;
    if (raw.impossible) continue;
    if (p.year !== undefined) out.push({ pos: raw.start, year: p.year, text: text.slice(raw.start, raw.end), relative: false });
    else if (p.yearOffset !== undefined) {
      const pick = yearOffsetPick(p, Object.assign({}, ctx, { years: [] }));
      if (pick.year !== undefined) out.push({ pos: raw.start, year: pick.year, text: text.slice(raw.start, raw.end), relative: true });
    }
  }
  return out;
}
