import { mentionProvince } from '../groupOfficials';
import type { EntryFacts } from './facts';

export { officialId } from '../groupOfficials';

/** The province a mention places the official in, or null: the officials tree's rule (groupOfficials.ts). */
export function placeOf(f: EntryFacts, titles: readonly string[]): string | null {
  return mentionProvince(f.levels.length ? f.levels[0] : null, titles);
}
