import * as assert from 'assert';
import type { Span } from '../../../../src/core/text/types';

/** The span of the (first) line of `text` containing `snippet`, without its newline. */
export function lineOf(text: string, snippet: string, from = 0): Span {
  const at = text.indexOf(snippet, from);
  assert.ok(at >= 0, `fixture lacks ${JSON.stringify(snippet)}`);
  const start = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Spans are sorted, non-overlapping, non-empty and inside the text. */
export function assertWellFormed(spans: readonly Span[], text: string): void {
  let last = 0;
  for (const s of spans) {
    assert.ok(s.start >= last, `span ${s.start}-${s.end} overlaps or precedes ${last}`);
    assert.ok(s.end > s.start && s.end <= text.length, `bad span ${s.start}-${s.end}`);
    last = s.end;
  }
}

/** The span among `spans` that contains [start, end), if any. */
export function containing<T extends Span>(spans: readonly T[], span: Span): T | undefined {
  return spans.find((s) => s.start <= span.start && span.end <= s.end);
}

export function overlapping<T extends Span>(spans: readonly T[], span: Span): T[] {
  return spans.filter((s) => s.start < span.end && span.start < s.end);
}
