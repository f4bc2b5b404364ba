import { CharSet } from '../charset';
import { isBlankAt, isHanAt } from './chars';
import { FOLLOWER_WORDS } from './lexicon';
import { readNameAfter, readNameBefore } from './names';
import type { Coverage, OfficialRegistry } from './registry';
import type { TextSegmentation } from './segmenter';
import { skipLabelTail } from './titles';
import type { NameMatch, TitleMatch } from './types';

/** Separators of names in a list under one title: 副市长甲、乙、丙 or 副区长甲和乙. */
const LIST_SEPARATORS = new CharSet('、和及与');
/** What may stand between two titles of one person: nothing, 、 or 兼. */
const CHAIN_JOINERS = new CharSet('、兼');
/** Longest title chain (市委副书记、市长、市安委会主任 is 3); more is a list of posts, not one person's. */
const MAX_CHAIN = 6;
/** Longest list of names under one title. */
const MAX_LIST = 40;

/**
 * Attaches names to the titles found: title chains before a name (区委副书记、区长钟晓咏), one title or
 * label before a list (副市长甲、乙、丙), and a title after a name (习近平总书记, 王征区长). Returns the
 * titles that got no name, for the reference rules (钟区长 → 钟晓咏).
 */
export function attachNames(
  text: string,
  titles: readonly TitleMatch[],
  seg: TextSegmentation,
  registry: OfficialRegistry,
  coverage: Coverage,
): TitleMatch[] {
  const unattached: TitleMatch[] = [];
  // One byte per offset: a Set of a million numbers is slow to build and to ask.
  const titleStarts = new Uint8Array(text.length + 2);
  for (const t of titles) titleStarts[t.start] = 1;
  for (let k = 0; k < titles.length; k++) {
    const chain = [titles[k]];
    while (chain.length < MAX_CHAIN && !chain[chain.length - 1].label && k + 1 < titles.length && !titles[k + 1].label) {
      // One person's titles are joined by 、, by 兼 (副市长兼市公安局局长) or written back to back.
      const gapStart = chain[chain.length - 1].end;
      const gapLength = titles[k + 1].start - gapStart;
      if (gapLength > 1 || (gapLength === 1 && !CHAIN_JOINERS.at(text, gapStart))) break;
      chain.push(titles[++k]);
    }
    const last = chain[chain.length - 1];
    const from = last.label ? skipLabelTail(text, last.end) : last.end;
    const names = readNameList(text, from, seg, titleStarts, coverage);
    if (names.length) {
      for (const name of names) registry.add(name, chain);
      continue;
    }
    if (chain.length === 1 && !last.label && !last.hasOrganisation) {
      const before = titleAfterName(text, last, seg, coverage);
      if (before) {
        registry.add(before, [last]);
        continue;
      }
    }
    for (const t of chain) unattached.push(t);
  }
  return unattached;
}

function readNameList(
  text: string,
  from: number,
  seg: TextSegmentation,
  titleStarts: Uint8Array,
  coverage: Coverage,
): NameMatch[] {
  let p = from;
  if (isBlankAt(text, p) && isHanAt(text, p + 1)) p++;
  if (titleStarts[p] === 1) return [];
  const first = readNameAfter(text, p, seg);
  if (!first || coverage.any(first.start, first.end)) return [];
  const names = [first];
  while (names.length < MAX_LIST) {
    const end = names[names.length - 1].end;
    if (!LIST_SEPARATORS.at(text, end) || titleStarts[end + 1] === 1) break;
    const next = readNameAfter(text, end + 1, seg);
    if (!next || coverage.any(next.start, next.end)) break;
    names.push(next);
  }
  return names;
}

/** 习近平总书记, 王征区长: a bare post right after a name, followed by a word boundary. */
function titleAfterName(text: string, title: TitleMatch, seg: TextSegmentation, coverage: Coverage): NameMatch | undefined {
  if (!seg.mayBreak(title.postStart)) return undefined;
  const end = title.end;
  const closes =
    end >= text.length ||
    !isHanAt(text, end) ||
    FOLLOWER_WORDS.startsAt(text, end) ||
    seg.isBoundary(end);
  if (!closes) return undefined;
  const name = readNameBefore(text, title.start, seg);
  if (!name || coverage.any(name.start, name.end)) return undefined;
  return name;
}
