import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AnalysisPool } from '../../../src/core/analysis/pool';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { compiledWorker, removeTemps, tempCopy } from '../corpus/helpers';
import { samplesDir } from '../helpers/paths';

/*
 * Issue 7, "the worker thread crashing (restarted, the user told once)", at the level of the pool and
 * of a corpus index built on it. `killWorkers` ends the workers the way a crash does: no answer, exit.
 * The extension host side (notification once, log lines) is in test/integration/reliabilityFaults.
 */

const text = fs.readFileSync(path.join(samplesDir, 'simplified-district-fire-inspection.txt'), 'utf8');

describe('reliability: worker threads crashing', function () {
  this.timeout(120_000);
  afterEach(removeTemps);

  it('a killed idle worker is replaced on the next request; onCrash hears of each crash', async () => {
    const crashes: string[] = [];
    const pool = new AnalysisPool(compiledWorker, 1, (err) => crashes.push(err.message));
    try {
      const first = await pool.analyze(text);
      assert.strictEqual(pool.killWorkers(), 1);
      await waitUntil(() => crashes.length === 1);
      const second = await pool.analyze(text);
      assert.deepStrictEqual(second.officials, first.officials, 'the fresh worker answers the same');
      assert.strictEqual(pool.killWorkers(), 1);
      await waitUntil(() => crashes.length === 2);
      assert.match(crashes[0], /exited with code/);
    } finally {
      pool.dispose();
    }
  });

  it('a request in flight when its worker dies is retried on a fresh worker', async () => {
    const crashes: string[] = [];
    const pool = new AnalysisPool(compiledWorker, 2, (err) => crashes.push(err.message));
    try {
      const expected = await pool.analyze(text);
      const pending = [pool.analyze(text), pool.analyze(text), pool.analyze(text)];
      assert.strictEqual(pool.killWorkers(), 2);
      for (const result of await Promise.all(pending)) assert.deepStrictEqual(result.officials, expected.officials);
      assert.strictEqual(crashes.length, 2);
    } finally {
      pool.dispose();
    }
  });

  it('a corpus index whose workers die mid-build still indexes every document', async () => {
    // Killed once: a request whose worker dies twice is taken for the input's fault and skipped, by design.
    const root = tempCopy(samplesDir);
    const crashes: string[] = [];
    const index = new CorpusIndex({ root, workerScript: compiledWorker, workers: 2, onWorkerCrash: (e) => crashes.push(e.message) });
    let killed = 0;
    const pool = () => (index as unknown as { summarizerInstance: { pool: AnalysisPool } }).summarizerInstance.pool;
    try {
      const result = await index.refresh({
        onProgress: (done) => {
          if (done === 1 && killed === 0) killed = pool().killWorkers();
        },
      });
      assert.strictEqual(killed, 2, 'both running workers were killed mid-build');
      assert.strictEqual(crashes.length, 2);
      const documents = fs.readdirSync(root).filter((f) => f.endsWith('.txt')).length;
      assert.strictEqual(index.size, documents, JSON.stringify(result.skipped));
      assert.deepStrictEqual(result.skipped, []);
    } finally {
      index.dispose();
    }
  });
});

async function waitUntil(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
