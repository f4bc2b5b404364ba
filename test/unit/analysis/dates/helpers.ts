import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findDates, type DatesResult, type FindDatesOptions } from '../../../../src/core/analysis/dates';
import type { DateMention } from '../../../../src/core/analysis/types';
import { prepare } from '../../../../src/core/text';
import { sharedArticle, sharedCorpusDir } from '../../helpers/paths';

export { findDates };

/** The one date whose text is `written` (or contains it); fails with the dates found otherwise. */
export function dateOf(result: DatesResult, written: string): DateMention {
  const exact = result.dates.filter((d) => d.text === written);
  const found = exact.length > 0 ? exact : result.dates.filter((d) => d.text.includes(written));
  assert.strictEqual(found.length, 1, `expected one date “${written}”, found: ${describe(result)}`);
  return found[0];
}

export function describe(result: DatesResult): string {
  return result.dates.map((d) => `“${d.text}”→${d.iso}${d.isoEnd ? `/${d.isoEnd}` : ''} (${d.resolution})`).join(', ') || 'none';
}

/** Asserts that `text` contains no date at all. */
export function assertNoDates(text: string, opts?: FindDatesOptions): void {
  const result = findDates(text, opts);
  assert.deepStrictEqual(result.dates, [], `“${text}” should have no date, found: ${describe(result)}`);
}

/** Every mention's text is the slice its offsets name. */
export function assertOffsets(text: string, result: DatesResult): void {
  for (const d of result.dates) assert.strictEqual(text.slice(d.start, d.end), d.text);
}

/** A real article from ../shared/corpus, cleaned and converted to Simplified as the extension shows it. */
export function realArticle(prefix: string): { text: string; path: string } {
  const name = fs.readdirSync(sharedCorpusDir).find((f) => f.startsWith(prefix))!;
  return { text: prepare(sharedArticle(prefix)).text, path: path.join(sharedCorpusDir, name) };
}
