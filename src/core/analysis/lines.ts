import type { Span } from '../text/types';

/** Non-empty lines of `text` as spans without the newline (and without a `\r` before it). */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    let nl = text.indexOf('\n', start);
    const last = nl < 0;
    if (last) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (end > start) out.push({ start, end });
    if (last) return out;
    start = nl + 1;
  }
}
