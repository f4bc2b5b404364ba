/**
 * Finds date expressions in Chinese text and parses them into {@link RawDate}s (no year inference here).
 *
 * One global "head" regex finds where an expression can start; from there small sticky regexes parse
 * the parts in order (year → month → day → time, then tails such as ranges or 以来). Every quantifier is
 * bounded and no group repeats, so the scan is linear in the text length.
 */
import { impossibleDay } from './calendar';
import {
  ANY_NUMERAL_CLASS,
  ASCII_OR_WIDE_DIGIT as N,
  CN_YEAR_DIGIT,
  parseSmallNumber,
  parseWeekdayChar,
  parseYearDigits,
} from './numerals';
import type { DatePoint, PeriodPart, RawDate } from './types';

/** Years outside this window written with 年 are counts or codes (`12345`), not calendar years. */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

const SEP = '(?:至|到|——|—|–|－|-|~|～|〜)';
const SP = '[ \\u3000]?';
const MONTH = `(?:${N}{1,2}|十[一二]?|[一二三四五六七八九])`;
const DAY = `(?:${N}{1,2}|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])`;
const CN_HOUR = '(?:二十[一二三四]?|十[一二三四五六七八九]?|[一二三四五六七八九两]|零)';
const CN_MINUTE = '(?:[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const NOT_IN_NUMBER = `(?<!${ANY_NUMERAL_CLASS})`;

const sticky = (src: string) => new RegExp(src, 'y');

const HEAD = new RegExp(
  [
    `${NOT_IN_NUMBER}(?<![.．/\\\\\\-A-Za-z_])${N}{4}(?=[-/.．]|${SP}年|${SEP}${N}{4}${SP}年)`,
    `${NOT_IN_NUMBER}${CN_YEAR_DIGIT}{4}(?=${SP}年|${SEP})`,
    '(?:今|去|前|明|本|上)年',
    `${NOT_IN_NUMBER}(?<!第)${MONTH}(?:${SEP}${MONTH})?${SP}月`,
    '(?:第|前)?[一二三四1-4１-４]个?季度',
    '[上下]半年',
    '年[初底末内]',
    '今天|今日|昨天|昨日|前天|当天|当日|次日|翌日|近日|日前',
    '本月|上个?月|下个?月',
    '本周|上周|下周',
  ].join('|'),
  'g',
);

const RE_NUMERIC = sticky(`(${N}{4})([-/.．])(${N}{1,2})\\2(${N}{1,2})(?![0-9０-９]|[.．][0-9０-９])`);
const RE_NUMERIC_CLOCK = sticky(`[ T\\u00a0\\u3000]{1,2}(${N}{1,2})[:：](${N}{2})(?:[:：](${N}{2}))?(?![0-9０-９])`);
const RE_YEAR = sticky(
  `(?:(${N}{4}|${CN_YEAR_DIGIT}{4})(?:${SEP}(${N}{4}|${CN_YEAR_DIGIT}{4}))?|(今|去|前|明|本|上))${SP}年(度)?`,
);
const RE_MONTH = sticky(`${SP}(${MONTH})(?:${SEP}(${MONTH}))?${SP}月`);
const RE_MONTH_FEN = sticky('份');
const RE_DAY = sticky(`${SP}(${DAY})${SP}[日号]`);
const RE_DAY_RANGE = sticky(`${SP}(${DAY})${SP}${SEP}${SP}(${DAY})${SP}[日号]`);
const RE_MONTH_SUFFIX = sticky('份|(上旬|中旬|下旬)|(初)(?![步次级稿审心衷期])|(底|末)(?![线数色子部层气座价端尾位期梢])');
const RE_QUARTER = sticky('(?:第)?([一二三四1-4１-４])个?季度|前([一二三两])个?季度');
const RE_HALF = sticky('([上下])半年');
const RE_YEAR_PART = sticky(
  '年?(?:(初)(?![步次级稿审心衷期])|(底|末)(?![线数色子部层气座价端尾位期梢])|(内)(?![容部外涵在心地河蒙]))',
);
const RE_WEEKDAY = sticky(`${SP}(?:[（(](?:星期|周|礼拜)([一二三四五六日天])[）)]|(?:星期|礼拜)([一二三四五六日天]))`);
const RE_DAYPART = sticky('(上午|下午|中午|晚上|晚间|凌晨|早上|早晨|清晨|傍晚|夜间|夜里|深夜|晚(?![会报宴餐霞年期些点]))');
const RE_CLOCK_COLON = sticky(`${SP}(${N}{1,2})[:：](${N}{2})(?:[:：](${N}{2}))?(?![0-9０-９])`);
const RE_CLOCK_CN = sticky(`(${N}{1,2}|${CN_HOUR})[时点](?:(${N}{1,2}|${CN_MINUTE})分|(半))?许?`);
const RE_REL_DAY = sticky('今天|今日|昨天|昨日|前天|当天|当日|次日|翌日');
const RE_RECENT = sticky('近日|日前');
const RE_REL_MONTH = sticky('本月|上个?月|下个?月');
const RE_REL_WEEK = sticky('本周|上周|下周');
const RE_SINCE = sticky(`${SP}(以来|至今(?![年天日]))`);
const RE_RANGE_SEP = sticky(`${SP}${SEP}${SP}`);
const RE_BEFORE = sticky('(?:之前|以前|前)(?![往来去进夕后行提景期沿列面线台])');
const RE_ONWARD = sticky('起(?![草诉义来床步飞点])');

