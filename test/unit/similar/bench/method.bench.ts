/**
 * Measures candidate generation for similar passages (numbers for src/core/corpus/similar/METHOD.md):
 * winnowing with several (k, window), a full k-gram index, and MinHash/LSH over passages and over
 * windows, on a generated corpus with planted reuse. Not a test (no assertions, takes a minute):
 *
 *   npx tsc -p test/tsconfig.json && node --expose-gc out/test/unit/similar/bench/method.bench.js [docs] [chars]
 *
 * Times are CPU milliseconds of this process; ONLY=<part of a method's name> runs only the methods
 * whose key contains it, SKIP=<…> leaves them out.
 */
import { ReuseIndex } from '../../../../src/core/corpus/similar';
import type { PassageMatch } from '../../../../src/core/corpus/similar/types';
import { commonRuns, contentOf, lcs } from '../helpers/bruteForce';
import { plantedCorpus, type Plant, type PlantedCorpus } from '../helpers/generate';
import { MinHashLsh } from './minhashLsh';

const DOCS = Number(process.argv[2] ?? 1000);
const CHARS = Number(process.argv[3] ?? 1500);
const MIN = 8;
const SLOGAN = '党政同责、一岗双责、齐抓共管、失职追责';

interface Result {
  name: string;
  build: number;
  heapMB: number;
  size: string;
  allPairs: number;
  matches: PassageMatch[];
  perDoc?: { mean: number; p95: number };
  perQuery?: { mean: number; p95: number };
  sloganFound?: string;
}

/**
 * Milliseconds of CPU used by this process: the machine is shared (other builds and tests run on its two
 * cores), which makes wall-clock times swing by 2× while CPU time stays put.
 */
