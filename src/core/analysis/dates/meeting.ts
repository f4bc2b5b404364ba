/**
 * The date of the meeting a report is about: a day-level date in the headline or in the first
 * sentences of the lead, in a sentence that says a meeting took place (会议, 召开, 举行 …).
 * The news-lead date (`10月20日讯`) dates the report, not the meeting, and is skipped.
 */
import type { Span } from '../../text/types';
import type { Resolved } from './resolve';

const MEETING_CUE = /会议|召开|举行|举办|开幕|闭幕|座谈|会上|主持|出席|推进会|部署会|动员会|全体会|常务会|电视电话会|调度会|视察|调研|督导|检查/;
/** How many sentences of the lead to look at: the meeting is named at once or not at all. */
export const LEAD_SENTENCES = 2;

function dayLevel(r: Resolved): boolean {
  const p = r.raw.from;
  return p.day !== undefined || p.dayOffset !== undefined || p.previousDayOffset !== undefined;
}

/** The ISO date (or `start/end` interval) of a meeting mention, without the time of day. */
function meetingValue(r: Resolved): string {
  const start = r.mention.iso.split('T')[0];
  if (r.raw.to && r.mention.isoEnd) return `${start}/${r.mention.isoEnd.split('T')[0]}`;
  return start;
}

/**
 * Meeting dates among `resolved` (dates of `text`) that lie in one of `sentences`, in text order and
 * without duplicates.
 */
export function findMeetingDates(text: string, resolved: readonly Resolved[], sentences: readonly Span[]): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    if (!MEETING_CUE.test(text.slice(sentence.start, sentence.end))) continue;
    for (const r of resolved) {
      if (r.raw.start < sentence.start || r.raw.end > sentence.end) continue;
      if (r.raw.dateline === 'xun' || !dayLevel(r) || r.mention.iso === '') continue;
      const value = meetingValue(r);
      if (!out.includes(value)) out.push(value);
    }
  }
  return out;
}
