import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core/analysis/analyze';
import { findBoilerplate } from '../../src/core/analysis/boilerplate';
import { prepare } from '../../src/core/text';
import { samplesDir, sharedCorpusDir } from '../../test/unit/helpers/paths';

/**
 * What the generator learns from real-looking reports: the bundled samples (invented, in the genre) and
 * the scraped articles in ../shared/corpus, read at bench time and never written into the repository.
 * Officials and places in the borrowed paragraphs become slots that each generated document fills with
 * its own names and places, so no generated report repeats a source's people.
 */

/** Slot characters (private use): an official of the document, and its county, city and province. */
export const SLOT = { official: 0xe000, county: 0xe010, city: 0xe011, province: 0xe012 } as const;
export const OFFICIAL_SLOTS = 8;

export interface SourceSet {
  files: string[];
  /** Body paragraphs with slots, cleaned Simplified, without indentation. */
  paragraphs: string[];
  /** Boilerplate lines seen before the body (navigation, dateline) and after it (editor, copyright). */
  header: string[];
  footer: string[];
  /** Traditional character → pinyin, from the annotations glued after characters in the sources. */
  pinyin: Map<string, string>;
  /** Every body paragraph joined: what the character model is trained on. */
  training: string;
}

const ANNOTATED = /([\u3400-\u9fff])[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})[)）]/g;

export function sourceFiles(): string[] {
  const list = (dir: string) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => path.join(dir, f))
      : [];
  return [...list(samplesDir), ...list(sharedCorpusDir)];
}

let cached: SourceSet | undefined;

export function loadSources(): SourceSet {
  if (cached) return cached;
  const files = sourceFiles();
  if (files.length === 0) throw new Error(`no source reports in ${samplesDir} or ${sharedCorpusDir}`);
  const set: SourceSet = { files, paragraphs: [], header: [], footer: [], pinyin: new Map(), training: '' };
  for (const file of files) {
    const raw = fs.readFileSync(file, 'utf8');
    for (const m of raw.matchAll(ANNOTATED)) if (!set.pinyin.has(m[1])) set.pinyin.set(m[1], m[2]);
    learnFrom(prepare(raw).text, set);
  }
  set.header = [...new Set(set.header)];
  set.footer = [...new Set(set.footer)];
  set.training = set.paragraphs.join('\n');
  cached = set;
  return set;
}

function learnFrom(text: string, set: SourceSet): void {
  const analysis = analyzeText(text);
  // Slot every official mention and place name: longest spans first so nested ones do not split them.
  const slots: { start: number; end: number; code: number }[] = [];
  analysis.officials.slice(0, OFFICIAL_SLOTS).forEach((o, i) => {
    for (const m of o.mentions) slots.push({ start: m.start, end: m.end, code: SLOT.official + i });
  });
  for (const p of analysis.places) {
    const code = p.level === 'province' ? SLOT.province : p.level === 'city' ? SLOT.city : SLOT.county;
    slots.push({ start: p.start, end: p.end, code });
  }
  slots.sort((a, b) => a.start - b.start || b.end - a.end);
  let slotted = '';
  let from = 0;
  for (const s of slots) {
    if (s.start < from) continue;
    slotted += text.slice(from, s.start) + String.fromCharCode(s.code);
    from = s.end;
  }
  slotted += text.slice(from);
  // Offsets moved with the slots: boilerplate is found again on the slotted text's lines.
  const blocks = findBoilerplate(text);
  const lines = text.split('\n');
  const slottedLines = slotted.split('\n');
  let offset = 0;
  let seenBody = false;
  lines.forEach((line, i) => {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.replace(/^[\s\u3000?？]+|[\s\u3000]+$/g, '');
    if (!trimmed) return;
    const furniture = blocks.some((b) => b.start <= start && start + line.length <= b.end + 1);
    if (damaged(trimmed)) return;
    if (furniture) {
      if (!hasSlot(trimmed)) (seenBody ? set.footer : set.header).push(trimmed);
      return;
    }
    if (!seenBody) {
      seenBody = true; // the headline
      return;
    }
    const body = (slottedLines[i] ?? '').replace(/^[\s\u3000?？]+|[\s\u3000]+$/g, '');
    if (hanCount(body) >= 30 && slottedLines.length === lines.length) set.paragraphs.push(body);
  });
}

/**
 * Lines with mojibake or orphan pinyin (`?qǐng)`) stay out: cleaning rewrites them, and a generated
 * report must come out of cleaning unchanged for its planted spans to be known exactly.
 */
function damaged(s: string): boolean {
  return /[?？\ufffd]|[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/.test(s);
}

function hasSlot(s: string): boolean {
  return /[\ue000-\ue012]/.test(s);
}

export function hanCount(s: string): number {
  let n = 0;
  for (const c of s) if (/\p{Script=Han}/u.test(c)) n++;
  return n;
}
