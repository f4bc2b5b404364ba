import { advanceHan, hanLengthAt, hanLengthBefore, isHanAt, isNameDot, retreatHan } from './chars';
import {
  BEFORE_NAME_CHARS,
  FOLLOWER_WORDS,
  FUNCTION_CHARS,
  FUNCTION_TAGS,
  NAME_TAGS,
  NON_NAME_GIVEN_TAGS,
  NON_NAME_GIVEN_TAGS_RISKY,
  NON_NAME_WORD_TAGS,
  NOT_NAME_STARTS,
  PLACE_FOLLOW_CHARS,
  UNLIKELY_NAME_END,
} from './lexicon';
import { dottedNameEnds, minorityNameEnds } from './minority';
import type { TextSegmentation } from './segmenter';
import { RISKY_SURNAMES, surnameAt } from './surnames';
import type { NameMatch } from './types';

/**
 * Reading personal names next to titles. The title rules decide that a name must be here; these rules
 * decide where it ends (钟晓咏|出席, 朱鹏|在太原, 张彦|、肖辉) and reject words that are not names
 * (区长|强调, 市长|高度重视, 区领导|包乡镇). jieba's segmentation is one vote among several: it splits
 * unknown names, but it knows the common words that follow them.
 */

/** Minimum score for a name after a title; surnames that are everyday words need more. */
const MIN_SCORE = 2;
const MIN_SCORE_RISKY = 3;

interface Candidate {
  end: number;
  givenStart: number;
  score: number;
}

/** How well `end` closes a name: a delimiter or a word that follows names scores high. */
function followScore(text: string, end: number, seg: TextSegmentation): number {
  if (end >= text.length) return 3;
  if (!isHanAt(text, end)) return isNameDot(text[end]) ? -5 : 3;
  const follower = FOLLOWER_WORDS.longestAt(text, end);
  if (follower >= 2) return 3;
  if (PLACE_FOLLOW_CHARS.at(text, end)) return -3;
  if (follower === 1 || FUNCTION_CHARS.at(text, end)) return 2;
  const t = seg.tokenStartingAt(end);
  if (t && t.word.length >= 2 && !NAME_TAGS.has(t.tag)) return 1;
  return 0;
}

function scoreEnd(text: string, start: number, end: number, seg: TextSegmentation): number {
  let score = followScore(text, end, seg);
  if (seg.isBoundary(end)) score += 1;
  if (hanLengthBefore(text, end) === 1 && UNLIKELY_NAME_END.at(text, end - 1)) score -= 2;
  // A dictionary word that runs on past the candidate (保安 in 张保|安) means the name is cut in the middle.
  const t = seg.tokenAt(end - 1);
  if (t && t.start > start && t.end > end && t.tag !== 'x') score -= 1;
  return score;
}

/** Does the text at `i` start a word that cannot begin a name (强调, 高度重视, 安排, 于会上 …)? */
function startsNonName(text: string, i: number, seg: TextSegmentation, risky: boolean): boolean {
  if (NOT_NAME_STARTS.longestAt(text, i)) return true;
  const t = seg.tokenStartingAt(i);
  if (!t || t.word.length < 2 || NAME_TAGS.has(t.tag) || t.tag === 'ns') return false;
  // A long word (高度重视) cannot hide a name; a two-character one may be one (高强, 张扬) unless the
  // surname is an everyday word too.
  return NON_NAME_WORD_TAGS.has(t.tag) && (risky || t.word.length > 3);
}

/** Is the given name (after the surname) a word that no name is made of (会上/t, 以后/f)? */
function badGivenName(text: string, surnameEnd: number, end: number, seg: TextSegmentation, risky: boolean): boolean {
  if (end - surnameEnd < 2) return false;
  // 王某某: the usual stand-in for a withheld given name (jieba tags 某某 as a pronoun).
  if (end - surnameEnd === 2 && text.startsWith('某某', surnameEnd)) return false;
  const t = seg.tokenStartingAt(surnameEnd);
  if (!t || t.end !== end) return false;
  if (NON_NAME_GIVEN_TAGS.has(t.tag) || (risky && NON_NAME_GIVEN_TAGS_RISKY.has(t.tag))) return true;
  if (!risky || NAME_TAGS.has(t.tag)) return false;
  // 包|乡镇, 管|企业: a surname character used as a verb before an ordinary word.
  const s = seg.tokenAt(surnameEnd - 1);
  return !!s && s.end === surnameEnd && s.word.length === 1 && FUNCTION_TAGS.has(s.tag);
}

/**
 * The name starting at `i` (right after a title, a list separator or a group label), or undefined.
 * Tries dotted names, then Mongolian/Tibetan element names, then surname + one or two characters.
 */
