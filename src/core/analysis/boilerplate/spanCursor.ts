import type { Span } from '../../text/types';

/**
 * Answers "does [start, end) touch an excluded span?" for queries that arrive in increasing order of
 * `start`, in amortised O(1): analysers walk the text left to right, so a moving pointer over the
 * sorted exclusions keeps a whole pass linear instead of testing every span at every hit.
 */
export class SpanCursor {
  private readonly spans: Span[];
  private index = 0;

  constructor(spans: readonly Span[] | undefined) {
    this.spans = (spans ?? []).filter((s) => s.end > s.start).slice().sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** True when [start, end) overlaps an excluded span. Calls must come with non-decreasing `start`. */
  overlaps(start: number, end: number): boolean {
    const { spans } = this;
    while (this.index < spans.length && spans[this.index].end <= start) this.index++;
    for (let i = this.index; i < spans.length && spans[i].start < end; i++) {
      if (spans[i].end > start) return true;
    }
    return false;
  }

  /** True when [start, end) lies entirely inside one excluded span. Same ordering contract as `overlaps`. */
  covers(start: number, end: number): boolean {
    const { spans } = this;
    while (this.index < spans.length && spans[this.index].end <= start) this.index++;
    for (let i = this.index; i < spans.length && spans[i].start <= start; i++) {
      if (spans[i].end >= end) return true;
    }
    return false;
  }
}
