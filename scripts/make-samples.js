#!/usr/bin/env node
'use strict';
/**
 * Builds the Traditional samples in samples/ from Simplified originals in scripts/make-samples/sources/,
 * reproducing the damage seen in real scraped pages: a mainland character-level conversion, ASCII
 * punctuation, tone-marked pinyin glued after SOME converted characters, lost full-width indents
 * (`??`) and a GBK byte-slip mojibake run. It also writes, for each of them, the text that a perfect
 * cleaner + Traditional→Simplified conversion must give back (test/fixtures/expected/<name>.cleaned.txt):
 * the generator knows every annotation it inserted, so that text is exact by construction.
 *
 *   node scripts/make-samples.js           write samples/ and the .cleaned.txt files
 *   node scripts/make-samples.js --check   exit 1 if any written file differs from what would be written
 *
 * Needs only the project's devDependencies (opencc-js, iconv-lite). Output is deterministic.
 */
const fs = require('fs');
const path = require('path');
const OpenCC = require('opencc-js');
const iconv = require('iconv-lite');
const PINYIN = require('./make-samples/pinyin');

const root = path.resolve(__dirname, '..');
const sourcesDir = path.join(__dirname, 'make-samples', 'sources');
const samplesDir = path.join(root, 'samples');
const expectedDir = path.join(root, 'test', 'fixtures', 'expected');

/**
 * ratio: share of the annotatable converted characters that get pinyin (the real pages annotate a
 * different subset each, always the same characters throughout one page).
 * always/never: characters forced in or out of that subset, so each sample shows a chosen case
 * (會 never annotated; 個 annotated inside a real parenthesis; 區 inside `(市、區)`).
 */
const SPECS = [
  {
    name: 'traditional-district-safety-meeting',
    seed: 'yubei-2024',
    ratio: 0.55,
    always: ['區', '長', '會', '們'],
    never: [],
    lostIndent: true,
  },
  {
    name: 'traditional-district-fire-safety',
    seed: 'wujiang-2023',
    ratio: 0.5,
    always: ['項', '鎮'],
    never: ['會', '專'],
    // 專 (unannotated) loses its second byte: its first byte pairs with 項's, 項's second byte swallows
    // the `(` of the annotation, leaving an odd character, a `?` and an orphan `xiàng)`.
    corrupt: { anchor: '品企', target: '專項(xiàng)', dropByte: 1 },
  },
  {
    name: 'traditional-city-safety-meeting',
    seed: 'handan-2019',
    ratio: 0.6,
    always: ['區', '個', '會', '長', '報'],
    never: [],
  },
  {
    name: 'traditional-district-fire-inspection',
    seed: 'minhang-2025',
    ratio: 0.45,
    always: ['區', '會'],
    never: [],
  },
];

/**
 * The real pages were converted by a mainland character-level tool, which writes 為/啟/發布/扎實 where
 * OpenCC's standard Traditional has 爲/啓/發佈/紮實. Every replacement still converts back to the
 * same Simplified text (checked below).
 */
const MAINLAND_FORMS = [
  ['發佈', '發布'], ['紮實', '扎實'], ['瞭解', '了解'], ['複覈', '複核'], ['爲', '為'], ['啓', '啟'],
];

const ASCII_PUNCTUATION = { '，': ',', '：': ':', '（': '(', '）': ')', '；': ';' };

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

