'use strict';
/*
 * Inputs built to make a scanner backtrack or rescan: long runs of what each rule looks for or around.
 * Each is one piece repeated to `size` UTF-16 code units (1 MiB by default).
 */

const SET = [
  ['open parentheses', '('],
  ['close parentheses', ')'],
  ['full-width open parentheses', '（'],
  ['nested parentheses', '(（'],
  ['question marks', '?'],
  ['question marks with readings', '?(qū)'],
  ['unterminated reading', null, (size) => '區(' + 'qū'.repeat(size / 2)],
  ['readings glued after every character', '區(qū)'],
  ['doubled readings', '長(zhǎng)(cháng)'],
  ['orphan readings', '?qū)m椪'],
  ['opening quotes', '“'],
  ['quote pairs', '“”'],
  ['unclosed quoted slogans', '“党政同责、一岗双责'],
  ['titles', '副市长'],
  ['title chains', '区委副书记、区长、'],
  ['市长江 trap', '市长江'],
  ['names and titles', '副市长王海、'],
  ['enumeration', '一要'],
  ['modal cues', '要'],
  ['verb cues', '强调'],
  ['comrades', '同志'],
  ['bylines', '（记者 '],
  ['dates', '2023年8月1日'],
  ['date fragments', '年月日'],
  ['ranges', '至'],
  ['Chinese numerals', '〇'],
  ['place names', '南江县'],
  ['ambiguous districts', '鼓楼区朝阳区'],
  ['boilerplate labels', '当前位置：'],
  ['pinyin-like Latin', 'qu yu hui yi zhang '],
  ['tone-marked pinyin run', 'qūyùhuìyìzhǎng'],
  ['Latin letters between Han', '區a'],
  ['replacement characters', '\uFFFD'],
  ['lone surrogates', '\uD800區\uDC00'],
  ['astral characters', '𠵾'],
  ['description operators', '⿰氵'],
  ['line breaks', '\n'],
  ['CR line breaks', '\r'],
  ['indents', '??區\n'],
  ['ideographic spaces', '\u3000'],
];

function fill(piece, size) {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
}

function adversarialInput(name, size, extra) {
  const entry = SET.find((e) => e[0] === name);
  if (!entry) throw new Error(`unknown adversarial input ${name}`);
  let s = entry[2] ? entry[2](size) : fill(entry[1], size);
  if (extra) s = fill(extra, size);
  // Never cut a surrogate pair at the end.
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff && entry[1] !== '\uD800區\uDC00') s = s.slice(0, -1);
  return s;
}

module.exports = { ADVERSARIAL: SET.map((e) => e[0]), adversarialInput, fill };
