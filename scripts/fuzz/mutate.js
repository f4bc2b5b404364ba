'use strict';
const { Random, mix } = require('./random');
const { BOILERPLATE, READINGS, SLOGANS, TITLES } = require('./corpus');

/*
 * Input number `index` of a run: a seed document (whole or a slice), random code units or a random mix
 * of tokens, then up to six mutations. A pure function of (seed, index): the summary names inputs by
 * index and `--index` regenerates one.
 */

const TOKENS = [
  '(', ')', '（', '）', '((', '))', '(((', '?', '??', '????', '\uFFFD', '\uFFFD\uFFFD', '\uFEFF', '\r', '\n', '\r\n', '\u2028', '\u2029',
  '\u3000', '　　', ' ', '\t', '𠵾', '㗲', '𠀀', '𪚥', '😀', '\uD800', '\uDC00', '\uDBFF', '\uDFFF', '“', '”', '““', '"', "'", '、', '。', '，',
  '：', ':', '一要', '二要', '一是', '强调', '指出', '要', '必须', '同志', '会议', '会议强调', '（记者 ', '(通讯员 ', '文/图 ', '至', '年', '月', '日',
  '2023年8月1日', '二〇二三年', '今年以来', '截至', '市长江', '王宏伟', '南京路', '鼓楼区', '朝阳区', '南江县', 'qu yu hui yi', 'CEO', 'I', 'O',
  'a', '0', '9', '⿰', '⿰氵', '\u0000', '\u0007', '\u001b', '\u200B', '\u0301', '\u0304', 'ǚ', 'ü', 'v', '&', '<', '>', '[x](command:a)',
  ...READINGS.map((r) => `(${r})`),
  ...READINGS.slice(0, 8).map((r) => `（${r}）`),
  ...READINGS.slice(0, 8).map((r) => `${r})`),
  ...READINGS.slice(0, 8).map((r) => `(${r}`),
  ...TITLES,
  ...SLOGANS.map((s) => `“${s}”`),
  ...BOILERPLATE,
];

function randomUnits(r, length) {
  const units = new Array(length);
  for (let k = 0; k < length; k++) {
    units[k] = r.weighted([
      [3, () => r.int(0x4e00, 0x9fff)],
      [2, () => r.int(0x20, 0x7e)],
      [1, () => r.int(0, 0xffff)],
      [1, () => r.int(0xd800, 0xdfff)],
      [1, () => r.pick([0x28, 0x29, 0xff08, 0xff09, 0x3f, 0xfffd, 0x0a, 0x0d, 0x3000, 0x201c, 0x201d])],
    ])();
  }
  // String.fromCharCode with many arguments is fast but limited by the call stack: chunk it.
  let s = '';
  for (let k = 0; k < length; k += 8192) s += String.fromCharCode(...units.slice(k, k + 8192));
  return s;
}

function randomTokens(r, count) {
  let s = '';
  for (let k = 0; k < count; k++) s += r.pick(TOKENS);
  return s;
}

function slice(r, s, maxLength = 400) {
  if (s.length === 0) return '';
  const start = r.int(0, s.length - 1);
  return s.slice(start, start + r.logInt(maxLength));
}

function insertAt(s, at, piece) {
  return s.slice(0, at) + piece + s.slice(at);
}

let iconv;
const gbk = () => (iconv ??= require('iconv-lite'));