function fnv1a(s) {
  let h = 0x811c9dc5;
  for (const ch of s) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function expandIncludes(text) {
  return text.replace(/^@include (\S+) from "([^"]+)" to "([^"]+)"$/gm, (_m, file, from, to) => {
    const lines = fs.readFileSync(path.join(samplesDir, file), 'utf8').split('\n');
    const start = lines.findIndex((l) => l.includes(from));
    const end = lines.findIndex((l, i) => i >= start && l.includes(to));
    if (start < 0 || end < 0) throw new Error(`@include ${file}: "${from}" … "${to}" not found`);
    return lines.slice(start, end + 1).join('\n');
  });
}

/** Simplified original → converted Traditional with ASCII punctuation (no damage yet). */
function convert(simplified) {
  let t = toTraditional(simplified);
  if ([...t].length !== [...simplified].length) throw new Error('conversion changed the number of characters');
  for (const [from, to] of MAINLAND_FORMS) t = t.split(from).join(to);
  return t.replace(/[，：（）；]/g, (c) => ASCII_PUNCTUATION[c]);
}

function punctuate(simplified) {
  return simplified.replace(/[，：（）；]/g, (c) => ASCII_PUNCTUATION[c]);
}

/** Glue `(pinyin)` after the chosen converted characters. */
function annotate(traditional, simplified, spec) {
  const t = [...traditional];
  const s = [...simplified];
  const chosen = (ch) => {
    if (!PINYIN[ch] || spec.never.includes(ch)) return false;
    if (spec.always.includes(ch)) return true;
    return fnv1a(spec.seed + ch) / 0x100000000 < spec.ratio;
  };
  let out = '';
  const annotated = new Set();
  for (let i = 0; i < t.length; i++) {
    out += t[i];
    if (t[i] !== s[i] && chosen(t[i])) {
      out += `(${PINYIN[t[i]]})`;
      annotated.add(t[i]);
    }
  }
  for (const ch of spec.always) if (!annotated.has(ch)) throw new Error(`${spec.name}: ${ch} never occurs converted`);
  return out;
}

/** Decode GBK two bytes at a time whatever the second byte is, as the broken scraper did. */
function naiveGbkDecode(buf) {
  let out = '';
  for (let i = 0; i < buf.length; ) {
    if (buf[i] < 0x80) {
      out += String.fromCharCode(buf[i]);
      i += 1;
      continue;
    }
    const ch = i + 1 < buf.length ? iconv.decode(buf.subarray(i, i + 2), 'gbk') : '\uFFFD';
    out += ch.includes('\uFFFD') || [...ch].length !== 1 ? '?' : ch;
    i += 2;
  }
  return out;
}

function corrupt(text, { anchor, target, dropByte }) {
  const at = text.indexOf(anchor);
  const start = text.indexOf(target, at);
  if (at < 0 || start < 0) throw new Error(`corrupt: ${anchor} … ${target} not found`);
  const bytes = iconv.encode(target, 'gbk');
  const garbled = naiveGbkDecode(Buffer.concat([bytes.subarray(0, dropByte), bytes.subarray(dropByte + 1)]));
  return { text: text.slice(0, start) + garbled + text.slice(start + target.length), start, garbled };
}

function build(spec) {
  const simplified = expandIncludes(fs.readFileSync(path.join(sourcesDir, `${spec.name}.txt`), 'utf8'));
  const traditional = convert(simplified);
  let sample = annotate(traditional, simplified, spec);
  let cleaned = punctuate(simplified);
  // The round trip must give the original back, or the ground truth (Simplified names, titles) would lie.
  const roundTrip = toSimplified(traditional);
  if (roundTrip !== cleaned) {
    const i = [...roundTrip].findIndex((c, k) => c !== [...cleaned][k]);
    throw new Error(`${spec.name}: Traditional does not convert back at ${[...cleaned].slice(i - 5, i + 5).join('')}`);
  }
  if (spec.corrupt) {
    const r = corrupt(sample, spec.corrupt);
    sample = r.text;
    // A cleaner keeps an unrecoverable run as it is (and reports it). The run is chosen so that
    // conversion leaves it unchanged too; otherwise the expected text would depend on whether a
    // cleaner converts inside corrupt spans.
    if (toSimplified(r.garbled) !== r.garbled) throw new Error(`${spec.name}: corrupt run ${r.garbled} would convert`);
    const before = toSimplified(stripAnnotations(sample.slice(0, r.start)));
    const after = toSimplified(stripAnnotations(sample.slice(r.start + r.garbled.length)));
    cleaned = before + r.garbled + after;
  }
  if (spec.lostIndent) {
    sample = sample.replace(/^　　/gm, '??');
  }
  return { sample, cleaned };
}

function stripAnnotations(s) {
  return s.replace(/\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/g, '');
}

/**
 * Every fact in test/fixtures/expected/<name>.json must be readable in the cleaned Simplified text of
 * its sample, or tests built on it would assert against a typo. Returns a list of problems.
 */
function validateExpected() {
  const problems = [];
  const jsonFiles = fs.readdirSync(expectedDir).filter((f) => f.endsWith('.json'));
  const names = new Set(jsonFiles.map((f) => f.replace(/\.json$/, '')));
  const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));
  for (const s of samples) if (!names.has(s)) problems.push(`${s}: no expected/${s}.json`);
  for (const file of jsonFiles) {
    const name = file.replace(/\.json$/, '');
    const e = JSON.parse(fs.readFileSync(path.join(expectedDir, file), 'utf8'));
    const say = (m) => problems.push(`${name}: ${m}`);
    const rawPath = path.join(samplesDir, `${name}.txt`);
    if (!fs.existsSync(rawPath)) {
      say('sample missing');
      continue;
    }
    const raw = fs.readFileSync(rawPath, 'utf8');
    const cleanedPath = path.join(expectedDir, `${name}.cleaned.txt`);
    const text = e.script === 'traditional' ? fs.readFileSync(cleanedPath, 'utf8') : raw;
    const squeezed = text.replace(/[ \u3000]/g, '');
    if (e.script === 'simplified' && toSimplified(raw) !== raw) say('marked simplified but has Traditional characters');
    if (e.script === 'traditional' && toSimplified(raw) === raw) say('marked traditional but has no Traditional characters');
    if (toSimplified(text) !== text) say('cleaned text still has Traditional characters');
    if (!text.split('\n').slice(0, 4).includes(e.title)) say(`title not among the first lines: ${e.title}`);
    for (const o of e.officials) {
      if (!text.includes(o.name)) say(`official ${o.name} not in text`);
      for (const t of o.titles) if (!text.includes(t)) say(`title ${t} of ${o.name} not in text`);
    }
    for (const p of e.people) {
      if (!squeezed.includes(p.name)) say(`person ${p.name} not in text`);
      if (!text.includes(p.role)) say(`role ${p.role} not in text`);
    }
    for (const d of e.datesExamples) if (!text.includes(d.text)) say(`date ${d.text} not in text`);
    for (const sl of e.slogans) if (!text.includes(`“${sl}”`)) say(`slogan “${sl}” not in text`);
    for (const n of e.notOfficials) if (!text.includes(n)) say(`trap ${n} not in text`);
    for (const other of e.reusedWith) {
      if (!names.has(other)) say(`reusedWith ${other}: no such sample`);
      else {
        const back = JSON.parse(fs.readFileSync(path.join(expectedDir, `${other}.json`), 'utf8')).reusedWith;
        if (!back.includes(name)) say(`reusedWith ${other} is not symmetric`);
      }
    }
    // Parents may be left for the gazetteer to infer (江阴市 → 无锡市), but the place itself must be named.
    const specific = e.locality.county || e.locality.city || e.locality.province;
    if (!text.includes(specific.replace(/(省|市|区|县)$/, ''))) say(`locality ${specific} never named`);
  }
  return problems;
}

