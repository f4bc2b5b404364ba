import type { Span } from '../../text/types';

/** Opening quote → its closing quote. Book-title marks too: a law's name is a formula as well. */
const CLOSE: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '《': '》', '"': '"', '‘': '’' };
const OPENS = new Uint8Array(0x10000);
for (const open of Object.keys(CLOSE)) OPENS[open.charCodeAt(0)] = 1;
/** Longest quoted text (UTF-16 units) treated as a formulation; longer quotations are speech. */
export const MAX_QUOTED = 40;

/**
 * The insides of short quotations (`“党政同责、一岗双责…”`, `“四不两直”`): the slogans and formulas a
 * reader selects and asks about. They are indexed with every k-gram rather than winnowed, so even a
 * formula shorter than the winnowing guarantee is found wherever it is quoted.
 */
export function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    // A code-unit test first: this scan runs over every document added and every one asked about.
    if (!OPENS[text.charCodeAt(i)]) continue;
    const close = CLOSE[text[i]];
    // Only a near closing mark counts: an unclosed quote must not make this scan quadratic.
    const end = text.slice(i + 1, i + 2 + MAX_QUOTED).indexOf(close);
    if (end <= 0) continue;
    const inside = text.slice(i + 1, i + 1 + end);
    if (!inside.includes('\n')) {
      out.push({ start: i + 1, end: i + 1 + end });
      i += end + 1;
    }
  }
  return out;
}
