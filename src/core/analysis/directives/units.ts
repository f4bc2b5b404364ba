import type { Span } from '../../text/types';

/**
 * The pieces a directive can cover. A paragraph is a line; a unit is a sentence (ended by 。！？) or a
 * semicolon clause (`；` separates parallel orders: `各级党委政府要…；主要领导要…；`), with any closing
 * quotes or brackets that follow the terminator.
 */

const FULL_STOP = 0x3002; // 。
const FW_EXCLAMATION = 0xff01; // ！
const FW_QUESTION = 0xff1f; // ？
const FW_SEMICOLON = 0xff1b; // ；
const SEMICOLON = 0x3b;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const FW_OPEN_PAREN = 0xff08; // （
const FW_CLOSE_PAREN = 0xff09; // ）
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

function isTerminator(c: number): boolean {
  return c === FULL_STOP || c === FW_EXCLAMATION || c === FW_QUESTION;
}

/** Closing quotes and brackets that belong to the sentence they follow: `…落到实处。”`. */
function isTrailingCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0x300d || c === 0x300f || c === FW_CLOSE_PAREN || c === CLOSE_PAREN || c === 0x3011 || c === 0x300b;
}

function isStrayMark(c: number): boolean {
  return isTerminator(c) || c === FW_SEMICOLON || c === SEMICOLON || c === 0xff0c || c === 0x2c || c === 0x3001 || c === 0xff1a || c === 0x3a;
}

/** Parentheses left open for this long were a stray mark: semicolons count again. */
const MAX_PAREN = 200;

/** White space within a line, by code unit: hot loops avoid one-character strings (each CJK one is a fresh allocation). */
export function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0d || c === 0xa0;
}

/**
 * Units of one paragraph, trimmed of surrounding white space. Semicolons inside parentheses
 * (`（区领导包乡镇、强化领导责任；部门包企业…）`) do not split: they belong to one explanation.
 * ASCII `?`/`!` end a sentence only before a space, a line end or a closing quote: elsewhere they are
 * mojibake left by a wrong decoding (`燃?xì)`), not punctuation. One pass over code units, no
 * allocation but the spans.
 */
export function units(text: string, para: Span): Span[] {
  const out: Span[] = [];
  let start = para.start;
  let depth = 0;
  let openedAt = 0;
  const push = (end: number) => {
    let a = start;
    let e = end;
    // A unit starts at words: stray marks left over (`；；`, `。”`) are not a unit of their own.
    while (a < e && (isBlankCode(text.charCodeAt(a)) || isStrayMark(text.charCodeAt(a)))) a++;
    while (e > a && isBlankCode(text.charCodeAt(e - 1))) e--;
    if (e > a) out.push({ start: a, end: e });
    start = end;
  };
  for (let i = para.start; i < para.end; i++) {
    const c = text.charCodeAt(i);
    if (depth > 0 && i - openedAt > MAX_PAREN) depth = 0;
    if (c === FW_OPEN_PAREN || c === OPEN_PAREN) {
      if (depth === 0) openedAt = i;
      depth++;
      continue;
    }
    if (c === FW_CLOSE_PAREN || c === CLOSE_PAREN) {
      if (depth > 0) depth--;
      continue;
    }
    let ends = isTerminator(c) || (depth === 0 && (c === FW_SEMICOLON || c === SEMICOLON));
    if (!ends && (c === QUESTION || c === EXCLAMATION)) {
      const next = i + 1 < para.end ? text.charCodeAt(i + 1) : -1;
      ends = next === -1 || isBlankCode(next) || next === 0x201d || next === 0x2019 || next === 0x300d || next === 0x300f;
    }
    if (!ends) continue;
    let e = i + 1;
    while (e < para.end && (isTerminator(text.charCodeAt(e)) || isTrailingCloser(text.charCodeAt(e)))) {
      const d = text.charCodeAt(e);
      if ((d === FW_CLOSE_PAREN || d === CLOSE_PAREN) && depth > 0) depth--;
      e++;
    }
    push(e);
    i = e - 1;
  }
  push(para.end);
  return out;
}

/** Starts of the clauses of a unit: the unit start and every position after `，,：:`. */
export function clauseStarts(text: string, unit: Span): number[] {
  const out = [unit.start];
  for (let i = unit.start; i < unit.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xff0c && c !== 0x2c && c !== 0xff1a && c !== 0x3a) continue;
    let j = i + 1;
    while (j < unit.end && isBlankCode(text.charCodeAt(j))) j++;
    // An empty clause (`，，`) starts nothing.
    if (j < unit.end && !isStrayMark(text.charCodeAt(j))) out.push(j);
  }
  return out;
}

/** True for the code units of the marks that end a clause: `，,：:；;`. */
export function isClauseBreak(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a || c === 0xff1b || c === 0x3b;
}