export function readNameAfter(text: string, i: number, seg: TextSegmentation): NameMatch | undefined {
  if (!isHanAt(text, i)) return undefined;
  // Most names have neither a dot nor minority elements: nothing to score then.
  const dottedList = dottedEnds(text, i);
  const dotted = dottedList.length ? bestOf(text, i, dottedList.map((end) => ({ end, givenStart: i, score: 0 })), seg) : undefined;
  if (dotted && dotted.score >= MIN_SCORE && !NOT_NAME_STARTS.longestAt(text, i)) return match(text, i, dotted);

  const elements = minorityNameEnds(text, i);
  const minority = elements.length
    ? bestOf(text, i, elements.map((e) => ({ end: e.end, givenStart: i, score: e.elements >= 2 ? 1 : 0 })), seg)
    : undefined;
  const han = hanName(text, i, seg);
  if (minority && minority.score >= MIN_SCORE + 1 && (!han || minority.end > han.end)) return match(text, i, minority);
  return han ? match(text, i, han) : undefined;
}

/** Ends of a dotted name, cut before the first word that follows names (雪克来提·扎克尔|出席). */
function dottedEnds(text: string, i: number): number[] {
  const out: number[] = [];
  for (const end of dottedNameEnds(text, i)) {
    out.push(end);
    if (FOLLOWER_WORDS.longestAt(text, end) >= 2 || FUNCTION_CHARS.at(text, end)) break;
  }
  return out;
}

function hanName(text: string, i: number, seg: TextSegmentation): Candidate | undefined {
  const sl = surnameAt(text, i);
  if (!sl) return undefined;
  const risky = sl === 1 && RISKY_SURNAMES.at(text, i);
  if (startsNonName(text, i, seg, risky)) return undefined;
  const givenStart = i + sl;
  // A one- or two-character given name; scored as bestOf would (ties to the longer), without the lists.
  let one = -1;
  let two = -1;
  for (let g = 1; g <= 2; g++) {
    const end = advanceHan(text, givenStart, g);
    if (end < 0) break;
    if (badGivenName(text, givenStart, end, seg, risky)) continue;
    if (g === 1) one = end;
    else two = end;
  }
  let bestEnd = -1;
  let bestScore = 0;
  if (one >= 0) {
    bestEnd = one;
    bestScore = scoreEnd(text, i, one, seg);
  }
  if (two >= 0) {
    const score = scoreEnd(text, i, two, seg);
    if (bestEnd < 0 || score >= bestScore) {
      bestEnd = two;
      bestScore = score;
    }
  }
  if (bestEnd < 0 || bestScore < (risky ? MIN_SCORE_RISKY : MIN_SCORE)) return undefined;
  return { end: bestEnd, givenStart, score: bestScore };
}

/** Scores the candidates; the best wins, ties going to the longer name (three characters are the norm). */
function bestOf(text: string, start: number, candidates: Candidate[], seg: TextSegmentation): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    const score = c.score + scoreEnd(text, start, c.end, seg);
    if (!best || score >= best.score) best = { end: c.end, givenStart: c.givenStart, score };
  }
  return best;
}

function match(text: string, start: number, c: Candidate): NameMatch {
  return { start, end: c.end, name: text.slice(start, c.end), givenStart: c.givenStart };
}

/**
 * The name ending at `end`, right before a title (习近平|总书记, 王征|区长). The name must start at a
 * word boundary; a candidate whose first character is a function word (向|张三书记) loses to the shorter one.
 */
export function readNameBefore(text: string, end: number, seg: TextSegmentation): NameMatch | undefined {
  if (!seg.mayBreak(end)) return undefined;
  let best: { m: NameMatch; rank: number } | undefined;
  const consider = (start: number, givenStart: number, rank: number): void => {
    const atBoundary =
      start === 0 || !isHanAt(text, start - 1) || BEFORE_NAME_CHARS.at(text, start - 1) || seg.isBoundary(start);
    if (!atBoundary) return;
    const risky = givenStart - start === 1 && RISKY_SURNAMES.at(text, start);
    if (startsNonName(text, start, seg, risky) || badGivenName(text, givenStart, end, seg, risky)) return;
    let r = rank;
    if (risky) r -= 0.5;
    if (BEFORE_NAME_CHARS.at(text, start)) {
      // 和|钟区长, 向|张三书记: a preposition or conjunction split off by jieba is not a surname.
      const t = seg.tokenAt(start);
      if (t && t.start === start && t.end === start + 1 && FUNCTION_TAGS.has(t.tag)) return;
      r -= 2;
    }
    if (!best || r > best.rank) best = { m: { start, end, name: text.slice(start, end), givenStart }, rank: r };
  };
  for (let len = 2; len <= 4; len++) {
    const start = retreatHan(text, end, len);
    if (start < 0) break;
    const sl = surnameAt(text, start);
    if (!sl) continue;
    const given = len - sl;
    if (given < 1 || given > 2) continue;
    // Three characters are the commonest; between a two- and a three-character reading prefer three
    // (许卫东市长, not 卫东).
    consider(start, start + sl, len === 3 ? 3 : len === 2 ? 2 : 2.5);
  }
  let from = end;
  for (let k = 0; k < 6 && hanLengthBefore(text, from); k++) from -= hanLengthBefore(text, from);
  for (let s = from; s < end; s += hanLengthAt(text, s) || 1) {
    if (minorityNameEnds(text, s).some((e) => e.end === end && e.elements >= 2)) {
      consider(s, s, 3.5);
      break;
    }
  }
  return best?.m;
}
