/**
 * Sentences, paragraphs, the headline and the lead of an article, and the spans to leave out
 * (boilerplate, URLs): the context that year inference and meeting detection look at.
 */
import type { Span } from '../../text/types';

/** Sorted, merged spans with an O(log n) overlap test. */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[] = []) {
    const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    for (const s of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && s.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], s.end);
      else {
        this.starts.push(s.start);
        this.ends.push(s.end);
      }
    }
  }

  get size(): number {
    return this.starts.length;
  }

  overlaps(span: Span): boolean {
    const i = lastAtOrBefore(this.starts, span.end - 1);
    return i >= 0 && this.ends[i] > span.start;
  }

  covers(span: Span): boolean {
    const i = lastAtOrBefore(this.starts, span.start);
    return i >= 0 && this.ends[i] >= span.end;
  }
}

/** Index of the last element <= value in a sorted array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const SENTENCE_END = /[。！？!?\n]/g;
/** A lead names its news agency or paper before the date: `本报讯`, `永州10月20日讯`, `新华社北京8月1日电`. */
const LEAD_CUE = /讯|电[（(\s]|本报|记者/;
/** A short paragraph that opens with a date is a lead, not an image caption (`7月12日，…会议召开。`). */
const LEAD_DATE = /^\S{0,12}?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})[日号]/;

export class TextLayout {
  /** Offsets where each line (paragraph) starts. */
  private readonly lineStarts: number[] = [0];
  /** Offsets of sentence-ending characters, in order. */
  private readonly sentenceEnds: number[] = [];

  /** Per line: how many non-blank lines precede it (blank lines between paragraphs do not count). */
  private readonly paragraphIndex: number[] = [];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    for (const m of text.matchAll(SENTENCE_END)) this.sentenceEnds.push(m.index);
    let seen = 0;
    for (let i = 0; i < this.lineStarts.length; i++) {
      this.paragraphIndex.push(seen);
      const span = this.lineSpan(i);
      if (/\S/.test(text.slice(span.start, span.end))) seen++;
    }
  }

  /** Ordinal of the paragraph containing `pos`, counting only non-blank lines. */
  paragraphOf(pos: number): number {
    return this.paragraphIndex[this.lineOf(pos)];
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineOf(pos: number): number {
    return Math.max(0, lastAtOrBefore(this.lineStarts, pos));
  }

  lineSpan(index: number): Span {
    const start = this.lineStarts[index];
    const next = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] - 1 : this.text.length;
    return { start, end: next };
  }

  /** The sentence containing `pos`: from after the previous 。！？/newline through the next one. */
  sentenceOf(pos: number): Span {
    const i = lastAtOrBefore(this.sentenceEnds, pos - 1);
    const start = i >= 0 ? this.sentenceEnds[i] + 1 : 0;
    const j = i + 1;
    const end = j < this.sentenceEnds.length ? this.sentenceEnds[j] + 1 : this.text.length;
    return { start, end };
  }

  /** The first sentences of a span (a paragraph), at most `count`. */
  sentencesIn(span: Span, count: number): Span[] {
    const out: Span[] = [];
    let pos = span.start;
    while (pos < span.end && out.length < count) {
      const s = this.sentenceOf(pos);
      const clipped = { start: Math.max(s.start, span.start), end: Math.min(s.end, span.end) };
      if (this.text.slice(clipped.start, clipped.end).trim() !== '') out.push(clipped);
      pos = s.end;
    }
    return out;
  }

  /**
   * The headline: the first non-empty line, if it reads like one (short, no full stop) and is not a
   * dateline or a navigation crumb. A `title` given by the caller is matched first.
   */
  findTitleLine(exclude: SpanSet, title?: string): Span | undefined {
    const wanted = title?.trim();
    for (let i = 0; i < this.lineCount && i < 12; i++) {
      const span = this.lineSpan(i);
      const line = this.text.slice(span.start, span.end).trim();
      if (line === '' || exclude.covers(span)) continue;
      if (wanted) {
        if (line === wanted) return span;
        continue;
      }
      // Crumbs (当前位置:) and source lines come before the headline on many sites.
      if (/[:：]$/.test(line) || /来源|发布时间|时间[:：]/.test(line)) continue;
      return line.length <= 80 && !/[。！？]$/.test(line) ? span : undefined;
    }
    return undefined;
  }

  /**
   * The lead paragraph: the first line that reads like running text (a full stop and some length, or a
   * news-agency cue). Headlines, datelines, image captions and crumbs come before it.
   */
  findLead(exclude: SpanSet, titleLine?: Span): Span | undefined {
    for (let i = 0; i < this.lineCount; i++) {
      const span = this.lineSpan(i);
      if (titleLine && span.start === titleLine.start) continue;
      if (exclude.covers(span)) continue;
      const line = this.text.slice(span.start, span.end).trim();
      if (!/[。！？]/.test(line)) continue;
      if (line.length >= 30 || LEAD_CUE.test(line.slice(0, 40)) || LEAD_DATE.test(line.slice(0, 24))) return span;
    }
    return undefined;
  }
}

/** URLs written in the text (`https://…`, `www.…`), whose digits are not dates in the prose. */
export function findUrls(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]{1,500}/g)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
