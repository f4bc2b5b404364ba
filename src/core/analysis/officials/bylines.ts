import type { Span } from '../../text/types';
import { codePointCount, hanLengthAt, isBlank, isHanAt, isNameDot } from './chars';
import { NOT_NAME_STARTS } from './lexicon';
import { minorityNameEnds } from './minority';
import { surnameAt } from './surnames';
import type { PersonEntry } from './types';
import { WordSet } from './wordset';

/**
 * Credit lines: people who wrote, edited, photographed or proofread the report. They are never officials,
 * even when one shares a name with an official elsewhere in the text. Forms seen in the genre:
 *   本报讯(记者 张 越)            two-character names padded with a space to the width of three
 *   (通讯员 廖友金 奉保武 曾令华)   several names separated by blanks
 *   记者:姚丽敏、朱亮   编辑:陈思宜   校对:焦旸越(实习)   [责任编辑:某某]   文/图 张三
 */

const ROLES = new WordSet([
  '责任编辑', '值班编辑', '见习记者', '特约记者', '本报记者', '本台记者', '本网记者', '融媒体记者',
  '全媒体记者', '首席记者', '实习记者', '实习生', '特约通讯员', '通讯员', '记者', '编辑', '校对', '作者',
  '摄影', '摄像', '责编', '审核', '审校', '审稿', '初审', '复审', '终审', '编审', '主编', '美编', '撰稿',
  '文字', '文/图', '图/文', '文', '图',
]);
/** Roles of one character need a separator (文/张三, 图:李四), never a bare name after them. */
const SHORT_ROLES: ReadonlySet<string> = new Set(['文', '图']);
/** The outlet's own prefix says nothing about the role: 本报记者 is a 记者. */
const OUTLET_PREFIXES = ['本报', '本台', '本网', '融媒体', '全媒体'];

const OPENERS: ReadonlySet<string> = new Set('(（[【〔');
const CLOSERS: ReadonlySet<string> = new Set(')）]】〕');
const ROLE_SEPARATORS: ReadonlySet<string> = new Set(':：|丨/');
const NAME_SEPARATORS: ReadonlySet<string> = new Set('、,，;；|丨/');
/** What ends a credit line. */
const LINE_END: ReadonlySet<string> = new Set('\n\r。!！?？');
/** Words after the names in a credit (摄影报道, 整理) that are neither names nor roles. */
const TRAILERS = new WordSet(['摄影报道', '报道', '整理', '摄', '供图', '发', '综合报道', '图文']);
/** Words in a name position that are not people. */
const NOT_PEOPLE: ReadonlySet<string> = new Set(['佚名', '本报', '本网', '网友', '综合', '报道', '整理', '供图', '来源', '新华社', '实习', '实习生', '通讯员', '记者', '编辑']);

const MAX_CREDIT_LENGTH = 80;

interface Found {
  name: string;
  role: string;
  span: Span;
}

export interface BylineResult {
  people: PersonEntry[];
  /** Spans of the credited names, to keep out of official detection. */
  spans: Span[];
}

export function findBylines(text: string, skip: (start: number, end: number) => boolean): BylineResult {
  const found: Found[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const len = ROLES.longestAt(text, i);
    if (!len || !creditContextBefore(text, i)) continue;
    const end = readCredit(text, i, found, skip);
    if (end > i) i = end - 1;
  }
  return collect(found);
}

/** A role word opens a credit at a line start, after an opening bracket, a blank or 讯/电 (本报讯 记者…). */
function creditContextBefore(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && isBlank(text[p])) p--;
  if (p < 0) return true;
  const ch = text[p];
  if (ch === '\n' || ch === '\r' || OPENERS.has(ch) || ch === '|' || ch === '丨') return true;
  if (p < i - 1) return ch === '讯' || ch === '电' || !isHanAt(text, p);
  return ch === '讯' || ch === '电';
}

/**
 * Reads one credit starting with the role at `i`, possibly several roles (记者 张三 通讯员 李四), and
 * returns where it ends (or `i` when there is none).
 */