const performance = {
  now(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
};

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heap(): number {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function stats(times: number[]): { mean: number; p95: number } {
  const s = [...times].sort((a, b) => a - b);
  return { mean: s.reduce((x, y) => x + y, 0) / s.length, p95: s[Math.floor(s.length * 0.95)] };
}

function runWinnowing(name: string, c: PlantedCorpus, k: number, window: number): Result {
  const before = heap();
  const t0 = performance.now();
  const index = new ReuseIndex({ k, window });
  c.texts.forEach((text, i) => index.add({ id: String(i), text }));
  const build = performance.now() - t0;
  const heapMB = (heap() - before) / 1e6;
  const t1 = performance.now();
  const matches = index.allPairs();
  const allPairs = performance.now() - t1;
  const perDoc: number[] = [];
  for (let i = 0; i < c.texts.length; i += Math.max(1, Math.floor(c.texts.length / 100))) {
    const t = performance.now();
    index.matchesFor(String(i), { minScore: 0.61 }); // not memoised: options differ from allPairs'
    perDoc.push(performance.now() - t);
  }
  const perQuery: number[] = [];
  for (const p of c.plants.slice(0, 200)) {
    const t = performance.now();
    index.querySpan(String(p.dst.doc), { start: p.dst.start, end: p.dst.end });
    perQuery.push(performance.now() - t);
  }
  // The stock slogan: ignored in bulk matching once common, found by an explicit query.
  let sloganFound: string | undefined;
  const key = contentOf(SLOGAN).chars.join('');
  const holders = c.texts.map((t, i) => (contentOf(t).chars.join('').includes(key) ? i : -1)).filter((i) => i >= 0);
  if (holders.length > 0) {
    const t = c.texts[holders[0]];
    const at = t.indexOf('要严格落实“党政同责') + 6;
    const end = t.indexOf('”', at);
    const hits = new Set(index.querySpan(String(holders[0]), { start: at, end }).map((m) => Number(m.b.id)));
    sloganFound = `${holders.filter((h) => hits.has(h)).length}/${holders.length - 1}`;
  }
  const s = index.stats;
  return {
    name,
    build,
    heapMB,
    size: `${s.postings} postings, ${s.fingerprints} distinct, ${(s.bytes / 1e6).toFixed(1)} MB of typed arrays`,
    allPairs,
    matches,
    perDoc: stats(perDoc),
    perQuery: stats(perQuery),
    sloganFound,
  };
}

function runLsh(name: string, c: PlantedCorpus, unit: 'passages' | 'windows'): Result {
  const before = heap();
  const t0 = performance.now();
  const lsh = new MinHashLsh({ unit, windowChars: 24, step: 8, shingle: 3, bands: 16, rows: 4, minChars: MIN });
  for (const t of c.texts) lsh.add(t);
  const build = performance.now() - t0;
  const heapMB = (heap() - before) / 1e6;
  const t1 = performance.now();
  const matches = lsh.allPairs();
  const allPairs = performance.now() - t1;
  const s = lsh.stats;
  return { name, build, heapMB, size: `${s.units} units, ${s.bucketEntries} bucket entries`, allPairs, matches };
}

/** Share of a plant's content covered by matches between its two documents, on both sides. */
function coverage(p: Plant, c: PlantedCorpus, byPair: Map<string, PassageMatch[]>): { any: boolean; one: boolean; boundary?: number } {
  const list = byPair.get(`${Math.min(p.src.doc, p.dst.doc)}|${Math.max(p.src.doc, p.dst.doc)}`) ?? [];
  const side = (m: PassageMatch, doc: number) => (m.a.id === String(doc) ? m.a : m.b);
  const covered = (doc: number, span: { start: number; end: number }, ms: PassageMatch[]) => {
    const content = contentOf(c.texts[doc], span.start, span.end).offsets;
    if (content.length === 0) return 0;
    let n = 0;
    for (const off of content) if (ms.some((m) => side(m, doc).start <= off && off < side(m, doc).end)) n++;
    return n / content.length;
  };
  const any = covered(p.src.doc, p.src, list) >= 0.8 && covered(p.dst.doc, p.dst, list) >= 0.8;
  const whole = list.find((m) => covered(p.src.doc, p.src, [m]) >= 0.8 && covered(p.dst.doc, p.dst, [m]) >= 0.8);
  // Boundary error on the target side, in content characters: text matched outside the plant plus plant text missed.
  let boundary: number | undefined;
  if (whole) {
    const s = side(whole, p.dst.doc);
    const text = c.texts[p.dst.doc];
    const count = (from: number, to: number) => (to > from ? contentOf(text, from, to).chars.length : 0);
    boundary = count(Math.min(s.start, p.dst.start), Math.max(s.start, p.dst.start)) + count(Math.min(s.end, p.dst.end), Math.max(s.end, p.dst.end));
  }
  return { any, one: whole !== undefined, boundary };
}

/** A reported match is right when its two spans really share wording: an exact run ≥ MIN and 60 % in common. */
function isTrue(m: PassageMatch, c: PlantedCorpus): boolean {
  const a = contentOf(c.texts[Number(m.a.id)], m.a.start, m.a.end).chars;
  const b = contentOf(c.texts[Number(m.b.id)], m.b.start, m.b.end).chars;
  if (commonRuns(a, b, MIN).length === 0) return false;
  return lcs(a, b) >= 0.6 * Math.max(a.length, b.length);
}

function report(r: Result, c: PlantedCorpus): void {
  const byPair = new Map<string, PassageMatch[]>();
  for (const m of r.matches) {
    const x = Number(m.a.id);
    const y = Number(m.b.id);
    const key = `${Math.min(x, y)}|${Math.max(x, y)}`;
    let l = byPair.get(key);
    if (!l) byPair.set(key, (l = []));
    l.push(m);
  }
  const buckets: [string, (p: Plant) => boolean][] = [
    ['exact 8–11', (p) => p.kind === 'exact' && p.length < 12],
    ['exact 12–19', (p) => p.kind === 'exact' && p.length >= 12 && p.length < 20],
    ['exact 20–39', (p) => p.kind === 'exact' && p.length >= 20 && p.length < 40],
    ['exact 40+', (p) => p.kind === 'exact' && p.length >= 40],
    ['near (swap)', (p) => p.kind === 'swap'],
    ['near (swap+insert)', (p) => p.kind === 'swap+insert'],
  ];
  const cells: string[] = [];
  const boundaries: number[] = [];
  let found = 0;
  for (const [label, test] of buckets) {
    const ps = c.plants.filter(test);
    const cov = ps.map((p) => coverage(p, c, byPair));
    const any = cov.filter((x) => x.any).length;
    const one = cov.filter((x) => x.one).length;
    for (const x of cov) if (x.boundary !== undefined) boundaries.push(x.boundary);
    found += any;
    cells.push(label.startsWith('near') ? `${label} ${any}/${ps.length} (one span ${one})` : `${label} ${any}/${ps.length}`);
  }
  const sample = r.matches.length > 3000 ? r.matches.filter((_, i) => i % Math.ceil(r.matches.length / 3000) === 0) : r.matches;
  const truePos = sample.filter((m) => isTrue(m, c)).length;
  console.log(`\n## ${r.name}`);
  console.log(`build ${r.build.toFixed(0)} ms, heap +${r.heapMB.toFixed(1)} MB, ${r.size}`);
  console.log(`allPairs ${r.allPairs.toFixed(0)} ms, ${r.matches.length} matches`);
  if (r.perDoc) console.log(`matchesFor mean ${r.perDoc.mean.toFixed(2)} ms, p95 ${r.perDoc.p95.toFixed(2)} ms`);
  if (r.perQuery) console.log(`querySpan mean ${r.perQuery.mean.toFixed(2)} ms, p95 ${r.perQuery.p95.toFixed(2)} ms`);
  if (r.sloganFound) console.log(`slogan (common) found by querySpan in ${r.sloganFound} other documents`);
  console.log(`recall ${found}/${c.plants.length} = ${((100 * found) / c.plants.length).toFixed(1)} %: ${cells.join('; ')}`);
  console.log(`precision ${truePos}/${sample.length} = ${((100 * truePos) / sample.length).toFixed(1)} %`);
  const exactEnds = boundaries.filter((b) => b === 0).length;
  const meanEnds = boundaries.reduce((x, y) => x + y, 0) / Math.max(1, boundaries.length);
  console.log(`span ends: ${exactEnds}/${boundaries.length} exact, mean error ${meanEnds.toFixed(2)} characters`);
}

function main(): void {
  const t0 = performance.now();
  const corpus = plantedCorpus({
    docs: DOCS,
    docChars: CHARS,
    passages: Math.round(DOCS * 0.6),
    lengths: [8, 9, 10, 11, 12, 14, 16, 20, 24, 32, 40, 60, 80, 120, 200],
    nearShare: 0.4,
    slogan: { text: SLOGAN, share: 0.3 },
    seed: 20240611,
  });
  const chars = corpus.texts.reduce((n, t) => n + t.length, 0);
  console.log(`# ${DOCS} documents, ${(chars / 1e6).toFixed(2)} M characters, ${corpus.plants.length} planted copies (generated in ${(performance.now() - t0).toFixed(0)} ms)`);
  const only = process.env.ONLY;
  const skip = process.env.SKIP;
  const runs: [string, () => Result][] = [
    ['winnowing k=4 w=5 (default)', () => runWinnowing('winnowing k=4 w=5 (default, guarantee 8)', corpus, 4, 5)],
    ['winnowing k=3 w=6', () => runWinnowing('winnowing k=3 w=6 (guarantee 8)', corpus, 3, 6)],
    ['winnowing k=5 w=4', () => runWinnowing('winnowing k=5 w=4 (guarantee 8)', corpus, 5, 4)],
    ['winnowing k=4 w=9', () => runWinnowing('winnowing k=4 w=9 (guarantee 12)', corpus, 4, 9)],
    ['all 4-grams', () => runWinnowing('every 4-gram indexed (w=1)', corpus, 4, 1)],
    ['lsh passages', () => runLsh('MinHash/LSH over passages (3-shingles, 16 bands × 4 rows)', corpus, 'passages')],
    ['lsh windows', () => runLsh('MinHash/LSH over 24-char windows, step 8 (3-shingles, 16 × 4)', corpus, 'windows')],
  ];
  for (const [key, run] of runs) {
    if ((only && !key.includes(only)) || (skip && key.includes(skip))) continue;
    report(run(), corpus);
  }
}

main();
