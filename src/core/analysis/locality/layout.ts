import type { Span } from '../../text/types';

/** Sorted, merged spans with a fast membership test (documents may have hundreds of boilerplate blocks). */
export class SpanSet {
  private readonly spans: Span[];

  constructor(spans: readonly Span[] = []) {
    const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    const merged: Span[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ start: s.start, end: s.end });
    }
    this.spans = merged;
  }

  /** True when [start, end) overlaps any span. */
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid];
      if (s.end <= start) lo = mid + 1;
      else if (s.start >= end) hi = mid - 1;
      else return true;
    }
    return false;
  }
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