/** Each mutation: (r, s, seeds, maxLength) → [name, s']. */
const MUTATIONS = [
  [3, 'byte-flip', (r, s) => {
    const bytes = Buffer.from(s, 'utf8');
    const flips = r.logInt(8);
    for (let k = 0; k < flips && bytes.length > 0; k++) bytes[r.int(0, bytes.length - 1)] ^= 1 << r.int(0, 7);
    return new TextDecoder('utf-8').decode(bytes);
  }],
  [2, 'unit-flip', (r, s) => {
    if (!s) return s;
    const flips = r.logInt(8);
    let out = s;
    for (let k = 0; k < flips; k++) {
      const at = r.int(0, out.length - 1);
      out = out.slice(0, at) + String.fromCharCode(out.charCodeAt(at) ^ (1 << r.int(0, 15))) + out.slice(at + 1);
    }
    return out;
  }],
  [2, 'gbk-slip', (r, s) => {
    // A run misread one byte out of step, as in the scraped articles (領域?qū)m椪?).
    const piece = slice(r, s, 200);
    if (!piece) return s;
    const bytes = gbk().encode(piece, 'gbk');
    const shifted = r.chance(0.5) ? bytes.subarray(1) : Buffer.concat([Buffer.from([r.int(0x81, 0xfe)]), bytes]);
    const garbled = r.chance(0.7) ? gbk().decode(shifted, 'gbk') : shifted.toString(r.pick(['latin1', 'utf8']));
    const at = s.indexOf(piece);
    return s.slice(0, at) + garbled + s.slice(at + piece.length);
  }],
  [3, 'splice', (r, s, seeds) => insertAt(s, r.int(0, s.length), slice(r, r.pick(seeds)[1], 2000))],
  [5, 'insert-tokens', (r, s) => {
    let out = s;
    const count = r.logInt(20);
    for (let k = 0; k < count; k++) out = insertAt(out, r.int(0, out.length), r.pick(TOKENS));
    return out;
  }],
  [2, 'insert-readings', (r, s) => {
    // Readings after characters that have none yet, or doubled after ones that have.
    let out = '';
    for (let k = 0; k < s.length; k++) {
      out += s[k];
      if (r.chance(0.1)) out += `(${r.pick(READINGS)})`;
    }
    return out;
  }],
  [2, 'delete', (r, s) => {
    if (!s) return s;
    const at = r.int(0, s.length - 1);
    return s.slice(0, at) + s.slice(at + r.logInt(500));
  }],
  [2, 'truncate', (r, s) => s.slice(0, r.int(0, s.length))],
  [2, 'repeat', (r, s, _seeds, maxLength) => {
    const piece = r.chance(0.5) ? slice(r, s, 40) : r.pick(TOKENS);
    if (!piece) return s;
    const times = Math.min(r.logInt(20000), Math.floor(maxLength / piece.length));
    return insertAt(s, r.int(0, s.length), piece.repeat(times));
  }],
  [1, 'double', (r, s) => s + s],
  [1, 'shuffle-lines', (r, s) => {
    const lines = s.split('\n');
    for (let k = lines.length - 1; k > 0; k--) {
      const j = r.int(0, k);
      [lines[k], lines[j]] = [lines[j], lines[k]];
    }
    return lines.join('\n');
  }],
  [1, 'line-ends', (r, s) => s.replace(/\r?\n/g, () => r.pick(['\n', '\r\n', '\r', '\u2028', '\n\n']))],
  [1, 'strip', (r, s) => s.replace(r.pick([/[\u4e00-\u9fff]/g, /[()（）]/g, /[^\u4e00-\u9fff]/g, /\s/g]), '')],
];

const BASES = [
  [6, 'seed'],
  [3, 'seed-slice'],
  [1, 'random-units'],
  [1, 'random-tokens'],
];

function makeInput(seed, index, seeds, maxLength) {
  const r = new Random(mix(seed, index));
  const base = r.weighted(BASES.map(([w, name]) => [w, name]));
  let s;
  let origin;
  if (base === 'seed' || base === 'seed-slice') {
    const [name, text] = r.pick(seeds);
    s = base === 'seed' ? text : slice(r, text, 3000);
    origin = base === 'seed' ? name : `slice of ${name}`;
  } else if (base === 'random-units') {
    s = randomUnits(r, r.logInt(4000));
    origin = 'random code units';
  } else {
    s = randomTokens(r, r.logInt(400));
    origin = 'random tokens';
  }
  const steps = [];
  const count = r.weighted([[1, 0], [4, 1], [3, 2], [2, 3], [1, 6]]);
  for (let k = 0; k < count; k++) {
    const [, name, fn] = r.weighted(MUTATIONS.map((m) => [m[0], m]));
    s = fn(r, s, seeds, maxLength);
    steps.push(name);
  }
  if (s.length > maxLength) {
    s = s.slice(0, maxLength);
    steps.push('cap');
  }
  return { input: s, origin: steps.length ? `${origin} + ${steps.join(', ')}` : origin };
}

module.exports = { makeInput, TOKENS };
