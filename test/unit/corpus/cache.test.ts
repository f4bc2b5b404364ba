import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { CACHE_VERSION } from '../../../src/core/corpus/store';
import { samplesDir } from '../helpers/paths';
import { CountingSummarizer, removeTemps, tempCopy, tempDir } from './helpers';

const SAMPLE_COUNT = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).length;

/** Rewrites a saved cache: `edit` gets the header and body and returns new ones. */
function rewrite(file: string, edit: (header: Record<string, unknown>, body: string) => [Record<string, unknown>, string]): void {
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
  const nl = text.indexOf('\n');
  const [header, body] = edit(JSON.parse(text.slice(0, nl)), text.slice(nl + 1));
  fs.writeFileSync(file, zlib.gzipSync(JSON.stringify(header) + '\n' + body));
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('corpus index cache', function () {
  this.timeout(120000);
  let root: string;
  let cache: string;
  let counter: CountingSummarizer;

  /** A built and saved index of a samples copy; each test then damages or changes something. */
  beforeEach(async () => {
    root = tempCopy(samplesDir);
    cache = path.join(tempDir(), 'storage', 'corpus-index.json.gz');
    counter = new CountingSummarizer();
    const index = new CorpusIndex({ root, summarizer: counter, analysisVersion: '1.0.0' });
    await index.refresh();
    const saved = await index.save(cache);
    assert.ok(saved.ok && saved.bytes > 0, JSON.stringify(saved));
    index.dispose();
    counter.reset();
  });
  afterEach(removeTemps);

  async function reopen(opts: { analysisVersion?: string; root?: string } = {}) {
    const index = new CorpusIndex({ root: opts.root ?? root, summarizer: counter, analysisVersion: opts.analysisVersion ?? '1.0.0' });
    const loaded = await index.load(cache);
    return { index, loaded };
  }

  it('reopening loads every entry and analyses nothing', async () => {
    const { index, loaded } = await reopen();
    assert.deepStrictEqual(loaded, { ok: true, entries: SAMPLE_COUNT, skipped: 0 });
    const fresh = new CorpusIndex({ root });
    await fresh.refresh();
    assert.deepStrictEqual(
      [...index.entries()].sort((a, b) => a.path.localeCompare(b.path)),
      [...fresh.entries()].sort((a, b) => a.path.localeCompare(b.path)),
    );
    const result = await index.refresh();
    assert.strictEqual(result.unchanged, SAMPLE_COUNT);
    assert.deepStrictEqual(counter.reset(), []);
    fresh.dispose();
    index.dispose();
  });

  it('a stale cache: only files changed, added or renamed since it was saved are looked at again', async () => {
    fs.appendFileSync(path.join(root, 'simplified-district-gas-safety.txt'), '\n　　会后，与会人员实地检查了燃气管道。\n');
    fs.rmSync(path.join(root, 'simplified-city-winter-safety.txt'));
    fs.copyFileSync(path.join(samplesDir, 'simplified-city-winter-safety.txt'), path.join(root, 'winter.txt'));
    fs.writeFileSync(path.join(root, 'brand-new.txt'), '渝北区召开防汛工作会议\n　　区长黎光宇出席会议。\n');
    const { index, loaded } = await reopen();
    assert.ok(loaded.ok);
    const result = await index.refresh();
    assert.deepStrictEqual(counter.reset(), ['brand-new.txt', 'simplified-district-gas-safety.txt']);
    assert.deepStrictEqual(result.renamed, [{ from: 'simplified-city-winter-safety.txt', to: 'winter.txt' }]);
    assert.deepStrictEqual(result.removed, []);
    assert.strictEqual(index.size, SAMPLE_COUNT + 1);
    index.dispose();
  });

  const damaged: [string, () => void, RegExp][] = [
    ['garbage bytes', () => fs.writeFileSync(cache, Buffer.from('this is not a cache at all')), /truncated or not compressed/],
    ['truncated', () => fs.writeFileSync(cache, fs.readFileSync(cache).subarray(0, 600)), /truncated or not compressed/],
    ['an older format version', () => rewrite(cache, (h, b) => [{ ...h, version: CACHE_VERSION - 1 }, b]), new RegExp(`format version ${CACHE_VERSION - 1}, this version reads ${CACHE_VERSION}`)],
    ['a body that does not match its checksum', () => rewrite(cache, (h, b) => [h, b.replace('渝北区', '江北区')]), /checksum does not match/],
    ['an unreadable header', () => rewrite(cache, (_h, b) => [JSON.parse('"oops"'), b]), /header is unreadable|not a Zhengwu corpus index/],
    ['another kind of file', () => rewrite(cache, (h, b) => [{ ...h, format: 'something-else' }, b]), /not a Zhengwu corpus index file/],
    [
      'a malformed entry under a valid checksum',
      () =>
        rewrite(cache, (h, b) => {
          const body = JSON.parse(b);
          delete body.entries[0].hash;
          const text = JSON.stringify(body);
          return [{ ...h, sha256: sha256(text) }, text];
        }),
      /entry 0 is malformed/,
    ],
    [
      'counts that disagree with the header',
      () =>
        rewrite(cache, (h, b) => {
          const body = JSON.parse(b);
          body.entries.pop();
          const text = JSON.stringify(body);
          return [{ ...h, sha256: sha256(text) }, text];
        }),
      /counts do not match/,
    ],
  ];

  for (const [what, damage, reason] of damaged) {
    it(`${what}: rejected with the reason, never trusted; the index rebuilds`, async () => {
      damage();
      const { index, loaded } = await reopen();
      assert.strictEqual(loaded.ok, false);
      assert.match((loaded as { reason: string }).reason, reason);
      assert.ok(!(loaded as { reason: string }).reason.includes('\n'));
      assert.strictEqual(index.size, 0, 'nothing loaded');
      const result = await index.refresh();
      assert.strictEqual(result.analysed, SAMPLE_COUNT);
      assert.strictEqual(counter.reset().length, SAMPLE_COUNT);
      // Saving replaces the damaged cache with a good one.
      assert.ok((await index.save(cache)).ok);
      const again = await reopen();
      assert.ok(again.loaded.ok);
      again.index.dispose();
      index.dispose();
    });
  }

  it('a cache made by another analysis version or for another folder is rejected', async () => {
    const other = await reopen({ analysisVersion: '1.1.0' });
    assert.deepStrictEqual(other.loaded, { ok: false, reason: 'index cache made by analysis version "1.0.0", this is "1.1.0"' });
    other.index.dispose();
    const elsewhere = await reopen({ root: tempCopy(samplesDir) });
    assert.strictEqual(elsewhere.loaded.ok, false);
    assert.match((elsewhere.loaded as { reason: string }).reason, /for another folder/);
    elsewhere.index.dispose();
  });

  it('no cache yet is reported as missing', async () => {
    fs.rmSync(cache);
    const { index, loaded } = await reopen();
    assert.deepStrictEqual(loaded, { ok: false, missing: true, reason: 'no index cache yet' });
    index.dispose();
  });

  it('a failed load leaves a built index as it was', async () => {
    const index = new CorpusIndex({ root, analysisVersion: '1.0.0' });
    await index.refresh();
    fs.writeFileSync(cache, 'damaged');
    assert.strictEqual((await index.load(cache)).ok, false);
    assert.strictEqual(index.size, SAMPLE_COUNT);
    index.dispose();
  });

  it('writing is atomic and a failure is returned, not thrown', async () => {
    const index = new CorpusIndex({ root, analysisVersion: '1.0.0' });
    await index.refresh();
    const dir = path.dirname(cache);
    assert.ok((await index.save(cache)).ok);
    assert.deepStrictEqual(fs.readdirSync(dir), ['corpus-index.json.gz'], 'no temporary file left');

    const blocked = path.join(dir, 'corpus-index.json.gz', 'inside-a-file.gz');
    const failed = await index.save(blocked);
    assert.strictEqual(failed.ok, false);
    assert.match((failed as { reason: string }).reason, /^could not write the index cache .*inside-a-file\.gz: /);
    assert.deepStrictEqual(fs.readdirSync(dir), ['corpus-index.json.gz']);
    assert.ok((await reopen()).loaded.ok, 'the previous cache is intact');
    index.dispose();
  });

  it('an entry following unsaved editor text is saved so that the next session re-reads the file', async () => {
    const index = new CorpusIndex({ root, summarizer: counter, analysisVersion: '1.0.0' });
    assert.ok((await index.load(cache)).ok);
    await index.update('simplified-district-gas-safety.txt', { text: '鼓楼区召开会议\n' });
    assert.ok((await index.save(cache)).ok);
    counter.reset();
    const { index: next } = await reopen();
    assert.strictEqual(next.get('simplified-district-gas-safety.txt')!.unsaved, undefined);
    await next.refresh();
    assert.deepStrictEqual(counter.reset(), ['simplified-district-gas-safety.txt']);
    assert.strictEqual(next.get('simplified-district-gas-safety.txt')!.title, '鼓楼区召开城镇燃气安全专项整治推进会');
    next.dispose();
    index.dispose();
  });
});
