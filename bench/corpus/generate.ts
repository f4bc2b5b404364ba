import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeBytes } from '../../src/core/corpus/decode';
import { prepare } from '../../src/core/text';
import { compose } from './compose';
import { plant, type PlantDraft } from './plant';
import { fork, seeded } from './random';
import { render, type Encoding, type Script } from './render';
import { loadSources } from './sources';

/**
 * A deterministic benchmark corpus: N reports written as files (UTF-8, UTF-8 with BOM, GBK; Simplified
 * or Traditional with the pinyin artifact), GBK copies of whole reports, and planted passages whose
 * spans are known in both reports. Every file is read back through the product's decoding and
 * preparation at generation time: a file that does not give back its generated text is listed as a
 * mismatch (its plants are dropped), never silently trusted.
 */

/** Bump when the generator changes what it writes: cached corpora of another version are rebuilt. */
export const GENERATOR_VERSION = 5;

export interface CorpusDoc {
  /** Relative to the corpus folder, `/`-separated. */
  path: string;
  script: Script;
  encoding: Encoding;
  bytes: number;
  /** Characters of the cleaned Simplified text. */
  chars: number;
  /** For a whole-report copy: the document it copies. */
  copyOf?: number;
}

/**
 * A planted passage. Offsets are UTF-16 indexes, half-open, into the cleaned Simplified text of each
 * file: `prepare(decodeBytes(file).text).text`, the text the index, the reuse index and the editor's
 * Simplified view all use.
 */
export interface PlantedSpan extends PlantDraft {
  /** Whether the two reports are in different scripts. */
  crossScript: boolean;
}

export interface CorpusManifest {
  version: number;
  seed: number;
  docs: CorpusDoc[];
  plants: PlantedSpan[];
  /** Documents whose file did not decode and prepare back to the generated text. */
  mismatched: number[];
  sources: number;
  bytes: number;
  generatedMs: number;
}

export interface GeneratedCorpus {
  dir: string;
  manifest: CorpusManifest;
  /** Whether it was read from the cache rather than generated now. */
  cached: boolean;
}

export interface GenerateOptions {
  seed: number;
  docs: number;
  /** Where to write; default: a cache folder under the temp dir keyed by seed, size and version. */
  dir?: string;
  /** Body characters per report (default 1,400: files of ~5 KB, like the scraped articles). */
  bodyChars?: number;
}

const MANIFEST = 'manifest.json';

export function defaultCorpusDir(seed: number, docs: number): string {
  return path.join(os.tmpdir(), 'zhengwu-bench', `corpus-v${GENERATOR_VERSION}-s${seed}-n${docs}`);
}

export function docPath(i: number): string {
  return `d${String(Math.floor(i / 1000)).padStart(2, '0')}/r${String(i).padStart(6, '0')}.txt`;
}

/** Reads a finished corpus from `dir`, or undefined when none (or one of another version) is there. */
export function readCorpus(dir: string): CorpusManifest | undefined {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as CorpusManifest;
    return m.version === GENERATOR_VERSION ? m : undefined;
  } catch {
    return undefined;
  }
}

export function generateCorpus(o: GenerateOptions): GeneratedCorpus {
  const dir = o.dir ?? defaultCorpusDir(o.seed, o.docs);
  const existing = readCorpus(dir);
  if (existing && existing.seed === o.seed && existing.docs.length === o.docs) return { dir, manifest: existing, cached: true };
  const t0 = Date.now();
  fs.rmSync(dir, { recursive: true, force: true });
  const sources = loadSources();
  const r = seeded(o.seed);
  const docRng = fork(r);
  const styleRng = fork(r);
  const plantRng = fork(r);
  const renderRng = fork(r);

  const drafts = Array.from({ length: o.docs }, () => compose(fork(docRng), { bodyChars: o.bodyChars ?? 1400 }));
  const styles = drafts.map(() => style(styleRng()));
  // Whole reports saved twice (the same article on two sites), the copy in GBK.
  const half = Math.floor(o.docs / 2);
  const copyOf = new Map<number, number>();
  for (let i = half; i < o.docs; i++) {
    if (styleRng() >= 0.02) continue;
    const k = Math.floor(styleRng() * half);
    drafts[i] = { ...drafts[k], body: { ...drafts[k].body } };
    styles[i] = { script: 'simplified', encoding: 'gbk' };
    copyOf.set(i, k);
  }
  const alphabet = [...new Set([...sources.training].filter((c) => /\p{Script=Han}/u.test(c)))];
  const planted = plant(plantRng, drafts, Math.round(o.docs * 0.6), alphabet, new Set(copyOf.keys()));

  const docs: CorpusDoc[] = [];
  const mismatched: number[] = [];
  let bytes = 0;
  drafts.forEach((d, i) => {
    const out = render(fork(renderRng), d.text, styles[i].script, styles[i].encoding, sources.pinyin);
    const rel = docPath(i);
    const file = path.join(dir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, out.bytes);
    const back = prepare(decodeBytes(out.bytes).text).text;
    if (back !== out.expected) mismatched.push(i);
    bytes += out.bytes.length;
    docs.push({ path: rel, script: styles[i].script, encoding: out.encoding, bytes: out.bytes.length, chars: back.length, ...(copyOf.has(i) ? { copyOf: copyOf.get(i) } : {}) });
  });
  const bad = new Set(mismatched);
  const plants: PlantedSpan[] = planted
    .filter((p) => !bad.has(p.src.doc) && !bad.has(p.dst.doc))
    .map((p) => ({ ...p, crossScript: docs[p.src.doc].script !== docs[p.dst.doc].script }));
  const manifest: CorpusManifest = { version: GENERATOR_VERSION, seed: o.seed, docs, plants, mismatched, sources: sources.files.length, bytes, generatedMs: Date.now() - t0 };
  // Written last: a folder without it is an interrupted run and is regenerated.
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest));
  return { dir, manifest, cached: false };
}

/** 70 % Simplified (a fifth of them GBK, a few with a BOM), 30 % Traditional (a sixth of them GBK). */
function style(x: number): { script: Script; encoding: Encoding } {
  if (x < 0.53) return { script: 'simplified', encoding: 'utf-8' };
  if (x < 0.56) return { script: 'simplified', encoding: 'utf-8-bom' };
  if (x < 0.7) return { script: 'simplified', encoding: 'gbk' };
  if (x < 0.95) return { script: 'traditional', encoding: 'utf-8' };
  return { script: 'traditional', encoding: 'gbk' };
}

/** The cleaned Simplified text of a corpus file, as the product reads it. */
export function preparedText(dir: string, doc: CorpusDoc): string {
  return prepare(decodeBytes(fs.readFileSync(path.join(dir, ...doc.path.split('/')))).text).text;
}
