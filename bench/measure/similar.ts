/**
 * Similar passages at corpus scale: every report of a generated corpus in a `ReuseIndex` (cleaned
 * Simplified text, boilerplate excluded, as the extension's reuse worker adds them), then the editor's
 * per-document call (`passageMatches`, what the lenses and the Corpus view ask) timed on a sample of
 * reports, and its answers scored against the planted passages:
 *  - recall: a planted passage counts when one reported match between its two reports covers ≥ 90 % of
 *    its content characters on both sides and runs past it by at most 2 content characters at either
 *    end (span correct); "covered" recall drops the second condition;
 *  - precision: a reported match is right when it is a planted passage, or when its two spans really
 *    share wording — an exact run of 8+ content characters and a longest common subsequence of at least
 *    60 % of the longer span (brute force, independent of the engine's normaliser); at most 20,000
 *    matches, evenly spread over the answers, are judged.
 */
import { findBoilerplate } from '../../src/core/analysis/boilerplate';
import { ReuseIndex } from '../../src/core/corpus/similar';
import type { PassageMatch } from '../../src/core/corpus/similar/types';
import { commonRuns, contentOf, lcs } from '../../test/unit/similar/helpers/bruteForce';
import { preparedText, readCorpus, type PlantedSpan } from '../corpus/generate';
import { seeded, shuffled } from '../corpus/random';
import { arg, numberArg, requiredArg, runMeasurement, since } from '../lib/child';
import { percentile, round } from '../lib/stats';

const TOLERANCE = 2;
const PRECISION_SAMPLE = 20_000;

type Side = PlantedSpan['src'];

function contentCount(text: string, from: number, to: number): number {
  return to > from ? contentOf(text, from, to).chars.length : 0;
}

/** How a match's side relates to a planted span: share of the plant covered, characters past each end. */
function fit(text: string, plant: Side, span: { start: number; end: number }): { covered: number; over: number } {
  const offsets = contentOf(text, plant.start, plant.end).offsets;
  const inside = offsets.filter((o) => span.start <= o && o < span.end).length;
  const over = Math.max(contentCount(text, span.start, Math.min(span.end, plant.start)), contentCount(text, Math.max(span.start, plant.end), span.end));
  return { covered: offsets.length ? inside / offsets.length : 0, over };
}

function sharesWording(a: string, b: string): boolean {
  const ca = contentOf(a).chars;
  const cb = contentOf(b).chars;
  return commonRuns(ca, cb, 8).length > 0 && lcs(ca, cb) >= 0.6 * Math.max(ca.length, cb.length);
}