const REL_YEAR: Record<string, number> = { 今: 0, 本: 0, 去: -1, 上: -1, 前: -2, 明: 1 };
const REL_DAY: Record<string, Pick<DatePoint, 'dayOffset' | 'previousDayOffset'>> = {
  今天: { dayOffset: 0 }, 今日: { dayOffset: 0 }, 昨天: { dayOffset: -1 }, 昨日: { dayOffset: -1 },
  前天: { dayOffset: -2 }, 当天: { previousDayOffset: 0 }, 当日: { previousDayOffset: 0 },
  次日: { previousDayOffset: 1 }, 翌日: { previousDayOffset: 1 },
};
const EVENING = new Set(['下午', '晚上', '晚间', '傍晚', '晚']);
const NIGHT = new Set(['夜间', '夜里', '深夜']);

/**
 * Characters that, right before a relative word, show it is part of another word (以上年龄, 过去年代,
 * 提前天数, 节日前, 基本年薪) or a count (三日前 = three days before).
 */
const BAD_BEFORE: Record<string, string> = {
  上年: '以线', 去年: '过失', 前年: '提之以', 本年: '基日资根成', 前天: '提', 今日: '',
  日前: '节生假期作末周当每该前半', 近日: '最接', 上月: '以线', 上个月: '以', 下月: '一以', 本周: '', 上周: '以',
};
const BAD_AFTER: Record<string, string[]> = {
  上年: ['龄', '纪', '级', '轻'], 今日: ['头条', '说法', '关注', '聚焦', '视点', '焦点'], 近日: ['益'],
};
const COUNT_BEFORE = '近约逾超余多共第每';
const BAD_BEFORE_YEAR_PART = '每新历往多两半近当同全逐成少青中老晚早壮童幼跨';

interface Piece {
  point: DatePoint;
  to?: DatePoint;
  end: number;
}

/**
 * `{ ...a, ...b }`, built by assignment. Node 20's optimised code gives every object made by a spread
 * followed by more properties a hidden class of its own; with one date point per date, every later read
 * of a point missed V8's caches (and the classes filled the heap).
 */
