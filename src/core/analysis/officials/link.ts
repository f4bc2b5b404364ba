import { codePointCount, isHanAt } from './chars';
import { BEFORE_NAME_CHARS, FOLLOWER_WORDS, FUNCTION_CHARS, PLACE_FOLLOW_CHARS } from './lexicon';
import type { Coverage, OfficialRegistry } from './registry';
import type { TextSegmentation } from './segmenter';
import { surnameAt } from './surnames';
import type { TitleMatch } from './types';
import { WordSet } from './wordset';

/**
 * Later references to officials already found: bare names (王宏伟主持, 杨小菁强调), given names
 * (致辉同志), and surname + post (钟区长). Run after the names were added to jieba's dictionary, so
 * `seg` segments them whole.
 */
export function linkMentions(
  text: string,
  seg: TextSegmentation,
  registry: OfficialRegistry,
  coverage: Coverage,
  unattached: readonly TitleMatch[],
): void {
  const names = registry.names().sort((a, b) => b.length - a.length);
  // Every name's occurrences from one pass over the text (a report may name thousands of people).
  const found = new WordSet(names).occurrences(text);
  for (const name of names) linkBareName(text, name, found.get(name) ?? [], seg, registry, coverage);
  linkGivenNames(text, names, seg, registry, coverage);
  linkSurnamePost(text, names, unattached, seg, registry, coverage);
}

function leftBoundary(text: string, start: number, seg: TextSegmentation): boolean {
  if (start === 0 || !isHanAt(text, start - 1)) return true;
  return BEFORE_NAME_CHARS.at(text, start - 1) || seg.isBoundary(start);
}

/** What follows a bare name: a delimiter or follower word; for two-character names nothing weaker. */
function rightBoundary(text: string, end: number, seg: TextSegmentation, strict: boolean): boolean {
  if (end >= text.length || !isHanAt(text, end)) return true;
  if (FOLLOWER_WORDS.startsAt(text, end) || FUNCTION_CHARS.at(text, end)) return true;
  // 兰山区, 宏伟区: the name is the start of a place.
  if (PLACE_FOLLOW_CHARS.at(text, end)) return false;
  return !strict && seg.isBoundary(end);
}

/** Links the occurrences `starts` (ascending) of `name`; names are linked longest first. */
function linkBareName(
  text: string,
  name: string,
  starts: readonly number[],
  seg: TextSegmentation,
  registry: OfficialRegistry,
  coverage: Coverage,
): void {
  // Two-character names are often words too (高峰, 兰山): they need a clear context on both sides.
  const strict = codePointCount(name) <= 2;
  for (const i of starts) {
    const end = i + name.length;
    if (coverage.any(i, end)) continue;
    if (!leftBoundary(text, i, seg) || !rightBoundary(text, end, seg, strict)) continue;
    if (strict && !seg.isBoundary(i)) continue;
    registry.add({ start: i, end, name }, []);
  }
}

/** 致辉同志, 晓咏区长: a two-character given name followed by 同志 or by a post the official holds. */
function linkGivenNames(text: string, names: readonly string[], seg: TextSegmentation, registry: OfficialRegistry, coverage: Coverage): void {
  const byGiven = new Map<string, string[]>();
  for (const name of names) {
    const sl = surnameAt(name, 0);
    if (!sl) continue;
    const given = name.slice(sl);
    if (codePointCount(given) !== 2) continue;
    const owners = byGiven.get(given);
    if (owners) owners.push(name);
    else byGiven.set(given, [name]);
  }
  const unique = [...byGiven].filter(([, owners]) => owners.length === 1);
  const found = new WordSet(unique.map(([given]) => given)).occurrences(text);
  for (const [given, [owner]] of unique) {
    const posts = registry.titlesOf(owner);
    for (const i of found.get(given) ?? []) {
      const end = i + given.length;
      if (coverage.any(i, end) || !leftBoundary(text, i, seg)) continue;
      const follows = text.startsWith('同志', end) || posts.some((t) => bareTitleAt(text, end, t));
      if (follows) registry.add({ start: i, end, name: owner }, []);
    }
  }
}

/** Does a post the official holds (区长 of 区委副书记、区长; 书记 of 县委书记) start at `p`, then a pause or a verb? */
function bareTitleAt(text: string, p: number, title: string): boolean {
  for (let k = 0; k + 2 <= title.length; k++) {
    const tail = title.slice(k);
    if (!text.startsWith(tail, p)) continue;
    const after = p + tail.length;
    if (!isHanAt(text, after) || FOLLOWER_WORDS.startsAt(text, after)) return true;
  }
  return false;
}

/** 钟区长, 杨书记: a surname before a bare post; linked when exactly one official fits both. */
function linkSurnamePost(
  text: string,
  names: readonly string[],
  unattached: readonly TitleMatch[],
  seg: TextSegmentation,
  registry: OfficialRegistry,
  coverage: Coverage,
): void {
  // Officials with a one-character surname, by that surname, in the order of `names`.
  const bySurname = new Map<string, string[]>();
  for (const n of names) {
    if (surnameAt(n, 0) !== 1) continue;
    const list = bySurname.get(n[0]);
    if (list) list.push(n);
    else bySurname.set(n[0], [n]);
  }
  for (const t of unattached) {
    if (t.label || t.hasOrganisation) continue;
    const s = t.start - 1;
    if (s < 0 || coverage.any(s, t.end)) continue;
    const surname = text[s];
    if (!leftBoundary(text, s, seg)) continue;
    const fits = (bySurname.get(surname) ?? []).filter((n) => registry.titlesOf(n).some((x) => x.endsWith(t.text)));
    if (fits.length !== 1) continue;
    registry.add({ start: s, end: s + 1, name: fits[0] }, [t]);
  }
}
