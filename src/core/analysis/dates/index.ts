/**
 * Dates in cleaned Simplified Chinese news text: every date mention with its ISO value and how it was
 * resolved, the publication date, and the date(s) of the meeting the report is about.
 *
 * `iso` forms: `2023-08-01`, `2023-08-01T19:05:52`, `2023-08`, `2023`, `2023-Q2`, `2023-H1`,
 * `2023-W31`; without a year `--01-27` and `--09`; empty when nothing can be said (see `how`).
 * Ranges put their end in `isoEnd`. Resolution labels are explained in ./resolve.ts.
 */
import type { Span } from '../../text/types';
import type { DateMention } from '../types';
import { parseIsoDay, weekday, WEEKDAY_NAMES } from './calendar';
import { findUrls, SpanSet, TextLayout } from './layout';
import { findMeetingDates, LEAD_SENTENCES } from './meeting';
import { findPublication } from './publication';
import { collectYears, resolveDates, type ContextYear, type ResolveContext } from './resolve';
import { scanDates } from './scan';
import type { Publication, RawDate } from './types';

export type { Publication, PublicationSource } from './types';

export interface DatesResult {
  dates: DateMention[];
  /** ISO date or date-time of publication; `--MM-DD` when only a news lead without a year gives it. */
  publishedAt?: string;
  meetingDates: string[];
  /** The publication date with its evidence (`how`, and the span of the dateline or link). */
  publication?: Publication;
}

export interface FindDatesOptions {
  /** Boilerplate spans: their dates are not reported or used as evidence, except a dateline for publication. */
  exclude?: Span[];
  /** The headline, if known; it may or may not also be the first line of `text`. */
  title?: string;
  /** File path or URL of the article; may contain its date (`/2023/0801/`, `2023-08-01_….txt`). */
  pathHint?: string;
}

/** Without a lead, how far the header (datelines) can reach and where a news lead can be. */
const DEFAULT_HEADER = 1000;
const DEFAULT_LEAD_END = 2000;

function firstYear(raws: readonly RawDate[], text: string, inside: Span | undefined, where: string): ContextYear | undefined {
  for (const r of raws) {
    if (inside && (r.start < inside.start || r.end > inside.end)) continue;
    if (r.from.year !== undefined && !r.impossible) return { year: r.from.year, where, text: text.slice(r.start, r.end) };
  }
  return undefined;
}

export function findDates(text: string, opts: FindDatesOptions = {}): DatesResult {
  const exclude = new SpanSet(opts.exclude ?? []);
  const urls = findUrls(text);
  const inUrl = new SpanSet(urls);
  const layout = new TextLayout(text);
  const raws = scanDates(text).filter((r) => !inUrl.overlaps(r));
  const titleLine = layout.findTitleLine(exclude, opts.title);
  const lead = layout.findLead(exclude, titleLine);
  const publication = findPublication({
    text,
    raws,
    layout,
    exclude,
    urls,
    headerEnd: lead ? lead.start : Math.min(text.length, DEFAULT_HEADER),
    leadEnd: lead ? lead.end : Math.min(text.length, DEFAULT_LEAD_END),
    pathHint: opts.pathHint,
  });
  const kept = raws.filter((r) => !exclude.overlaps(r));

  // A headline passed separately (not a line of `text`) still gives a year and a meeting date.
  const separateTitle = !titleLine && opts.title ? opts.title : undefined;
  const titleRaws = separateTitle ? scanDates(separateTitle) : [];
  const contextYear =
    (separateTitle && firstYear(titleRaws, separateTitle, undefined, 'the headline')) ||
    (titleLine && firstYear(kept, text, titleLine, 'the headline')) ||
    (lead && firstYear(kept, text, lead, 'the lead')) ||
    undefined;

  const base = { text, layout, publication, contextYear };
  const ctx: ResolveContext = { ...base, years: collectYears(text, kept, base) };
  const resolved = resolveDates(kept, ctx);

  const sentences = [...(titleLine ? [titleLine] : []), ...(lead ? layout.sentencesIn(lead, LEAD_SENTENCES) : [])];
  const meetingDates = findMeetingDates(text, resolved, sentences);
  if (separateTitle && titleRaws.length > 0) {
    const titleLayout = new TextLayout(separateTitle);
    const tBase = { text: separateTitle, layout: titleLayout, publication, contextYear };
    const titleResolved = resolveDates(titleRaws, { ...tBase, years: collectYears(separateTitle, titleRaws, tBase) });
    for (const d of findMeetingDates(separateTitle, titleResolved, [{ start: 0, end: separateTitle.length }])) {
      if (!meetingDates.includes(d)) meetingDates.unshift(d);
    }
  }

  return {
    dates: resolved.map((r) => r.mention),
    ...(publication ? { publishedAt: publication.iso, publication } : {}),
    meetingDates,
  };
}

/** English weekday of an ISO value that names a day (`2023-08-01…`), for hovers; undefined otherwise. */
export function weekdayOf(iso: string): string | undefined {
  const d = parseIsoDay(iso);
  return d && WEEKDAY_NAMES[weekday(d)];
}