function merged(a: DatePoint, b: DatePoint | undefined): DatePoint {
  return Object.assign({}, a, b);
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const isNumeralChar = (ch: string | undefined) => ch !== undefined && /[0-9０-９〇○零一二三四五六七八九十两廿卅]/.test(ch);

function wordAllowed(text: string, start: number, word: string): boolean {
  const before = text[start - 1];
  const bad = BAD_BEFORE[word];
  if (before !== undefined && bad && bad.includes(before)) return false;
  if ((word === '日前' || word === '近日') && isNumeralChar(before)) return false;
  const after = BAD_AFTER[word];
  return !after || !after.some((a) => text.startsWith(a, start + word.length));
}

function validYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function validMonth(m: number): boolean {
  return m >= 1 && m <= 12;
}

function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

/** `上午9时30分`, `下午3点半`, `19:30`, `(星期二)` after a day. */
function dayTails(text: string, pos: number, point: DatePoint): number {
  let end = pos;
  const weekday = () => {
    const w = at(RE_WEEKDAY, text, end);
    if (w && point.weekday === undefined) {
      point.weekday = parseWeekdayChar(w[1] ?? w[2]);
      end = RE_WEEKDAY.lastIndex;
    }
  };
  weekday();
  const part = at(RE_DAYPART, text, end);
  if (part) {
    point.daypart = part[1];
    end = RE_DAYPART.lastIndex;
  }
  let hour: number | undefined;
  let minute = 0;
  let second: number | undefined;
  const colon = at(RE_CLOCK_COLON, text, end);
  const cn = colon ? null : at(RE_CLOCK_CN, text, end);
  if (colon) {
    hour = parseSmallNumber(colon[1]);
    minute = parseSmallNumber(colon[2]);
    second = colon[3] === undefined ? undefined : parseSmallNumber(colon[3]);
  } else if (cn && (point.daypart !== undefined || /^[0-9０-９]/.test(cn[1]))) {
    // A Chinese numeral before 点 without 上午/下午 is usually a count (三点要求), not a clock time.
    hour = cn[1] === '零' ? 0 : parseSmallNumber(cn[1]);
    minute = cn[3] ? 30 : cn[2] ? parseSmallNumber(cn[2]) : 0;
  }
  if (hour !== undefined && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && (second === undefined || second <= 59)) {
    if (point.daypart && EVENING.has(point.daypart) && hour < 12) hour += 12;
    else if (point.daypart === '中午' && hour < 3) hour += 12;
    else if (point.daypart && NIGHT.has(point.daypart) && hour >= 6 && hour < 12) hour += 12;
    point.hour = hour;
    point.minute = minute;
    if (second !== undefined) point.second = second;
    end = (colon ? RE_CLOCK_COLON : RE_CLOCK_CN).lastIndex;
  }
  weekday();
  return end;
}

/** Month and what follows it: `8月1日下午`, `7月1-3日`, `9月份`, `8月上旬`, `1—9月`. */
function parseMonthPiece(text: string, pos: number, yearWritten: boolean): Piece | null {
  const m = at(RE_MONTH, text, pos);
  if (!m) return null;
  const month = parseSmallNumber(m[1]);
  if (!validMonth(month)) return null;
  let end = RE_MONTH.lastIndex;
  if (m[2] !== undefined) {
    const month2 = parseSmallNumber(m[2]);
    if (!validMonth(month2) || month2 <= month) return null;
    if (at(RE_MONTH_FEN, text, end)) end++;
    return { point: { month }, to: { month: month2 }, end };
  }
  const range = at(RE_DAY_RANGE, text, end);
  if (range) {
    const d1 = parseSmallNumber(range[1]);
    const d2 = parseSmallNumber(range[2]);
    if (validDay(d1) && validDay(d2) && d2 > d1) {
      const to: DatePoint = { day: d2 };
      return { point: { month, day: d1 }, to, end: dayTails(text, RE_DAY_RANGE.lastIndex, to) };
    }
  }
  const d = at(RE_DAY, text, end);
  if (d) {
    const day = parseSmallNumber(d[1]);
    if (!validDay(day)) return null;
    const point: DatePoint = { month, day };
    return { point, end: dayTails(text, RE_DAY.lastIndex, point) };
  }
  const point: DatePoint = { month };
  const suffix = at(RE_MONTH_SUFFIX, text, end);
  if (suffix) {
    if (suffix[1]) point.xun = suffix[1] === '上旬' ? 1 : suffix[1] === '中旬' ? 2 : 3;
    else if (suffix[2]) point.part = 'start';
    else if (suffix[3]) point.part = 'end';
    end = RE_MONTH_SUFFIX.lastIndex;
  } else if (!yearWritten && !/^[0-9０-９]/.test(m[1])) {
    // A bare Chinese-numeral month (一月, 十月) is too often something else (十月革命, 一月一次).
    return null;
  }
  return { point, end };
}

function parseNumeric(text: string, pos: number): Piece | null {
  const m = at(RE_NUMERIC, text, pos);
  if (!m) return null;
  const year = parseYearDigits(m[1]);
  const month = parseSmallNumber(m[3]);
  const day = parseSmallNumber(m[4]);
  if (!validYear(year) || !validMonth(month) || !validDay(day)) return null;
  const point: DatePoint = { year, month, day };
  let end = RE_NUMERIC.lastIndex;
  const c = at(RE_NUMERIC_CLOCK, text, end);
  if (c) {
    const hour = parseSmallNumber(c[1]);
    const minute = parseSmallNumber(c[2]);
    const second = c[3] === undefined ? undefined : parseSmallNumber(c[3]);
    if (hour <= 23 && minute <= 59 && (second === undefined || second <= 59)) {
      Object.assign(point, { hour, minute }, second === undefined ? {} : { second });
      end = RE_NUMERIC_CLOCK.lastIndex;
    }
  }
  return { point, end };
}

function parseYearLed(text: string, pos: number): Piece | null {
  const m = at(RE_YEAR, text, pos);
  if (!m) return null;
  const end = RE_YEAR.lastIndex;
  const base: DatePoint = {};
  if (m[3] !== undefined) {
    if (!wordAllowed(text, pos, `${m[3]}年`)) return null;
    base.yearOffset = REL_YEAR[m[3]];
  } else {
    const year = parseYearDigits(m[1]);
    // 近2000年来, 约1500年: a count of years, not a calendar year.
    if (!validYear(year) || (pos > 0 && COUNT_BEFORE.includes(text[pos - 1])) || text.startsWith('年来', end - 1)) return null;
    base.year = year;
    if (m[2] !== undefined) {
      const year2 = parseYearDigits(m[2]);
      if (!validYear(year2) || year2 <= year || year2 - year > 100) return null;
      return { point: base, to: { year: year2 }, end };
    }
  }
  const month = parseMonthPiece(text, end, true);
  if (month) return { point: merged(base, month.point), to: month.to, end: month.end };
  const q = at(RE_QUARTER, text, end);
  if (q) {
    const piece = quarterPiece(q);
    if (piece) return { point: merged(base, piece.point), to: piece.to, end: RE_QUARTER.lastIndex };
  }
  const h = at(RE_HALF, text, end);
  if (h) return { point: merged(base, { half: h[1] === '上' ? 1 : 2 }), end: RE_HALF.lastIndex };
  if (!m[4]) {
    const p = at(RE_YEAR_PART, text, end);
    if (p) return { point: merged(base, { part: yearPart(p) }), end: RE_YEAR_PART.lastIndex };
  }
  return { point: base, end };
}

function yearPart(m: RegExpExecArray): PeriodPart {
  return m[1] ? 'start' : m[2] ? 'end' : 'within';
}

function quarterPiece(q: RegExpExecArray): { point: DatePoint; to?: DatePoint } | null {
  if (q[2] !== undefined) {
    const n = parseSmallNumber(q[2]);
    return n >= 2 && n <= 4 ? { point: { quarter: 1 }, to: { quarter: n } } : null;
  }
  const n = parseSmallNumber(q[1]);
  return n >= 1 && n <= 4 ? { point: { quarter: n } } : null;
}

function parseBare(text: string, pos: number): Piece | null {
  const before = text[pos - 1];
  let m = at(RE_QUARTER, text, pos);
  if (m) {
    if (text[pos] !== '前' && text[pos] !== '第' && isNumeralChar(before)) return null;
    const piece = quarterPiece(m);
    return piece && Object.assign({}, piece, { end: RE_QUARTER.lastIndex });
  }
  m = at(RE_HALF, text, pos);
  if (m) return { point: { half: m[1] === '上' ? 1 : 2 }, end: RE_HALF.lastIndex };
  m = at(RE_YEAR_PART, text, pos);
  if (m && text[pos] === '年') {
    if (before !== undefined && (isNumeralChar(before) || BAD_BEFORE_YEAR_PART.includes(before))) return null;
    return { point: { part: yearPart(m) }, end: RE_YEAR_PART.lastIndex };
  }
  m = at(RE_REL_DAY, text, pos);
  if (m) {
    if (!wordAllowed(text, pos, m[0])) return null;
    const point: DatePoint = { ...REL_DAY[m[0]] };
    return { point, end: dayTails(text, RE_REL_DAY.lastIndex, point) };
  }
  m = at(RE_RECENT, text, pos);
  if (m) return wordAllowed(text, pos, m[0]) ? { point: { recent: true }, end: RE_RECENT.lastIndex } : null;
  m = at(RE_REL_MONTH, text, pos);
  if (m) {
    if (!wordAllowed(text, pos, m[0])) return null;
    const point: DatePoint = { monthOffset: m[0].startsWith('本') ? 0 : m[0].startsWith('上') ? -1 : 1 };
    let end = RE_REL_MONTH.lastIndex;
    const d = at(RE_DAY, text, end);
    const day = d ? parseSmallNumber(d[1]) : NaN;
    if (d && validDay(day)) {
      point.day = day;
      end = dayTails(text, RE_DAY.lastIndex, point);
    } else {
      const s = at(RE_MONTH_SUFFIX, text, end);
      if (s && s[0] !== '份') {
        if (s[1]) point.xun = s[1] === '上旬' ? 1 : s[1] === '中旬' ? 2 : 3;
        else point.part = s[2] ? 'start' : 'end';
        end = RE_MONTH_SUFFIX.lastIndex;
      }
    }
    return { point, end };
  }
  m = at(RE_REL_WEEK, text, pos);
  if (m && wordAllowed(text, pos, m[0])) {
    return { point: { weekOffset: m[0] === '本周' ? 0 : m[0] === '上周' ? -1 : 1 }, end: RE_REL_WEEK.lastIndex };
  }
  return null;
}

function parsePiece(text: string, pos: number): Piece | null {
  return parseNumeric(text, pos) ?? parseYearLed(text, pos) ?? parseMonthPiece(text, pos, false) ?? parseBare(text, pos);
}

const isRelative = (p: DatePoint) =>
  p.dayOffset !== undefined || p.previousDayOffset !== undefined || p.recent === true ||
  p.monthOffset !== undefined || p.weekOffset !== undefined;

/** Whether `b` can close a range opened by `a` (both at the same precision). */
function closesRange(a: DatePoint, b: DatePoint): boolean {
  if (isRelative(b)) return false;
  if (a.day !== undefined) return b.day !== undefined;
  if (a.month !== undefined) return b.month !== undefined && b.day === undefined;
  if (a.quarter !== undefined) return b.quarter !== undefined;
  // 2021年至2023年, and 2022年至今年6月 (a year may be closed by a finer date of a later year).
  if (a.year !== undefined || a.yearOffset !== undefined) return b.year !== undefined || b.yearOffset !== undefined;
  return false;
}

/** The end of a range after `—`/`至`: a full date, a month-day, or a bare day (`7月1日至3日`). */
function parseRangeEnd(text: string, pos: number, from: DatePoint): Piece | null {
  const piece = parsePiece(text, pos);
  if (piece && !piece.to && closesRange(from, piece.point)) return piece;
  if (from.day !== undefined && from.month !== undefined) {
    const d = at(RE_DAY, text, pos);
    const day = d ? parseSmallNumber(d[1]) : NaN;
    if (d && validDay(day)) {
      const point: DatePoint = { day };
      return { point, end: dayTails(text, RE_DAY.lastIndex, point) };
    }
  }
  return null;
}

function checkPossible(raw: RawDate): void {
  const inherit = merged(raw.from, raw.to);
  for (const p of raw.to ? [raw.from, inherit] : [raw.from]) {
    if (p.month !== undefined && p.day !== undefined) {
      const why = impossibleDay(p.year, p.month, p.day);
      if (why) {
        raw.impossible = why;
        return;
      }
    }
  }
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\u3000';
/** How far a parenthesised byline before a lead date may reach back: `（记者 张三 通讯员 李四）`. */
const MAX_BYLINE = 40;

/** `本报讯（记者 张三）11月22日`: the date right after 讯 and an optional byline. Scans backwards, no slicing. */
function followsXun(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && (isBlank(text[p]) || text[p] === ':' || text[p] === '：')) p--;
  if (text[p] === ')' || text[p] === '）') {
    const close = p;
    p--;
    while (p >= 0 && close - p <= MAX_BYLINE + 1 && text[p] !== '(' && text[p] !== '（' && text[p] !== '\n') p--;
    if (p < 0 || (text[p] !== '(' && text[p] !== '（')) return false;
    p--;
    while (p >= 0 && isBlank(text[p])) p--;
  }
  return text[p] === '讯';
}

const UPTO_WORDS = ['截止到', '截至到', '截止至', '截至', '截止'];

/** Length of a 截至 prefix (with one optional space) right before `start`, or 0. */
function upToPrefix(text: string, start: number): number {
  const p = isBlank(text[start - 1]) ? start - 1 : start;
  for (const w of UPTO_WORDS) if (p >= w.length && text.startsWith(w, p - w.length)) return start - p + w.length;
  return 0;
}

function finish(text: string, start: number, piece: Piece): RawDate {
  const raw: RawDate = { start, end: piece.end, from: piece.point };
  if (piece.to) raw.to = piece.to;
  let end = piece.end;
  if (!isRelative(raw.from)) {
    const since = at(RE_SINCE, text, end);
    if (since) {
      if (since[1] === '以来') raw.since = true;
      else raw.untilNow = true;
      end = RE_SINCE.lastIndex;
    } else if (!raw.to && at(RE_RANGE_SEP, text, end)) {
      const rangeEnd = parseRangeEnd(text, RE_RANGE_SEP.lastIndex, raw.from);
      if (rangeEnd) {
        raw.to = rangeEnd.point;
        end = rangeEnd.end;
      }
    }
    if (!raw.since && !raw.untilNow) {
      const precise = raw.from.day !== undefined || raw.from.part === 'end' || raw.from.xun !== undefined;
      if (precise && at(RE_BEFORE, text, end)) {
        raw.before = true;
        end = RE_BEFORE.lastIndex;
      } else if (raw.from.day !== undefined && at(RE_ONWARD, text, end)) {
        raw.onward = true;
        end = RE_ONWARD.lastIndex;
      }
    }
  }
  raw.end = end;
  if (raw.from.day !== undefined && raw.from.month !== undefined && !raw.to) {
    const next = text[end];
    if (next === '讯' || (next === '电' && /^(?:[（(\s]|$)/.test(text[end + 1] ?? ''))) raw.dateline = 'xun';
    else if (followsXun(text, start)) raw.dateline = 'after-xun';
  }
  const upTo = isRelative(raw.from) ? 0 : upToPrefix(text, start);
  if (upTo > 0) {
    raw.upTo = true;
    raw.start = start - upTo;
  }
  checkPossible(raw);
  return raw;
}

/** All date expressions in `text`, in order, non-overlapping. */
export function scanDates(text: string): RawDate[] {
  const out: RawDate[] = [];
  const head = new RegExp(HEAD.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = head.exec(text)) !== null) {
    const piece = parsePiece(text, m.index);
    if (!piece || piece.end <= m.index) {
      head.lastIndex = m.index + 1;
      continue;
    }
    const raw = finish(text, m.index, piece);
    const prev = out[out.length - 1];
    if (prev && raw.start < prev.end) raw.start = prev.end; // a 截至 prefix never reaches into the previous date
    out.push(raw);
    head.lastIndex = raw.end;
  }
  return out;
}
