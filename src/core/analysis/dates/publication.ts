/**
 * The publication date of an article, from the strongest evidence the text offers:
 * a labelled dateline (`发布时间:2023-08-01 19:05:52`, `时间:2019-11-23`), a bare timestamp beside
 * `来源:` in the header, the article's own dated link (`本文链接:…/2020/10/20/…`), a news lead
 * (`永州10月20日讯`), and finally the file path or URL the caller knows.
 */
import type { Span } from '../../text/types';
import { formatDay, formatTime, formatYearlessDay, type Ymd } from './calendar';
import { type SpanSet, type TextLayout } from './layout';
import { scanDates } from './scan';
import type { Publication, PublicationSource, RawDate } from './types';
import { dateInPath, type PathDate } from './url-dates';

export interface PublicationInput {
  text: string;
  /** Every date found in the text, boilerplate included (a dateline may sit in a dimmed header). */
  raws: readonly RawDate[];
  layout: TextLayout;
  exclude: SpanSet;
  urls: readonly Span[];
  /** Everything before this offset is header (headline, source line, datelines). */
  headerEnd: number;
  /** End of the lead paragraph, where a news lead's date can be. */
  leadEnd: number;
  pathHint?: string;
}

interface Candidate {
  score: number;
  /** The date in the text this candidate rests on. */
  raw?: RawDate;
  ymd: Ymd;
  time?: string;
  source: PublicationSource;
  how: string;
  span?: Span;
}

const LABEL = /(?:(发布|发表|发稿|刊发|首发|更新|上传|录入|编发)(?:时间|日期)|(时间|日期))[ \u3000]*[:：][ \u3000]*|(发布于)[ \u3000]*/g;
const WEAK_LABEL = new Set(['更新', '上传', '录入']);
const HEADER_LINE_CUE = /来源|作者|编辑|责编|稿源|字号|浏览|阅读|点击/;
const URL_LABEL = /(?:本文链接|原文链接|原文地址|文章链接|本文地址|原文网址|网址|链接|URL)[ \u3000]*[:：]?[ \u3000]*$/i;

const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

function fullDate(raw: RawDate): Ymd | undefined {
  const p = raw.from;
  if (raw.to || raw.impossible || p.year === undefined || p.month === undefined || p.day === undefined) return undefined;
  return { year: p.year, month: p.month, day: p.day };
}

function timeOf(raw: RawDate): string | undefined {
  const p = raw.from;
  return p.hour === undefined ? undefined : formatTime(p.hour, p.minute ?? 0, p.second);
}

