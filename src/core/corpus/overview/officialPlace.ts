import type { EntryFacts } from './facts';

/*
 * Who is who follows the Corpus view's officials tree (groupByOfficial): the same name in two
 * provinces' reports, each time with a local title, is two people; a national title or a report of
 * unknown place does not place anybody. This must stay the rule of groupOfficials.ts (a unit test
 * compares the two); it is repeated because that module keeps it private.
 */
const LOCAL_LEVEL = /[省市州盟县区旗镇乡]/;

/** The province a mention places the official in, or null. */
export function placeOf(f: EntryFacts, titles: readonly string[]): string | null {
  return f.levels.length && titles.some((t) => LOCAL_LEVEL.test(t)) ? f.levels[0] : null;
}

/** The id of the person's node in the Corpus view's officials tree (groupByOfficial), for revealing it. */
export function officialId(name: string, province: string | null, split: boolean): string {
  return `person:${name}@${split ? (province ?? '?') : ''}`;
}
