/**
 * Builds the corpus index of a generated corpus the way the extension does: `CorpusIndex.refresh()`
 * with the bundled analysis worker (dist/analysisWorker.js, or the copy `--worker` names) in worker
 * threads, one per core. Then saves
 * the cache (for the reload measurement, in a fresh process) and times `update()` after rewriting one
 * file, five times on five files. Peak RSS covers the workers (threads of this process).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex, defaultWorkers } from '../../src/core/corpus';
import { readCorpus } from '../corpus/generate';
import { arg, numberArg, requiredArg, runMeasurement, since } from '../lib/child';
import { median, round } from '../lib/stats';
import { repoRoot } from '../../test/unit/helpers/paths';

runMeasurement(async () => {
  const dir = requiredArg('corpus');
  const cache = requiredArg('cache');
  const workers = numberArg('workers', defaultWorkers());
  const updates = numberArg('updates', 5);
  const manifest = readCorpus(dir);
  if (!manifest) throw new Error(`no benchmark corpus in ${dir}`);
  const workerScript = arg('worker') ?? path.join(repoRoot, 'dist', 'analysisWorker.js');
  if (!fs.existsSync(workerScript)) throw new Error(`${workerScript} is missing: run npm run build`);

  const index = new CorpusIndex({ root: dir, workerScript, workers });
  let t0 = performance.now();
  // The first finished document marks the fixed start-up cost: workers starting, loading the segmenter.
  let firstMs = 0;
  const built = await index.refresh({ onProgress: (done) => void (done === 1 && (firstMs = since(t0))) });
  const buildMs = since(t0);
  if (built.analysed !== manifest.docs.length) {
    throw new Error(`indexed ${built.analysed} of ${manifest.docs.length} documents; skipped: ${built.skipped.slice(0, 3).map((s) => `${s.path} (${s.reason})`).join(', ')}`);
  }
  const buildRssMB = process.resourceUsage().maxRSS / 1024;

  t0 = performance.now();
  const saved = await index.save(cache);
  const saveMs = since(t0);
  if (!saved.ok) throw new Error(`saving the cache failed: ${JSON.stringify(saved)}`);

  // An edited report: a sentence appended, as a reader saving a correction would.
  const editable = manifest.docs.filter((d) => d.encoding === 'utf-8');
  const updateMs: number[] = [];
  for (let i = 0; i < updates; i++) {
    const doc = editable[Math.floor(((i + 0.5) * editable.length) / updates)];
    const file = path.join(dir, ...doc.path.split('/'));
    const original = fs.readFileSync(file);
    try {
      fs.writeFileSync(file, Buffer.concat([original, Buffer.from(`\n　　会议要求，各地要在${i + 1}月底前完成排查整治。\n`)]));
      t0 = performance.now();
      const outcome = await index.update(file);
      updateMs.push(since(t0));
      if (outcome !== 'changed') throw new Error(`update of ${doc.path} gave ${outcome}, not changed`);
    } finally {
      fs.writeFileSync(file, original); // the cached corpus stays as generated
    }
  }
  index.dispose();
  return {
    docs: manifest.docs.length,
    bytes: manifest.bytes,
    workers,
    buildSeconds: round(buildMs / 1000, 2),
    firstDocumentSeconds: round(firstMs / 1000, 2),
    docsPerSecond: round(manifest.docs.length / (buildMs / 1000), 1),
    buildPeakRssMB: round(buildRssMB, 1),
    saveMs: round(saveMs, 0),
    cacheBytes: fs.statSync(cache).size,
    updateMs: { median: round(median(updateMs), 1), all: updateMs.map((t) => round(t, 1)) },
  };
});