runMeasurement(() => {
  const dir = requiredArg('corpus');
  const queries = numberArg('queries', 400);
  const manifest = readCorpus(dir);
  if (!manifest) throw new Error(`no benchmark corpus in ${dir}`);
  const n = manifest.docs.length;

  let t0 = performance.now();
  const texts = manifest.docs.map((d) => preparedText(dir, d));
  const excludes = texts.map((t) => findBoilerplate(t));
  const prepareMs = since(t0);

  const heapBefore = process.memoryUsage();
  t0 = performance.now();
  // --common-share: what-if runs with another stock-formula threshold (the product's default is 0.2).
  const commonShare = arg('common-share');
  const index = new ReuseIndex(commonShare === undefined ? {} : { commonShare: Number(commonShare) });
  texts.forEach((text, i) => index.add({ id: String(i), text, exclude: excludes[i] }));
  const buildMs = since(t0);
  const heapAfter = process.memoryUsage();

  // Sources of plants are in the first half; the sample covers both halves for timing and precision.
  const half = Math.floor(n / 2);
  const r = seeded(manifest.seed + 1);
  const fromSources = shuffled(r, Array.from({ length: half }, (_, i) => i)).slice(0, Math.ceil(queries * 0.7));
  const fromTargets = shuffled(r, Array.from({ length: n - half }, (_, i) => half + i)).slice(0, Math.floor(queries * 0.3));
  const asked = [...fromSources, ...fromTargets];

  const queryMs: number[] = [];
  // CPU time beside wall time: on a shared machine a query can wait for a core longer than it computes.
  const queryCpuMs: number[] = [];
  const matches = new Map<number, PassageMatch[]>();
  const perQuery: { matches: number; documents: number }[] = [];
  for (const doc of asked) {
    t0 = performance.now();
    const cpu0 = process.cpuUsage();
    index.passageMatches(String(doc));
    queryMs.push(since(t0));
    const cpu = process.cpuUsage(cpu0);
    queryCpuMs.push((cpu.user + cpu.system) / 1000);
    const ms = index.matchesFor(String(doc)); // memoised by the call above: the same answer
    matches.set(doc, ms);
    perQuery.push({ matches: ms.length, documents: new Set(ms.map((m) => m.b.id)).size });
  }
  const all = [...matches.values()].flat();

  // Recall over the plants whose source was asked about.
  const plants = manifest.plants.filter((p) => matches.has(p.src.doc));
  const judged = plants.map((p) => {
    let best = { covered: 0, correct: false };
    for (const m of matches.get(p.src.doc)!) {
      if (Number(m.b.id) !== p.dst.doc) continue;
      const a = fit(texts[p.src.doc], p.src, m.a);
      const b = fit(texts[p.dst.doc], p.dst, m.b);
      const covered = Math.min(a.covered, b.covered);
      const correct = covered >= 0.9 && a.over <= TOLERANCE && b.over <= TOLERANCE;
      if (correct || covered > best.covered) best = { covered, correct: correct || best.correct };
    }
    return { p, found: best.covered >= 0.9, correct: best.correct };
  });
  const recallOf = (keep: (p: PlantedSpan) => boolean) => {
    const js = judged.filter((j) => keep(j.p));
    return { plants: js.length, correct: js.filter((j) => j.correct).length, recall: js.length ? round(js.filter((j) => j.correct).length / js.length, 4) : null };
  };

  // Precision over every match reported for the asked documents.
  const planted = new Set(manifest.plants.flatMap((p) => [`${p.src.doc}|${p.dst.doc}`, `${p.dst.doc}|${p.src.doc}`]));
  const isPlanted = (doc: number, m: PassageMatch) =>
    planted.has(`${doc}|${m.b.id}`) &&
    manifest.plants.some(
      (p) =>
        (p.src.doc === doc && p.dst.doc === Number(m.b.id) && m.a.start < p.src.end && p.src.start < m.a.end && m.b.start < p.dst.end && p.dst.start < m.b.end) ||
        (p.dst.doc === doc && p.src.doc === Number(m.b.id) && m.a.start < p.dst.end && p.dst.start < m.a.end && m.b.start < p.src.end && p.src.start < m.b.end),
    );
  // Brute-force checks cost O(n·m) per match: at most PRECISION_SAMPLE matches, evenly spread, are judged.
  const total = [...matches.values()].reduce((s, ms) => s + ms.length, 0);
  const stride = Math.max(1, Math.ceil(total / PRECISION_SAMPLE));
  let seen = 0;
  let reported = 0;
  let right = 0;
  let plantedRight = 0;
  for (const [doc, ms] of matches) {
    for (const m of ms) {
      if (seen++ % stride !== 0) continue;
      reported++;
      if (isPlanted(doc, m)) {
        right++;
        plantedRight++;
      } else if (sharesWording(texts[doc].slice(m.a.start, m.a.end), texts[Number(m.b.id)].slice(m.b.start, m.b.end))) right++;
    }
  }

  t0 = performance.now();
  const spanMs: number[] = [];
  for (const p of plants.slice(0, 200)) {
    t0 = performance.now();
    index.querySpan(String(p.dst.doc), { start: p.dst.start, end: p.dst.end });
    spanMs.push(since(t0));
  }
  const stats = index.stats;
  return {
    docs: n,
    commonShare: commonShare === undefined ? 'default' : Number(commonShare),
    chars: texts.reduce((s, t) => s + t.length, 0),
    prepareSeconds: round(prepareMs / 1000, 2),
    buildSeconds: round(buildMs / 1000, 2),
    index: { postings: stats.postings, typedArrayMB: round(stats.bytes / 1e6, 1), heapGrowthMB: round((heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers) / 1e6, 1) },
    askedDocs: asked.length,
    queryMs: { p50: round(percentile(queryMs, 50)), p95: round(percentile(queryMs, 95)), max: round(Math.max(...queryMs)) },
    queryCpuMs: { p50: round(percentile(queryCpuMs, 50)), p95: round(percentile(queryCpuMs, 95)) },
    answers: {
      matchesP50: percentile(perQuery.map((q) => q.matches), 50),
      matchesP95: percentile(perQuery.map((q) => q.matches), 95),
      documentsP50: percentile(perQuery.map((q) => q.documents), 50),
      shareUnder16Chars: round(all.filter((m) => m.length < 16).length / Math.max(1, all.length), 3),
    },
    querySpanMs: { p50: round(percentile(spanMs, 50)), p95: round(percentile(spanMs, 95)) },
    recall12: recallOf((p) => p.length >= 12),
    recallAll: recallOf(() => true),
    recallBy: {
      '8-11': recallOf((p) => p.length < 12),
      '12-39': recallOf((p) => p.length >= 12 && p.length < 40),
      '40+': recallOf((p) => p.length >= 40),
      oneChanged: recallOf((p) => p.kind === 'one-changed'),
      crossScript: recallOf((p) => p.crossScript),
    },
    coveredRecall12: round(judged.filter((j) => j.p.length >= 12 && j.found).length / Math.max(1, judged.filter((j) => j.p.length >= 12).length), 4),
    precision: { matches: total, judged: reported, right, planted: plantedRight, precision: reported ? round(right / reported, 4) : null },
  };
});