/** The hand-written cleaning fixtures: every input has its expected output and its counts add up. */
function validateCleaningFixtures() {
  const problems = [];
  const dir = path.join(root, 'test', 'fixtures', 'cleaning');
  const expectations = JSON.parse(fs.readFileSync(path.join(dir, 'expectations.json'), 'utf8'));
  const annotations = (s) => (s.match(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g) || []).length;
  const inputs = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') && !f.endsWith('.expected.txt'));
  for (const f of inputs) {
    const say = (m) => problems.push(`cleaning/${f}: ${m}`);
    const e = expectations[f];
    const expectedFile = path.join(dir, f.replace(/\.txt$/, '.expected.txt'));
    if (!e || !fs.existsSync(expectedFile)) {
      say('missing expectations.json entry or .expected.txt');
      continue;
    }
    const input = fs.readFileSync(path.join(dir, f), 'utf8');
    const expected = fs.readFileSync(expectedFile, 'utf8');
    if (input.split('\n').length !== expected.split('\n').length) say('line count differs from expected');
    if (toSimplified(expected) !== expected) say('expected text is not Simplified');
    if (annotations(input) - annotations(expected) !== e.pinyinRemoved) say('pinyinRemoved does not match the texts');
    if (2 * (input.match(/^\uFEFF?\?\?/gm) || []).length !== e.spacesRestored) say('spacesRestored does not match the input');
    for (const run of e.corruptRuns) if (!expected.includes(run)) say(`corrupt run ${run} not kept in expected text`);
  }
  for (const f of Object.keys(expectations)) if (!inputs.includes(f)) problems.push(`cleaning/${f}: listed but missing`);
  return problems;
}

function main() {
  const check = process.argv.includes('--check');
  const outputs = [];
  for (const spec of SPECS) {
    const { sample, cleaned } = build(spec);
    outputs.push([path.join(samplesDir, `${spec.name}.txt`), sample]);
    outputs.push([path.join(expectedDir, `${spec.name}.cleaned.txt`), cleaned]);
  }
  let stale = 0;
  for (const [file, content] of outputs) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (check) {
      stale += 1;
      console.error(`stale: ${path.relative(root, file)}`);
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
  const problems = [...validateExpected(), ...validateCleaningFixtures()];
  for (const p of problems) console.error(`expected: ${p}`);
  if ((check && stale) || problems.length) process.exit(1);
}

main();
