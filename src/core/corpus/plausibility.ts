import { commonHan } from './commonHan';

/** How much a candidate decoding reads like Chinese prose (the genre: news reports, possibly scraped). */
export interface Plausibility {
  /** Weighted share of good characters, about -3..1; real Chinese text scores 0.8 or more. */
  score: number;
  /** Characters looked at (all, or only the non-ASCII ones). */
  considered: number;
  han: number;
  /** Han characters in the common set. */
  commonHan: number;
  /** U+FFFD: bytes the decoder could not map. */
  replacements: number;
  /** C0/C1 control characters other than tab, line breaks and form feed. */
  controls: number;
}

/*
 * Weights per character class. A wrong decoding turns common characters into rare ones (or into
 * kana, Greek, Cyrillic, box drawing, private-use code points), so rare Han counts a little and
 * everything that never occurs in this genre counts against. Pinyin tone letters are plausible: the
 * scrapes are full of glued readings such as 區(qū).
 */
const W_COMMON_HAN = 1;
const W_OTHER_HAN = 0.2;
const W_RARE_HAN = -1;
const W_PUNCT = 1;
const W_PINYIN = 0.5;
const W_ASCII = 1;
const W_REPLACEMENT = -3;
const W_CONTROL = -3;
const W_PRIVATE_USE = -2;
const W_UNLIKELY = -1;

/**
 * Scores text as Chinese prose. With `nonAsciiOnly` ASCII is left out, which is what separates two
 * legacy decodings (GB18030 and Big5 agree on every ASCII byte).
 */
export function plausibility(text: string, nonAsciiOnly: boolean): Plausibility {
  const common = commonHan();
  let sum = 0;
  let considered = 0;
  let han = 0;
  let commonCount = 0;
  let replacements = 0;
  let controls = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      if (nonAsciiOnly) continue;
      considered++;
      if (c >= 0x20 && c < 0x7f) sum += W_ASCII;
      else if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c) sum += W_ASCII;
      else {
        controls++;
        sum += W_CONTROL;
      }
      continue;
    }
    considered++;
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (common.has(ch)) {
        commonCount++;
        sum += W_COMMON_HAN;
      } else sum += W_OTHER_HAN;
    } else if (isRareHan(c)) {
      han++;
      sum += W_RARE_HAN;
    } else if (c === 0xfffd) {
      replacements++;
      sum += W_REPLACEMENT;
    } else if (c <= 0x9f) {
      controls++;
      sum += W_CONTROL;
    } else if (isPunctuation(c)) sum += W_PUNCT;
    else if (isPinyinLetter(c)) sum += W_PINYIN;
    else if (c >= 0xe000 && c <= 0xf8ff) sum += W_PRIVATE_USE;
    else if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) sum += W_REPLACEMENT;
    else sum += W_UNLIKELY;
  }
  return { score: considered ? sum / considered : 0, considered, han, commonHan: commonCount, replacements, controls };
}

function isRareHan(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

function isPunctuation(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation: 、。〈〉「」【】〇
    (c >= 0xff01 && c <= 0xff5e) || // full-width ASCII forms: ，：（）０-９
    (c >= 0x2010 && c <= 0x2027) || // dashes, quotes “”‘’, ellipsis
    c === 0x00a0 ||
    c === 0x00b7 || // middle dot in names (乌力吉·巴雅尔)
    c === 0x00d7 ||
    c === 0x00b0 ||
    c === 0x2030 ||
    c === 0x2116 ||
    c === 0x2103 ||
    (c >= 0x2160 && c <= 0x216b) || // Roman numerals Ⅰ-Ⅻ
    (c >= 0x2460 && c <= 0x249b) || // circled and parenthesised numbers ①⑴⒈
    (c >= 0x25a0 && c <= 0x25cf) || // ■□▲△◆◇○●: list bullets
    c === 0xfeff
  );
}

/** Latin letters with pinyin tone marks (ā á ǎ à … ü ǘ ǚ ǜ ê). */
function isPinyinLetter(c: number): boolean {
  return (c >= 0x00c0 && c <= 0x017f) || (c >= 0x01cd && c <= 0x01dc) || c === 0x0251 || c === 0x0261 || c === 0x1ebf;
}
