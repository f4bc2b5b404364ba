import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as path from 'path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import type { CorpusEntry } from '../../../src/core/corpus/summary';
import { fixturesDir, samplesDir } from '../helpers/paths';
import { compiledWorker, removeTemps, tempCopy, tempDir } from './helpers';

const SAMPLE_COUNT = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).length;

const byPath = (a: CorpusEntry, b: CorpusEntry) => (a.path < b.path ? -1 : 1);

/** What the content says, without the file's identity and encoding. */
function content(e: CorpusEntry) {
  const { path: _p, size: _s, mtimeMs: _m, hash: _h, encoding: _e, encodingConfidence: _c, ...rest } = e;
  return rest;
}

describe('corpus index with worker threads', function () {
  this.timeout(180000);
  afterEach(removeTemps);

  it('the pool gives the same entries as in-process analysis', async () => {
    assert.ok(fs.existsSync(compiledWorker), `compiled worker missing: ${compiledWorker}`);
    const root = tempCopy(samplesDir);
    const pooled = new CorpusIndex({ root, workerScript: compiledWorker, workers: 2 });
    const inProcess = new CorpusIndex({ root });
    const progress: number[] = [];
    const result = await pooled.refresh({ onProgress: (done) => progress.push(done) });
    await inProcess.refresh();
    assert.strictEqual(result.analysed, SAMPLE_COUNT);
    assert.strictEqual(progress[progress.length - 1], SAMPLE_COUNT);
    assert.deepStrictEqual([...pooled.entries()].sort(byPath), [...inProcess.entries()].sort(byPath));
    pooled.dispose();
    inProcess.dispose();
  });

  it('cancelling a pooled build lets documents in flight finish and starts no more', async () => {
    const root = tempCopy(samplesDir);
    const index = new CorpusIndex({ root, workerScript: compiledWorker, workers: 2 });
    const abort = new AbortController();
    const result = await index.refresh({ signal: abort.signal, onProgress: (done) => done === 1 && abort.abort() });
    assert.strictEqual(result.cancelled, true);
    // One finished when the signal came; at most three more (two per worker) were still in flight.
    const finished = index.size;
    assert.ok(finished >= 1 && finished <= 4, `indexed ${finished}`);
    assert.strictEqual(result.analysed, finished);
    const rest = await index.refresh();
    assert.strictEqual(rest.analysed, SAMPLE_COUNT - finished);
    assert.strictEqual(rest.unchanged, finished);
    assert.strictEqual(index.size, SAMPLE_COUNT);
    index.dispose();
  });

  it('a GBK (or Big5) copy of a report gives the same summary as its UTF-8 original', async () => {
    const root = tempDir();
    const twins: [string, string, 'gbk' | 'big5'][] = [
      [path.join(samplesDir, 'simplified-district-gas-safety.txt'), 'gas', 'gbk'],
      [path.join(samplesDir, 'traditional-district-safety-meeting.txt'), 'yubei', 'gbk'],
      [path.join(fixturesDir, 'encodings', 'traditional.utf-8.txt'), 'panyu', 'big5'],
    ];
    for (const [file, name, encoding] of twins) {
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(path.join(root, `${name}.utf8.txt`), text);
      const bytes = iconv.encode(text, encoding);
      assert.strictEqual(iconv.decode(bytes, encoding), text, `${name} fits ${encoding}`);
      fs.writeFileSync(path.join(root, `${name}.${encoding}.txt`), bytes);
    }
    const index = new CorpusIndex({ root, workerScript: compiledWorker, workers: 2 });
    await index.refresh();
    assert.strictEqual(index.size, 6);
    for (const [, name, encoding] of twins) {
      const original = index.get(`${name}.utf8.txt`)!;
      const twin = index.get(`${name}.${encoding}.txt`)!;
      assert.strictEqual(original.encoding, 'utf-8');
      assert.strictEqual(twin.encoding, encoding);
      assert.ok(twin.encodingConfidence > 0.8);
      assert.deepStrictEqual(content(twin), content(original), name);
      assert.ok(original.officials.length > 0 && original.locality.province, `${name} has something to compare`);
    }
    index.dispose();
  });
});
