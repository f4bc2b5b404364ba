/**
 * Numbers as Chinese dates write them: ASCII or full-width digits (`８月１日`), and Chinese numerals
 * (`二〇二三年`, `十二月`, `二十三日`, `廿一日`). Only the small range dates need (years digit by digit,
 * months and days up to 31); anything else yields NaN so the caller can reject it.
 */

const DIGIT_VALUE: Record<string, number> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Regex class fragments shared by the scanner. */
export const ASCII_OR_WIDE_DIGIT = '[0-9０-９]';
/** Digits of a year written digit by digit (`二〇二三`, `二零二三`; `○` is a common stand-in for `〇`). */
export const CN_YEAR_DIGIT = '[〇○零一二三四五六七八九]';
/** Every character that can be part of a number in a date; used to refuse matches inside a longer number. */
export const ANY_NUMERAL_CLASS = '[0-9０-９〇○零一二三四五六七八九十两廿卅]';

/** `０-９` → `0-9`, leaving everything else. */
export function toAsciiDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0xff10 && c <= 0xff19 ? String.fromCharCode(c - 0xff10 + 48) : s[i];
  }
  return out;
}

/** `2023`, `２０２３`, `二〇二三`, `二零二三` → 2023. */
export function parseYearDigits(s: string): number {
  const ascii = toAsciiDigits(s);
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  let n = 0;
  for (const ch of s) {
    const v = DIGIT_VALUE[ch];
    if (v === undefined) return NaN;
    n = n * 10 + v;
  }
  return n;
}

/**
 * A month or day number: `8`, `08`, `８`, `八`, `十`, `十二`, `二十三`, `廿一`, `卅一`, `三十一`.
 * Returns NaN for anything that is not a well-formed number below 100.
 */
export function parseSmallNumber(s: string): number {
  const ascii = toAsciiDigits(s);
  if (/^[0-9]{1,2}$/.test(ascii)) return Number(ascii);
  let tens = 0;
  let rest = s;
  if (rest.startsWith('廿')) { tens = 2; rest = rest.slice(1); }
  else if (rest.startsWith('卅')) { tens = 3; rest = rest.slice(1); }
  else {
    const ten = rest.indexOf('十');
    if (ten === 0) { tens = 1; rest = rest.slice(1); }
    else if (ten === 1) {
      const t = DIGIT_VALUE[rest[0]];
      if (t === undefined || t === 0) return NaN;
      tens = t;
      rest = rest.slice(2);
    } else if (ten > 1) return NaN;
  }
  if (rest === '') return tens > 0 ? tens * 10 : NaN;
  if (rest.length !== 1) return NaN;
  const unit = DIGIT_VALUE[rest];
  if (unit === undefined || unit === 0) return NaN;
  return tens * 10 + unit;
}

const WEEKDAY_VALUE: Record<string, number> = { '日': 0, '天': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6 };

/** `星期二` / `周二` suffix character → 0 (Sunday) … 6 (Saturday). */
export function parseWeekdayChar(ch: string): number | undefined {
  return WEEKDAY_VALUE[ch];
}
