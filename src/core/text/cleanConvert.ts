import { clean } from './clean';
import { convert } from './convert';
import { prepare } from './prepare';
import type { ConversionTarget } from './types';

/**
 * What the conversion commands and `zhengwu convert` do: scrape artifacts go first (a glued `(qū)`
 * would otherwise survive into the result), then the script changes. To Simplified this is exactly
 * what opening a file shows.
 */
export function cleanAndConvert(source: string, target: ConversionTarget): string {
  if (target === 'simplified') return prepare(source, { toSimplified: 'always' }).text;
  return convert(clean(source).text, target).text;
}