function readCredit(text: string, i: number, found: Found[], skip: (s: number, e: number) => boolean): number {
  const inBrackets = OPENERS.has(prevNonBlank(text, i));
  const limit = Math.min(text.length, i + MAX_CREDIT_LENGTH);
  let p = i;
  let role: string | undefined;
  const items: Found[] = [];
  const addName = (name: string, start: number, end: number): void => {
    if (role && isCreditName(text, name, start)) items.push({ name, role: normaliseRole(role), span: { start, end } });
  };
  let singles: Array<{ ch: string; start: number; end: number }> = [];
  const flushSingles = (): void => {
    for (const group of groupSingles(singles)) addName(group.name, group.start, group.end);
    singles = [];
  };
  while (p < limit) {
    const ch = text[p];
    if (LINE_END.has(ch) || CLOSERS.has(ch)) break;
    if (OPENERS.has(ch)) {
      // 焦旸越(实习): an annotation after a name, skipped up to its closing bracket.
      const close = findCloser(text, p + 1, limit);
      if (close < 0 || !role) break;
      p = close + 1;
      continue;
    }
    if (isBlank(ch) || NAME_SEPARATORS.has(ch) || ch === ':' || ch === '：') {
      if (!isBlank(ch)) flushSingles();
      p++;
      continue;
    }
    const roleLen = atWordStart(text, p) ? ROLES.longestAt(text, p) : 0;
    if (roleLen && !isNameContinuation(text, p, roleLen)) {
      flushSingles();
      const r = text.slice(p, p + roleLen);
      const sep = text[p + roleLen];
      const marked = ROLE_SEPARATORS.has(sep) || sep === ':' || sep === '：';
      // 文/张三 needs its mark; 记者 opening a line needs at least a blank (记者了解到 is prose).
      if (SHORT_ROLES.has(r) && !marked) break;
      if (!inBrackets && p === i && !marked && !isBlank(sep)) break;
      role = r;
      p += roleLen;
      continue;
    }
    if (!role) break;
    const trailer = TRAILERS.longestAt(text, p);
    if (trailer && !isHanAt(text, p + trailer)) {
      flushSingles();
      p += trailer;
      continue;
    }
    // A run of Han characters (and middle dots) up to the next blank or separator.
    const start = p;
    while (p < limit && (isHanAt(text, p) || (isNameDot(text[p]) && isHanAt(text, p + 1)))) p += hanLengthAt(text, p) || 1;
    if (p === start) break;
    const word = text.slice(start, p);
    if (codePointCount(word) === 1) {
      singles.push({ ch: word, start, end: p });
      continue;
    }
    flushSingles();
    addName(word, start, p);
  }
  flushSingles();
  if (!items.length) return i;
  // Boilerplate detection dims credit lines as page footers; a credit that is a line of its own is still
  // the report's credit, while one inside excluded running text (a related-article teaser) is not.
  const ownLine = isWholeLine(text, i, p);
  for (const item of items) if (ownLine || !skip(item.span.start, item.span.end)) found.push(item);
  return p;
}

/** Is the credit from `start` to `end` alone on its line (blanks and brackets aside)? */
function isWholeLine(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && (isBlank(text[a]) || OPENERS.has(text[a]))) a--;
  if (a >= 0 && text[a] !== '\n' && text[a] !== '\r') return false;
  let b = end;
  while (b < text.length && (isBlank(text[b]) || CLOSERS.has(text[b]))) b++;
  return b >= text.length || text[b] === '\n' || text[b] === '\r';
}

/**
 * Single characters separated by blanks: 张 越 is one name padded to three characters' width; a longer
 * run pairs up (王 军 李 强 → 王军, 李强), and an odd run keeps three for its first name.
 */
function groupSingles(singles: Array<{ ch: string; start: number; end: number }>): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  const take = (from: number, count: number): void => {
    const part = singles.slice(from, from + count);
    out.push({ name: part.map((s) => s.ch).join(''), start: part[0].start, end: part[part.length - 1].end });
  };
  const k = singles.length;
  if (k < 2) return out;
  if (k <= 3) {
    take(0, k);
    return out;
  }
  let i = 0;
  if (k % 2 === 1) {
    take(0, 3);
    i = 3;
  }
  for (; i < k; i += 2) take(i, 2);
  return out;
}

function isCreditName(text: string, name: string, start: number): boolean {
  if (NOT_PEOPLE.has(name)) return false;
  if (name.split('').some(isNameDot)) return true;
  const n = codePointCount(name);
  if (n < 2 || n > 4) return false;
  if (NOT_NAME_STARTS.longestAt(name, 0)) return false;
  return surnameAt(name, 0) > 0 || minorityNameEnds(text, start).length > 0;
}

function normaliseRole(role: string): string {
  for (const prefix of OUTLET_PREFIXES) if (role.startsWith(prefix) && role.length > prefix.length) return role.slice(prefix.length);
  return role;
}

/** Role words start at a blank, separator or bracket, never inside a run of Han characters. */
function atWordStart(text: string, p: number): boolean {
  return p === 0 || !isHanAt(text, p - 1);
}

/** 文 and 图 are also name characters (文军): as roles they need a separator right after them. */
function isNameContinuation(text: string, p: number, roleLen: number): boolean {
  const r = text.slice(p, p + roleLen);
  return SHORT_ROLES.has(r) && isHanAt(text, p + roleLen);
}

function prevNonBlank(text: string, i: number): string {
  let p = i - 1;
  while (p >= 0 && isBlank(text[p])) p--;
  return p >= 0 ? text[p] : '';
}

function findCloser(text: string, from: number, limit: number): number {
  for (let p = from; p < limit && p < from + 8; p++) {
    if (CLOSERS.has(text[p])) return p;
    if (LINE_END.has(text[p])) return -1;
  }
  return -1;
}

function collect(found: Found[]): BylineResult {
  const byName = new Map<string, PersonEntry>();
  const spans: Span[] = [];
  for (const f of found) {
    spans.push(f.span);
    let p = byName.get(f.name);
    if (!p) {
      p = { name: f.name, role: f.role, roles: [], mentions: [] };
      byName.set(f.name, p);
    }
    if (!p.roles.includes(f.role)) p.roles.push(f.role);
    p.mentions.push({ start: f.span.start, end: f.span.end });
  }
  return { people: [...byName.values()], spans };
}
