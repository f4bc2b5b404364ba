import type { Span } from '../../text/types';

/**
 * Sorted, merged spans with a fast membership test (documents may have hundreds of boilerplate blocks,
 * and a long report hundreds of thousands of names). Kept as two arrays of numbers, not span objects: a
 * long-lived object per span is what makes the garbage collector slow.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: readonly Span[] = []) {
    const nonEmpty = spans.filter((s) => s.end > s.start);
    // Usually given in order already (place names, mentions): then sorting would only cost.
    const sorted = startsInOrder(nonEmpty) ? nonEmpty : nonEmpty.sort((a, b) => a.start - b.start);
    const { starts, ends } = this;
    for (const s of sorted) {
      const last = ends.length - 1;
      if (last >= 0 && s.start <= ends[last]) ends[last] = Math.max(ends[last], s.end);
      else {
        starts.push(s.start);
        ends.push(s.end);
      }
    }
  }

  /** True when [start, end) overlaps any span. */
  overlaps(start: number, end: number): boolean {
    const { starts, ends } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= start) lo = mid + 1;
      else if (starts[mid] >= end) hi = mid - 1;
      else return true;
    }
    return false;
  }
}

/** Are the spans' starts non-decreasing (what a stable sort by start would leave as it is)? */
function startsInOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i - 1].start > spans[i].start) return false;
  return true;
}

export interface Layout {
  /** The headline, when it is part of the text. */
  headline?: Span;
  /** The opening of the article after the headline: datelines and the lead sentence live here. */
  lead?: Span;
}

const LEAD_LENGTH = 200;
const MAX_HEADLINE = 64;
/** Lines such as `当前位置:` or `首页 > 新闻` are navigation, not a headline. */
const NOT_HEADLINE = /^(?:当前位置|您的位置|首页|来源|发布时间|时间|作者|编辑|责任编辑)|[:：]$|\.(?:jpe?g|png|gif)$/i;

/** A headline is short and is not a sentence of the body. */
export function looksLikeHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE && !/[。！？]/.test(line);
}

function lineAt(text: string, start: number): Span {
  const nl = text.indexOf('\n', start);
  return { start, end: nl < 0 ? text.length : nl };
}

/**
 * Finds the headline (the given title, or the first short non-boilerplate line) and the lead that
 * follows it.
 */
export function findLayout(text: string, title: string | undefined, exclude: SpanSet): Layout {
  let headline: Span | undefined;
  const t = title?.replace(/…$/, '').trim();
  if (t) {
    // A "title" that is really the opening paragraph (articles without a headline) is not one.
    const at = looksLikeHeadline(t) ? text.indexOf(t) : -1;
    if (at >= 0 && at < 2000) headline = { start: at, end: at + t.length };
  } else {
    for (let pos = 0, lines = 0; pos < text.length && lines < 6; lines++) {
      const line = lineAt(text, pos);
      const content = text.slice(line.start, line.end).trim();
      pos = line.end + 1;
      if (!content || exclude.overlaps(line.start, line.end) || NOT_HEADLINE.test(content)) continue;
      if (looksLikeHeadline(content)) {
        const off = text.indexOf(content, line.start);
        headline = { start: off, end: off + content.length };
      }
      break;
    }
  }
  const leadStart = headline ? headline.end : 0;
  let start = leadStart;
  // Skip boilerplate and blank lines between headline and lead (source lines, captions, images).
  while (start < text.length) {
    const line = lineAt(text, start);
    const content = text.slice(line.start, line.end).trim();
    if (content && !exclude.overlaps(line.start, line.end)) break;
    start = line.end + 1;
  }
  const lead = start < text.length ? { start, end: Math.min(text.length, start + LEAD_LENGTH) } : undefined;
  return { headline, lead };
}
