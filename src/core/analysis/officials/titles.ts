import { hanLengthAt, isHanAt } from './chars';
import {
  ACTING,
  AND_INSIDE_ORG,
  GROUP_LABEL_BODIES,
  LEVEL_CHARS,
  LEVEL_COMPOUNDS,
  LEVEL_POSTS,
  MODIFIERS,
  NAME_TAGS,
  NATIONAL_ANCHORS,
  NATIONAL_GROUP_LABELS,
  ORG_STOP_CHARS,
  ORG_SUFFIX_CHARS,
  PLACE_AFTER_SUFFIXES,
  POSTS,
  POST_WITH_ORG_HEAD,
} from './lexicon';
import type { TextSegmentation } from './segmenter';
import { surnameAt } from './surnames';
import type { TitleMatch } from './types';

/** How far left of a post an organisation name may reach (市住房和城乡建设局党组 is 11). */
const MAX_ORG_LENGTH = 16;
const AND = '和'.charCodeAt(0);

/** Organisations found without a place or level anchor must be short (应急管理部, 消防救援支队). */
const MAX_BARE_ORG_LENGTH = 10;
/** …and shorter still when their last character is the post's first (宣传部长, 公安局长). */
const MAX_SHARED_HEAD_ORG_LENGTH = 6;

/** jieba tags that cannot begin a department name read without an anchor (要求|应急局局长). */
const NON_ORG_LEAD_TAGS: ReadonlySet<string> = new Set(['v', 'vd', 'd', 'p', 'c', 'r', 'm', 'q', 't', 'f', 'u', 'uj', 'ul', 'y']);

/**
 * Finds titles (区委副书记, 市应急管理局局长, 市防指常务副指挥长, 国务院总理) and group labels
 * (市领导, 区领导): a post from the post list, rank modifiers before it, then the organisation, read
 * leftwards to an anchor (a level character, a place word, a national body). Linear in the text: each
 * post looks back at most MAX_ORG_LENGTH characters.
 */
export function scanTitles(text: string, seg: TextSegmentation, skip: (start: number, end: number) => boolean): TitleMatch[] {
  const out: TitleMatch[] = [];
  // Offsets where a title found so far ends (one byte per offset: a Set of a million numbers is slow).
  const titleEnds = new Uint8Array(text.length + 1);
  // One string per distinct title: a report names 副市长 hundreds of times, and each is kept to the end.
  const written = new Map<string, string>();
  const n = text.length;
  for (let i = 0; i < n; ) {
    const label = groupLabelAt(text, i, seg);
    if (label && !skip(label.start, label.end)) {
      out.push(label);
      titleEnds[label.end] = 1;
      i = label.end;
      continue;
    }
    const post = POSTS.longestWordAt(text, i);
    if (!post) {
      i++;
      continue;
    }
    const len = post.length;
    if (!isPostHere(text, i, post, seg)) {
      i++;
      continue;
    }
    const { start, rankStart } = titleStart(text, i, post, seg, titleEnds);
    const end = i + len;
    if (!skip(start, end)) {
      out.push({ start, end, text: intern(written, text.slice(start, end)), postStart: i, post, label: false, hasOrganisation: start < rankStart });
      titleEnds[end] = 1;
    }
    i = end;
  }
  return out;
}

function intern(strings: Map<string, string>, s: string): string {
  const known = strings.get(s);
  if (known !== undefined) return known;
  strings.set(s, s);
  return s;
}

/** Rejects post words that are part of something else: 城市长远, 社区长者, 江阴市长泾镇, 人大常委会. */
function isPostHere(text: string, i: number, post: string, seg: TextSegmentation): boolean {
  const next = text[i + post.length];
  if ((post === '委员' || post === '常委' || post === '主任委员') && next === '会') return false;
  if (post === '主席' && (next === '台' || next === '团')) return false;
  if (post === '书记' && next === '处') return false;
  if (!LEVEL_POSTS.has(post)) return true;
  if (i > 0 && LEVEL_COMPOUNDS.isWordAt(text, i - 1, i + 1)) return false;
  return !(post.length === 2 && placeFollows(text, i + 1) && placeBefore(text, i, seg));
}

/** Is the level character at `i` the end of a place name (江阴|市, 北京市)? */
function placeBefore(text: string, i: number, seg: TextSegmentation): boolean {
  if (!isHanAt(text, i - 1)) return false;
  const own = seg.tokenAt(i);
  if (own && own.start < i && own.end === i + 1 && own.tag === 'ns') return true;
  const prev = seg.tokenAt(i - 1);
  return !!prev && prev.end === i && prev.tag === 'ns';
}

/** From `长` at `j`: 1–3 Han characters and a place suffix (长泾镇, 长安街, 长江路). */
function placeFollows(text: string, j: number): boolean {
  let p = j + 1;
  for (let k = 1; k <= 3; k++) {
    const l = hanLengthAt(text, p);
    if (!l) return false;
    p += l;
    if (PLACE_AFTER_SUFFIXES.startsAt(text, p)) return true;
  }
  return false;
}

