import * as assert from 'assert';
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { repoRoot, samplesDir } from '../helpers/paths';

/*
 * Issue 7, "two windows on the same workspace sharing the cache": two processes, each with its own
 * CorpusIndex on the same folder and the same cache file, save and load it as fast as they can. Saves
 * go to a temporary file renamed into place, so a reader must only ever see a whole cache — one of the
 * two writers' — never a half-written one, and neither process may throw.
 */

const ROUNDS = 60;

/** Runs in each child: alternately saves (its own entries) and loads the shared cache, reporting every outcome. */
const CHILD = `
const { CorpusIndex } = require(${JSON.stringify(path.join(repoRoot, 'out/src/core/corpus/corpusIndex.js'))});
const [root, cache, rounds, copies] = process.argv.slice(1);
(async () => {
  const index = new CorpusIndex({ root, analysisVersion: 'shared-cache-test' });
  await index.refresh();
  // Padding the index with copies of its entries makes each cache large enough (MBs) that a
  // non-atomic write would be caught half-way by the other process.
  const entries = [...index.entries()];
  const map = index['entryMap'];
  for (let c = 0; c < Number(copies); c++) for (const e of entries) map.set(c + '/' + e.path, { ...e, path: c + '/' + e.path });
  const out = { saves: [], loads: [] };
  for (let i = 0; i < Number(rounds); i++) {
    const saved = await index.save(cache);
    out.saves.push(saved.ok ? 'ok' : saved.reason);
    const reader = new CorpusIndex({ root, analysisVersion: 'shared-cache-test' });
    const loaded = await reader.load(cache);
    out.loads.push(loaded.ok ? loaded.entries : loaded.reason);
    reader.dispose();
  }
  index.dispose();
  process.stdout.write(JSON.stringify(out));
})().catch((err) => {
  process.stderr.write(String(err && err.stack || err));
  process.exit(2);
});
`;

function runChild(root: string, cache: string, copies: number): Promise<{ saves: string[]; loads: Array<number | string> }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', CHILD, root, cache, String(ROUNDS), String(copies)], { maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`child failed: ${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
}

describe('reliability: two processes sharing one corpus cache', function () {
  this.timeout(300_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-shared-cache-'));
    fs.cpSync(samplesDir, path.join(dir, 'corpus'), { recursive: true });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('concurrent saves and loads: every load sees one writer\'s whole cache, nothing throws', async () => {
    const root = path.join(dir, 'corpus');
    const cache = path.join(dir, 'storage', 'corpus-index.json.gz');
    const documents = fs.readdirSync(root).filter((f) => f.endsWith('.txt')).length;
    // Different sizes tell the writers apart: 12 × 401 and 12 × 151 entries.
    const [a, b] = await Promise.all([runChild(root, cache, 400), runChild(root, cache, 150)]);
    const sizes = new Set([documents * 401, documents * 151]);
    for (const [name, run] of [['first', a], ['second', b]] as const) {
      assert.deepStrictEqual(run.saves.filter((s) => s !== 'ok'), [], `${name} process: every save succeeded`);
      const bad = run.loads.filter((l) => typeof l !== 'number' || !sizes.has(l));
      assert.deepStrictEqual(bad, [], `${name} process: every load saw a whole cache`);
    }
    const seen = new Set([...a.loads, ...b.loads]);
    assert.ok(seen.size === 2, `each process saw the other's cache at least once (saw ${[...seen].join(', ')})`);
    // No temporary files are left behind.
    assert.deepStrictEqual(fs.readdirSync(path.dirname(cache)), ['corpus-index.json.gz']);
    const final = new CorpusIndex({ root, analysisVersion: 'shared-cache-test' });
    const loaded = await final.load(cache);
    assert.ok(loaded.ok && sizes.has(loaded.entries));
    final.dispose();
  });
});
