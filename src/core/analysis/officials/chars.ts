/** Character classes on UTF-16 text. Names may contain astral ideographs (𬌗), so stepping is by code point. */

function isHanCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x323af) ||
    (cp >= 0xf900 && cp <= 0xfaff)
  );
}

/** Length (1 or 2) of the Han character at `i`, or 0 when there is none. */
export function hanLengthAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const c = text.charCodeAt(i);
  // Outside a high surrogate the unit is the code point (asked at every position: keep it cheap).
  if (c < 0xd800 || c > 0xdbff) return isHanCodePoint(c) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  if (!isHanCodePoint(cp)) return 0;
  return cp > 0xffff ? 2 : 1;
}

/** Length of the Han character that ends at `end` (exclusive), or 0. */
export function hanLengthBefore(text: string, end: number): number {
  if (end <= 0) return 0;
  const lo = text.charCodeAt(end - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && end >= 2) {
    const cp = text.codePointAt(end - 2)!;
    return cp > 0xffff && isHanCodePoint(cp) ? 2 : 0;
  }
  return isHanCodePoint(lo) ? 1 : 0;
}

export function isHanAt(text: string, i: number): boolean {
  return hanLengthAt(text, i) > 0;
}

/** Offset after `count` Han characters from `i`, or -1 if the run is shorter. */
export function advanceHan(text: string, i: number, count: number): number {
  let p = i;
  for (let k = 0; k < count; k++) {
    const n = hanLengthAt(text, p);
    if (!n) return -1;
    p += n;
  }
  return p;
}

/** Offset `count` Han characters before `end`, or -1. */
export function retreatHan(text: string, end: number, count: number): number {
  let p = end;
  for (let k = 0; k < count; k++) {
    const n = hanLengthBefore(text, p);
    if (!n) return -1;
    p -= n;
  }
  return p;
}

/** Number of code points in a string. */
export function codePointCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Blank characters that may separate a title from a name or the characters of a byline name. */
export function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\u00a0' || ch === '\t';
}

/** isBlank for the unit at `i`, without making a one-character string. */
export function isBlankAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09;
}

/** Middle dots used in transliterated minority and foreign names (买买提·艾力). */
export function isNameDot(ch: string | undefined): boolean {
  return ch === '·' || ch === '•' || ch === '‧' || ch === '・' || ch === '▪';
}