/** Start of the title whose post begins at `p`: modifiers, then the organisation back to its anchor. */
function titleStart(
  text: string,
  p: number,
  post: string,
  seg: TextSegmentation,
  titleEnds: Uint8Array,
): { start: number; rankStart: number } {
  let m = p;
  for (;;) {
    if (titleEnds[m] === 1) return { start: m, rankStart: m };
    const l = MODIFIERS.longestEndingAt(text, m);
    if (l) {
      m -= l;
      continue;
    }
    if (text[m - 1] === ACTING && LEVEL_POSTS.has(post) && m === p) {
      m -= 1;
      continue;
    }
    break;
  }
  let w = m;
  while (w > 0 && m - w < MAX_ORG_LENGTH && titleEnds[w] !== 1) {
    if (!isHanAt(text, w - 1) || ORG_STOP_CHARS.at(text, w - 1)) break;
    if (text.charCodeAt(w - 1) === AND && !AND_INSIDE_ORG.startsAt(text, w)) break;
    w--;
  }
  const rankStart = m;
  if (w === m) return { start: m, rankStart };
  const suffixEnd = ORG_SUFFIX_CHARS.at(text, m - 1);
  // 宣传部长 is 宣传部 + 部长: a post starting with 部, 局 … ends its organisation's name itself.
  const sharedHead = POST_WITH_ORG_HEAD.at(post, 0);
  if (!suffixEnd && !sharedHead) return { start: m, rankStart };
  // The window starts after a pause (由|市应急管理局), so its first character starts a word.
  for (let s = w; s < m; s++) if ((s === w || seg.mayBreak(s)) && isAnchor(text, s, seg)) return { start: s, rankStart };
  if (suffixEnd) return { start: bareOrganisationStart(text, w, m, seg, m - MAX_BARE_ORG_LENGTH), rankStart };
  // Without the suffix only a short word right after a pause qualifies (省委常委、宣传部长).
  const pause = w === 0 || !isHanAt(text, w - 1) || titleEnds[w] === 1 || ORG_STOP_CHARS.at(text, w - 1);
  if (!pause || m - w > MAX_SHARED_HEAD_ORG_LENGTH) return { start: m, rankStart };
  return { start: bareOrganisationStart(text, w, m, seg, w), rankStart };
}

/** A place or level word that can start an organisation: 市, 街道, 中共中央, 冷水滩区, 上海市, 江阴. */
function isAnchor(text: string, s: number, seg: TextSegmentation): boolean {
  if (LEVEL_CHARS.at(text, s)) return !(s > 0 && LEVEL_COMPOUNDS.isWordAt(text, s - 1, s + 1));
  if (text.startsWith('街道', s) || text.startsWith('社区', s)) return true;
  if (NATIONAL_ANCHORS.startsAt(text, s)) return true;
  const t = seg.tokenStartingAt(s);
  if (!t || t.word.length < 2) return false;
  if (t.tag === 'ns') return true;
  const last = t.word[t.word.length - 1];
  return LEVEL_CHARS.has(last) && !LEVEL_COMPOUNDS.has(t.word.slice(-2));
}

/**
 * A department named without a place (应急管理部部长, 消防救援支队支队长): accepted from the first word
 * that is not a verb, adverb, pronoun … (要求|应急局, 听取|消防大队), and only when short.
 */
function bareOrganisationStart(text: string, w: number, m: number, seg: TextSegmentation, earliest: number): number {
  for (let s = Math.max(w, earliest); s < m; s++) {
    if (!seg.mayBreak(s)) continue;
    let ok = true;
    for (let q = s; q < m; ) {
      const t = seg.tokenAt(q);
      if (!t) break;
      if (NON_ORG_LEAD_TAGS.has(t.tag) && t.word.length > 1) {
        ok = false;
        break;
      }
      q = t.end;
    }
    const first = seg.tokenStartingAt(s);
    if (!ok || !first || NON_ORG_LEAD_TAGS.has(first.tag)) continue;
    // 王建军|局长: a personal name before a post is not a department.
    if (surnameAt(text, s) && NAME_TAGS.has(first.tag)) continue;
    return s;
  }
  return m;
}

/**
 * Group labels: 市领导, 区领导, 县委领导, 市级领导, 市四套班子领导, 中央领导. The label ends after 领导
 * (and a following 同志 / 有 / colon, which belong to neither label nor name).
 */
function groupLabelAt(text: string, i: number, seg: TextSegmentation): TitleMatch | undefined {
  const national = NATIONAL_GROUP_LABELS.longestAt(text, i);
  if (national) return label(text, i, i + national);
  if (!LEVEL_CHARS.at(text, i) && !text.startsWith('街道', i)) return undefined;
  if (i > 0 && LEVEL_COMPOUNDS.isWordAt(text, i - 1, i + 1)) return undefined;
  let p = i + (text.startsWith('街道', i) ? 2 : 1);
  p += GROUP_LABEL_BODIES.longestAt(text, p);
  if (!text.startsWith('领导', p)) return undefined;
  if (!seg.mayBreak(i)) return undefined;
  // 领导干部, 领导小组, 领导班子 are not labels for a list of leaders.
  const after = text.slice(p + 2, p + 4);
  if (after === '干部' || after === '小组' || after === '班子' || after === '责任' || after === '职务') return undefined;
  return label(text, i, p + 2);
}

function label(text: string, start: number, end: number): TitleMatch {
  const t = text.slice(start, end);
  return { start, end, text: t, postStart: start, post: t, label: true, hasOrganisation: false };
}

/** Offset after what may sit between a group label and its names: 同志, (还)有, a colon, a blank. */
export function skipLabelTail(text: string, end: number): number {
  let p = end;
  if (text.startsWith('同志', p)) p += 2;
  if (text.startsWith('还有', p)) p += 2;
  else if (text[p] === '有') p += 1;
  if (text[p] === ':' || text[p] === '：') p += 1;
  return p;
}
