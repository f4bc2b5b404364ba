/**
 * Months of the timeline. A document's date is `documentDate` (publication date with a year, else the
 * first meeting date with a year): the timeline files a report where the Corpus view's date tree does,
 * so a bar and the tree's month agree. The fallback matters for scraped reports that print no
 * publication date but say when the meeting was held; a date without a year (`--10-20`) stays undated
 * rather than being guessed into some year.
 */

/** `YYYY-MM` of a dated value, or null for a year or a quarter (`2024`, `2024-Q2`) or a malformed month. */
export function monthOf(date: string): string | null {
  // Called once per document per pass: plain character tests, no regular expression.
  if (date.length < 7 || date.charCodeAt(4) !== 0x2d || (date.length > 7 && date.charCodeAt(7) !== 0x2d)) return null;
  const tens = date.charCodeAt(5) - 0x30;
  const ones = date.charCodeAt(6) - 0x30;
  if (tens < 0 || tens > 1 || ones < 0 || ones > 9) return null;
  const month = tens * 10 + ones;
  return month >= 1 && month <= 12 ? date.slice(0, 7) : null;
}

/** Every month from `first` to `last` inclusive (`YYYY-MM`, first ≤ last). */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let y = +first.slice(0, 4);
  let m = +first.slice(5, 7);
  const endY = +last.slice(0, 4);
  const endM = +last.slice(5, 7);
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