/** The date starting exactly at `pos` (raws are in text order). */
function rawAt(raws: readonly RawDate[], pos: number): RawDate | undefined {
  let lo = 0;
  let hi = raws.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (raws[mid].start === pos) return raws[mid];
    if (raws[mid].start < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function datelineCandidates(input: PublicationInput): Candidate[] {
  const { text, headerEnd, exclude } = input;
  const out: Candidate[] = [];
  for (const m of text.matchAll(LABEL)) {
    const raw = rawAt(input.raws, m.index + m[0].length);
    const ymd = raw && fullDate(raw);
    if (!raw || !ymd) continue;
    const inHeader = raw.start < headerEnd;
    const strong = m[1] !== undefined || m[3] !== undefined;
    let score: number;
    if (strong) score = (inHeader ? 12 : exclude.overlaps(raw) ? 8 : 10) - (WEAK_LABEL.has(m[1]) ? 2 : 0);
    else score = inHeader ? 11 : 5; // a bare 时间: in the body is as likely an event notice
    const label = m[0].replace(/[\s:：\u3000]+$/, '');
    out.push({
      score,
      raw,
      ymd,
      time: timeOf(raw),
      source: 'dateline',
      how: `${label} dateline ${quote(text.slice(m.index, raw.end))}`,
      span: { start: m.index, end: raw.end },
    });
  }
  return out;
}

function headerTimestampCandidates(input: PublicationInput, labelled: Set<RawDate>): Candidate[] {
  const { text, layout, headerEnd } = input;
  const out: Candidate[] = [];
  // Read each line once: a header of many timestamps on one long line would otherwise be rescanned per date.
  const lines = new Map<number, { cue: boolean; trimmed: string }>();
  for (const raw of input.raws) {
    if (raw.start >= headerEnd) break;
    const ymd = fullDate(raw);
    if (!ymd || labelled.has(raw)) continue;
    const lineIndex = layout.lineOf(raw.start);
    let line = lines.get(lineIndex);
    if (!line) {
      const span = layout.lineSpan(lineIndex);
      const lineText = text.slice(span.start, span.end);
      line = { cue: HEADER_LINE_CUE.test(lineText), trimmed: lineText.trim() };
      lines.set(lineIndex, line);
    }
    if (line.cue || line.trimmed === text.slice(raw.start, raw.end)) {
      out.push({
        score: 9,
        ymd,
        time: timeOf(raw),
        source: 'header',
        how: `timestamp in the header line ${quote(line.trimmed)}`,
        span: { start: raw.start, end: raw.end },
      });
    }
  }
  return out;
}

function urlCandidates(input: PublicationInput): Candidate[] {
  const { text, exclude } = input;
  const labelled: Candidate[] = [];
  const others: Candidate[] = [];
  for (const url of input.urls) {
    const urlText = text.slice(url.start, url.end);
    const d = dateInPath(urlText);
    if (!d || d.day === undefined) continue;
    const ymd = { year: d.year, month: d.month, day: d.day };
    const label = URL_LABEL.exec(text.slice(Math.max(0, url.start - 12), url.start));
    if (label) {
      labelled.push({ score: 8, ymd, source: 'url', how: `dated link ${quote(`${label[0].trim()}${urlText}`)} (${d.match})`, span: url });
    } else if (!exclude.overlaps(url)) {
      others.push({ score: 6, ymd, source: 'url', how: `dated link in the text ${quote(urlText)} (${d.match})`, span: url });
    }
  }
  // Unlabelled links count only when they agree: a list of related articles carries many dates.
  const distinct = new Set(others.map((c) => formatDay(c.ymd)));
  return distinct.size === 1 ? [...labelled, others[0]] : labelled;
}

function pathDate(pathHint: string | undefined): PathDate | undefined {
  if (!pathHint) return undefined;
  const d = dateInPath(pathHint);
  if (d) return d;
  const base = pathHint.split(/[\\/]/).pop() ?? '';
  const raw = scanDates(base).find((r) => fullDate(r));
  return raw && { year: raw.from.year!, month: raw.from.month!, day: raw.from.day!, match: base.slice(raw.start, raw.end) };
}

function leadRaw(input: PublicationInput): RawDate | undefined {
  return input.raws.find((r) => r.dateline !== undefined && r.start < input.leadEnd && !input.exclude.overlaps(r));
}

/** The lead as written, with its 讯/电. */
function leadText(lead: RawDate, text: string): string {
  return quote(text.slice(lead.start, lead.end + (lead.dateline === 'xun' ? 1 : 0)));
}

function leadNote(lead: RawDate | undefined, chosen: Ymd, text: string): string {
  if (!lead || lead.from.month === undefined || lead.from.day === undefined) return '';
  const written = leadText(lead, text);
  return lead.from.month === chosen.month && lead.from.day === chosen.day
    ? `; agrees with the lead ${written}`
    : `; the lead ${written} gives another day (the event date)`;
}

function toPublication(c: Candidate, note: string): Publication {
  const day = formatDay(c.ymd);
  return {
    iso: c.time ? `${day}T${c.time}` : day,
    year: c.ymd.year,
    month: c.ymd.month,
    day: c.ymd.day,
    source: c.source,
    how: c.how + note,
    ...(c.span ? { span: c.span } : {}),
  };
}

export function findPublication(input: PublicationInput): Publication | undefined {
  const datelines = datelineCandidates(input);
  const labelledRaws = new Set(datelines.map((c) => c.raw!));
  const lead = leadRaw(input);
  const candidates: Candidate[] = [...datelines, ...headerTimestampCandidates(input, labelledRaws), ...urlCandidates(input)];
  if (lead?.from.year !== undefined && lead.from.month !== undefined && lead.from.day !== undefined && !lead.impossible) {
    candidates.push({
      score: lead.dateline === 'xun' ? 8 : 7,
      ymd: { year: lead.from.year, month: lead.from.month, day: lead.from.day },
      source: 'lead',
      how: `news lead ${leadText(lead, input.text)}`,
      span: { start: lead.start, end: lead.end },
    });
  }
  const fromPath = pathDate(input.pathHint);
  if (fromPath?.day !== undefined) {
    candidates.push({
      score: 4,
      ymd: { year: fromPath.year, month: fromPath.month, day: fromPath.day },
      source: 'path',
      how: `date in the file path or URL (${fromPath.match})`,
    });
  }
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.score > best.score || (c.score === best.score && (c.span?.start ?? Infinity) < (best.span?.start ?? Infinity))) best = c;
  if (best) return toPublication(best, best.source === 'lead' ? '' : leadNote(lead, best.ymd, input.text));

  if (!lead || lead.from.month === undefined || lead.from.day === undefined || lead.impossible) return undefined;
  const { month, day } = lead.from;
  const written = leadText(lead, input.text);
  const span = { start: lead.start, end: lead.end };
  if (fromPath && fromPath.month === month) {
    return toPublication(
      { score: 0, ymd: { year: fromPath.year, month, day }, source: 'lead', how: `news lead ${written}, year from the path (${fromPath.match})`, span },
      '',
    );
  }
  return {
    iso: formatYearlessDay(month, day),
    month,
    day,
    source: 'lead',
    how: `news lead ${written}; no year anywhere in the dateline, links or path`,
    span,
  };
}
