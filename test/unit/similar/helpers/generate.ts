import { mulberry32, type Rng } from '../../helpers/random';
import * as fs from 'fs';
import * as path from 'path';
import { findBoilerplate } from '../../../../src/core/analysis/boilerplate';
import { prepare } from '../../../../src/core/text';
import { samplesDir } from '../../helpers/paths';

/**
 * Generated corpora with planted reuse, for measuring the engine against ground truth. Base text comes
 * from a character bigram model of the bundled (invented) Simplified samples: it has the genre's
 * vocabulary and its frequent short phrases (安全生产, 会议精神) but no long runs copied between
 * documents except by chance; the planted passages are the reuse to find.
 */

export type { Rng };

/** mulberry32: small, seedable, good enough for test data. */
export const rng = mulberry32;

export function pick<T>(r: Rng, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

let model: Map<string, string[]> | undefined;
let alphabet: string[] | undefined;

function trainingText(): string {
  const parts: string[] = [];
  for (const name of fs.readdirSync(samplesDir).sort()) {
    if (!name.startsWith('simplified-') || !name.endsWith('.txt')) continue;
    const text = prepare(fs.readFileSync(path.join(samplesDir, name), 'utf8')).text;
    let from = 0;
    for (const b of findBoilerplate(text)) {
      parts.push(text.slice(from, b.start));
      from = b.end;
    }
    parts.push(text.slice(from));
  }
  return parts.join('\n').replace(/[\s\u3000]+/g, '');
}

function bigrams(): Map<string, string[]> {
  if (!model) {
    const text = [...trainingText()];
    model = new Map();
    for (let i = 0; i + 1 < text.length; i++) {
      let next = model.get(text[i]);
      if (!next) model.set(text[i], (next = []));
      next.push(text[i + 1]);
    }
    alphabet = [...new Set(text.filter((c) => /\p{Script=Han}/u.test(c)))];
  }
  return model;
}

/** Han characters of the training text, for substitutions. */
export function hanAlphabet(): string[] {
  bigrams();
  return alphabet!;
}

const JUMP = 0.12;

/** About `chars` characters of report-like text in paragraphs. */
export function generateText(r: Rng, chars: number): string {
  const m = bigrams();
  const keys = [...m.keys()].filter((c) => /\p{Script=Han}/u.test(c));
  let out = '　　';
  let c = pick(r, keys);
  let n = 0;
  while (n < chars) {
    out += c;
    n++;
    if (c === '。' && r() < 0.3) out += '\n\n　　';
    // An occasional jump keeps the small model from repeating long stretches of its training text.
    const next = m.get(c);
    c = next && r() >= JUMP ? pick(r, next) : pick(r, keys);
  }
  return out + '。\n';
}

/** A `[start, end)` span of `text` holding exactly `count` letters/digits/Han characters, or undefined. */
export function contentSpan(text: string, start: number, count: number): { start: number; end: number } | undefined {
  const content = /[\p{L}\p{N}]/u;
  let s = start;
  while (s < text.length && !content.test(text[s])) s++;
  let seen = 0;
  let e = s;
  while (e < text.length && seen < count) {
    if (content.test(text[e])) seen++;
    e++;
  }
  return seen === count ? { start: s, end: e } : undefined;
}

/** Changes punctuation and spacing only: what the engine must ignore. */
export function repunctuate(r: Rng, text: string): string {
  return text.replace(/[，、。；]/g, (p) => {
    const x = r();
    if (p === '。') return x < 0.2 ? '；' : p;
    if (x < 0.3) return '、';
    if (x < 0.5) return ',';
    if (x < 0.6) return '， ';
    return '，';
  });
}

/** Replaces `n` consecutive Han characters around the middle (a swapped name or place). */
export function swapMiddle(r: Rng, text: string, n: number): string {
  const chars = [...text];
  const han = chars.map((c, i) => (/\p{Script=Han}/u.test(c) ? i : -1)).filter((i) => i >= 0);
  const at = Math.floor(han.length / 2) - Math.floor(n / 2);
  for (let j = 0; j < n; j++) {
    const i = han[at + j];
    let c = pick(r, hanAlphabet());
    while (c === chars[i]) c = pick(r, hanAlphabet());
    chars[i] = c;
  }
  return chars.join('');
}

/** Inserts a clause of `n` generated characters at about a third of the text. */
export function insertClause(r: Rng, text: string, n: number): string {
  const chars = [...text];
  const at = Math.floor(chars.length / 3);
  const clause = generateText(r, n).replace(/[\s\u3000。]/g, '').slice(0, n);
  return chars.slice(0, at).join('') + '，' + clause + '，' + chars.slice(at).join('');
}

export type PlantKind = 'exact' | 'swap' | 'swap+insert';

export interface Plant {
  kind: PlantKind;
  /** Shared content characters planted (before edits). */
  length: number;
  src: { doc: number; start: number; end: number };
  dst: { doc: number; start: number; end: number };
}

export interface PlantedCorpus {
  texts: string[];
  plants: Plant[];
}

export interface PlantOptions {
  docs: number;
  docChars: number;
  /** Planted passages; each is copied from a source document into 1–3 target documents. */
  passages: number;
  lengths: readonly number[];
  /** Share of passages planted with edits (only those of 30+ characters). */
  nearShare?: number;
  /** Slogan put into this share of the documents (a stock formula). */
  slogan?: { text: string; share: number };
  seed: number;
}

/**
 * Documents 0 … docs/2 − 1 are sources, the rest targets: passages are taken from a source and
 * inserted (at sentence ends) into targets, so every planted span is known in both documents.
 */
export function plantedCorpus(o: PlantOptions): PlantedCorpus {
  const r = rng(o.seed);
  const texts: string[] = [];
  for (let i = 0; i < o.docs; i++) texts.push(generateText(r, o.docChars));
  if (o.slogan) {
    for (let i = 0; i < o.docs; i++) {
      if (r() >= o.slogan.share) continue;
      const t = texts[i];
      const at = t.indexOf('。', Math.floor(r() * t.length * 0.8));
      if (at >= 0) texts[i] = t.slice(0, at + 1) + '要严格落实“' + repunctuate(r, o.slogan.text) + '”。' + t.slice(at + 1);
    }
  }
  const sources = Math.max(1, Math.floor(o.docs / 2));
  const inserts = new Map<number, { at: number; text: string; plant: Omit<Plant, 'dst'> & { dstDoc: number } }[]>();
  for (let p = 0; p < o.passages; p++) {
    const length = o.lengths[p % o.lengths.length];
    const srcDoc = Math.floor(r() * sources);
    const src = contentSpan(texts[srcDoc], Math.floor(r() * texts[srcDoc].length * 0.7), length);
    if (!src) continue;
    const original = texts[srcDoc].slice(src.start, src.end);
    const copies = 1 + Math.floor(r() * 3);
    for (let c = 0; c < copies; c++) {
      const dstDoc = sources + Math.floor(r() * (o.docs - sources));
      let kind: PlantKind = 'exact';
      let copy = repunctuate(r, original);
      if (length >= 30 && r() < (o.nearShare ?? 0.3)) {
        copy = swapMiddle(r, copy, 2 + Math.floor(r() * 2));
        kind = 'swap';
        if (length >= 60) {
          copy = insertClause(r, copy, 6 + Math.floor(r() * 8));
          kind = 'swap+insert';
        }
      }
      const t = texts[dstDoc];
      const sentenceEnd = t.indexOf('。', Math.floor(r() * t.length * 0.9));
      const at = sentenceEnd < 0 ? t.length : sentenceEnd + 1;
      let list = inserts.get(dstDoc);
      if (!list) inserts.set(dstDoc, (list = []));
      list.push({ at, text: copy, plant: { kind, length, src: { doc: srcDoc, ...src }, dstDoc } });
    }
  }
  const plants: Plant[] = [];
  for (const [doc, list] of inserts) {
    list.sort((x, y) => x.at - y.at);
    const t = texts[doc];
    let out = '';
    let from = 0;
    for (const ins of list) {
      out += t.slice(from, ins.at);
      const start = out.length;
      out += ins.text;
      plants.push({ kind: ins.plant.kind, length: ins.plant.length, src: ins.plant.src, dst: { doc, start, end: out.length } });
      from = ins.at;
    }
    texts[doc] = out + t.slice(from);
  }
  return { texts, plants };
}
