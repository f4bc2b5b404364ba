import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import * as zlib from 'zlib';
import { readCache } from '../../src/core/corpus/store';
import type { CorpusIndex } from '../../src/core/corpus';
import { api, closeAllEditors, sampleUri, waitFor, workspaceRoot } from './helpers';

/*
 * Issue 7, faults in the real extension host: a damaged cache in the workspace storage, a cache that
 * cannot be written, the analysis worker dying, indexing cancelled, files changing under a running
 * index, and a workspace without a corpus. Hooks: the API's `reliability` (src/extension.ts).
 */

const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

function lines(zw: Awaited<ReturnType<typeof api>>, pattern: RegExp): string[] {
  return zw.reliability.logLines().filter((l) => pattern.test(l.message)).map((l) => l.message);
}

/** Documents of the samples copy (the workspace) that the index should hold. */
function sampleDocuments(): string[] {
  return fs.readdirSync(workspaceRoot()).filter((f) => f.endsWith('.txt'));
}

async function settledIndex(): Promise<CorpusIndex> {
  const zw = await api();
  const index = await zw.services.corpus.ensure();
  assert.ok(index);
  await waitFor('the index idle', () => !index.busy, 60_000);
  return index;
}

/** The index holds exactly the documents on disk, each with the hash of the file's bytes. */
function assertIndexMatchesDisk(index: CorpusIndex, folder: string): void {
  const onDisk = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => path.join(folder, f));
  const rel = (f: string) => index.relative(f)!;
  const inIndex = [...index.entries()].map((e) => e.path).filter((p) => index.absolute(p).startsWith(folder + path.sep));
  assert.deepStrictEqual(inIndex.sort(), onDisk.map(rel).sort(), 'indexed documents are exactly the files on disk');
  for (const f of onDisk) assert.strictEqual(index.get(f)!.hash, sha1(fs.readFileSync(f)), `${rel(f)}: the entry describes the file as it is now`);
}

/** Small reports in the genre, each different: enough work for indexing to be caught in the middle. */
function writeReports(folder: string, count: number): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const places = ['临江区', '南江县', '东城区', '鼓楼区', '渝北区'];
  return Array.from({ length: count }, (_, i) => {
    const place = places[i % places.length];
    const file = path.join(folder, `report-${String(i).padStart(4, '0')}.txt`);
    const text = `${place}召开第${i + 1}次安全生产工作会议\n　　${(i % 12) + 1}月${(i % 28) + 1}日，${place}召开安全生产工作会议。区长王${'建国明远海林'[i % 6]}出席会议并讲话，要求压实责任，确保“${i}号隐患”整改到位。\n`;
    fs.writeFileSync(file, text);
    return file;
  });
}

describe('Reliability: faults in the extension host', function () {
  this.timeout(120_000);

  before(async () => {
    const zw = await api();
    await zw.services.corpus.refresh();
  });
  after(closeAllEditors);

  describe('a damaged corpus cache in the workspace storage', () => {
    let cacheFile: string;
    let good: Buffer;

    before(async () => {
      const zw = await api();
      cacheFile = zw.reliability.corpusCacheFile()!;
      assert.ok(cacheFile, 'a trusted workspace has a cache file');
      await zw.reliability.flushCorpusCache();
      await waitFor('the cache written after indexing', () => fs.existsSync(cacheFile), 30_000);
      good = fs.readFileSync(cacheFile);
    });

    /** A cache that passes every check but the one under test, with a document that does not exist planted in it. */
    const planted = (edit: (header: Record<string, unknown>) => void, tamper = false): Buffer => {
      const text = zlib.gunzipSync(good).toString('utf8');
      const nl = text.indexOf('\n');
      const header = JSON.parse(text.slice(0, nl)) as Record<string, unknown>;
      const body = JSON.parse(text.slice(nl + 1)) as { entries: Array<Record<string, unknown>> };
      body.entries.push({ ...body.entries[0], path: 'planted-by-the-test.txt', title: 'PLANTED' });
      const bodyText = JSON.stringify(body);
      header.entries = body.entries.length;
      header.sha256 = tamper ? header.sha256 : sha256(bodyText);
      edit(header);
      return zlib.gzipSync(JSON.stringify(header) + '\n' + bodyText);
    };

    const cases: Array<[string, () => Buffer, RegExp]> = [
      ['random bytes', () => Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 97 + 13) & 0xff)), /truncated or not compressed/],
      ['truncated', () => good.subarray(0, Math.floor(good.length / 2)), /truncated or not compressed/],
      ['old format version', () => planted((h) => (h.version = 0)), /format version 0/],
      ['another extension version', () => planted((h) => (h.analysisVersion = '0.0.1')), /analysis version "0\.0\.1"/],
      ['body changed after it was written (checksum)', () => planted(() => undefined, true), /checksum does not match/],
      ['empty file', () => Buffer.alloc(0), /truncated or not compressed|unreadable/],
    ];

    for (const [what, bytes, reason] of cases) {
      it(`${what}: detected with the reason in the output channel, never trusted, rebuilt and rewritten`, async () => {
        const zw = await api();
        const damaged = bytes();
        // No save of the running index may land between this write and the restart's load.
        await zw.reliability.flushCorpusCache();
        fs.writeFileSync(cacheFile, damaged);
        const before = lines(zw, /Corpus cache not used/).length;
        await zw.reliability.restartCorpus();
        const index = await settledIndex();
        const said = lines(zw, /Corpus cache not used/).slice(before);
        assert.strictEqual(said.length, 1, `one line: ${JSON.stringify(said)}`);
        assert.match(said[0], reason);
        assert.match(said[0], /rebuilding the index$/);
        assert.strictEqual(index.get('planted-by-the-test.txt'), undefined, 'nothing from the rejected cache is used');
        assert.deepStrictEqual([...index.entries()].map((e) => e.path).filter((p) => !p.includes('/')).sort(), sampleDocuments().sort());
        // The rebuilt index replaces the damaged file with a sound one.
        await zw.reliability.flushCorpusCache();
        assert.ok(!fs.readFileSync(cacheFile).equals(damaged), 'a sound cache written over the damaged one');
        const reread = await readCache(cacheFile, { root: index.root, analysisVersion: String(vscode.extensions.getExtension('zhengwu-lens.zhengwu-lens')!.packageJSON.version) });
        assert.ok(reread.ok, reread.ok ? '' : reread.reason);
      });
    }

    it('a sound cache is loaded: nothing analysed again', async () => {
      const zw = await api();
      await zw.reliability.restartCorpus();
      const index = await settledIndex();
      assert.ok(lines(zw, /^Corpus index loaded from cache: \d+ documents/).length > 0);
      assert.strictEqual(index.size >= sampleDocuments().length, true);
    });
  });

  it('a cache that cannot be written: the index works without it, and the reader is told once', async () => {
    const zw = await api();
    const cacheFile = zw.reliability.corpusCacheFile()!;
    // Root ignores permissions, so the cache's path is made a folder with something in it: the final rename fails.
    fs.rmSync(cacheFile, { force: true });
    fs.mkdirSync(path.join(cacheFile, 'occupied'), { recursive: true });
    try {
      const folder = path.join(workspaceRoot(), 'reliability-cache-fault');
      const reports = writeReports(folder, 3);
      try {
        await zw.services.corpus.refresh();
        await waitFor('the failure logged', () => lines(zw, /^Corpus cache not written/).length > 0, 30_000);
        // More changes, more saves: every one fails the same way, and none is announced again.
        for (let i = 0; i < 3; i++) {
          fs.appendFileSync(reports[i], `\n　　第${i}次补充。\n`);
          await zw.services.corpus.refresh();
          await new Promise((r) => setTimeout(r, 300));
        }
        const index = await settledIndex();
        for (const f of reports) assert.ok(index.get(f), `${path.basename(f)} indexed without a cache`);
        assertIndexMatchesDisk(index, folder);
        assert.strictEqual(lines(zw, /^Notification: .*corpus cache could not be written/).length, 1, 'told once');
        assert.strictEqual(lines(zw, /^Corpus cache not written/).length, 1, 'the output channel says it once too');
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
        await zw.services.corpus.refresh();
      }
    } finally {
      fs.rmSync(cacheFile, { recursive: true, force: true });
    }
  });

  it('the analysis worker crashing: restarted, the request in flight retried, the reader told once', async () => {
    const zw = await api();
    // Fresh copies outside the workspace: a report analysed before (by an earlier suite) would be
    // answered from the cache without reaching the worker.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-crash-'));
    const open = (name: string) => {
      const copy = path.join(dir, name);
      fs.copyFileSync(sampleUri(name).fsPath, copy);
      return vscode.workspace.openTextDocument(copy);
    };
    try {
      const first = await open('simplified-district-fire-inspection.txt');
      assert.ok((await zw.services.analysis.insight(first))?.analysis.officials.length, 'analysed before the crash');

      assert.strictEqual(zw.reliability.killAnalysisWorker(), 1, 'one worker was running');
      await waitFor('the crash logged', () => lines(zw, /^Analysis worker crashed and was restarted/).length >= 1);
      const second = await open('simplified-city-flood-control.txt');
      assert.ok((await zw.services.analysis.insight(second))?.analysis.officials.length, 'the next analysis works');

      // A crash while a document is in the worker: the request goes to a fresh worker.
      const third = await open('traditional-district-safety-meeting.txt');
      const pending = zw.services.analysis.insight(third);
      assert.strictEqual(zw.reliability.killAnalysisWorker(), 1);
      assert.ok((await pending)?.analysis.officials.length, 'the request in flight was retried');

      assert.strictEqual(lines(zw, /^Analysis worker crashed and was restarted/).length, 2, 'each crash is logged');
      assert.strictEqual(lines(zw, /^Notification: .*worker crashed/).length, 1, 'the reader is told once');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the similar-passages worker crashing mid-query: the answer comes from a re-synced index', async () => {
    const zw = await api();
    await zw.services.corpus.refresh();
    const file = sampleUri('simplified-county-city-safety-meeting.txt').fsPath;
    const before = await zw.services.reuse.passages(file);
    assert.ok(before.length > 0, 'the sample shares passages with others');
    const crashLines = () => lines(zw, /^Similar-passages worker crashed and was restarted/).length;
    const crashesBefore = crashLines();

    // Killed while the request is in the worker: the pool retries it on a fresh worker whose reuse
    // index is empty; the service must sync that worker and ask again rather than answer "nothing".
    const pending = zw.services.reuse.passages(file);
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(zw.reliability.killReuseWorker(), 1, 'the reuse worker was running');
    const after = await pending;
    const shape = (groups: typeof before) => groups.map((g) => `${g.passage.start}-${g.passage.end}:${g.matches.length}`);
    assert.deepStrictEqual(shape(after), shape(before), 'the same passages after the crash');
    await waitFor('the crash logged', () => crashLines() > crashesBefore);
  });

  describe('indexing under way', () => {
    // A fresh name per test: a folder deleted and made again at once can lose watcher events.
    let run = 0;
    const folder = () => path.join(workspaceRoot(), `reliability-while-indexing-${run}`);
    beforeEach(() => run++);
    afterEach(async () => {
      fs.rmSync(folder(), { recursive: true, force: true });
      const zw = await api();
      await zw.services.corpus.refresh();
    });

    /**
     * Indexes the written reports, then drops the cache and restarts: the
     * rebuild reads every document again with no watcher event in play, and `during` runs once, at the
     * first document it finishes.
     */
    async function rebuildWith(reports: string[], during: (done: number) => void): Promise<boolean> {
      const zw = await api();
      await zw.services.corpus.refresh();
      await waitFor('the new reports indexed', () => reports.every((f) => zw.services.corpus.peek()?.get(f)), 60_000);
      fs.rmSync(zw.reliability.corpusCacheFile()!, { force: true });
      let struck = false;
      const listener = zw.services.corpus.onDidChangeState((s) => {
        if (struck || s.kind !== 'indexing' || s.done < 1 || s.total < reports.length) return;
        struck = true;
        during(s.done);
      });
      try {
        await zw.reliability.restartCorpus();
      } finally {
        listener.dispose();
      }
      return struck;
    }

    it('cancelled midway: what was done stays consistent, and the next refresh completes', async () => {
      const zw = await api();
      const reports = writeReports(folder(), 240);
      const cancelled = await rebuildWith(reports, () => zw.reliability.cancelIndexing());
      assert.ok(cancelled, 'indexing was caught in the middle');
      assert.ok(lines(zw, /^Indexing cancelled/).length >= 1, 'the cancel is in the output channel');
      const index = await settledIndex();
      const done = reports.filter((f) => index.get(f));
      assert.ok(done.length < reports.length, `stopped early (${done.length} of ${reports.length})`);
      for (const f of done) assert.strictEqual(index.get(f)!.hash, sha1(fs.readFileSync(f)));

      await zw.services.corpus.refresh();
      assertIndexMatchesDisk(await settledIndex(), folder());
    });

    it('files deleted, renamed and rewritten while indexing: the index ends up describing the disk', async () => {
      const zw = await api();
      const reports = writeReports(folder(), 150);
      const struck = await rebuildWith(reports, () => {
        for (let i = 0; i < reports.length; i += 5) {
          const f = reports[reports.length - 1 - i];
          if (i % 3 === 0) fs.rmSync(f);
          else if (i % 3 === 1) fs.renameSync(f, f.replace(/\.txt$/, '-renamed.txt'));
          else fs.writeFileSync(f, `改写的报告${i}\n　　市长李明出席会议并讲话，要求“第${i}条”落实到位。\n`);
        }
      });
      assert.ok(struck, 'the files changed while indexing was under way');
      // The watcher's events and one more refresh settle what changed behind the rebuild's back.
      await zw.services.corpus.refresh();
      const index = await settledIndex();
      await waitFor('the index matches the disk', () => {
        try {
          assertIndexMatchesDisk(index, folder());
          return true;
        } catch {
          return undefined;
        }
      }, 30_000).catch(() => undefined);
      assertIndexMatchesDisk(index, folder());
      assert.deepStrictEqual(lines(zw, /^Indexing failed/), []);
    });
  });

  it('a workspace without a corpus: empty views, no errors', async () => {
    const zw = await api();
    const section = vscode.workspace.getConfiguration('zhengwu');
    const errorsBefore = zw.reliability.logLines().filter((l) => l.level === 'error').length;
    await section.update('corpus.include', '**/*.no-such-extension', vscode.ConfigurationTarget.Global);
    try {
      await zw.reliability.restartCorpus();
      const index = await settledIndex();
      assert.strictEqual(index.size, 0);
      assert.deepStrictEqual(await zw.trees.corpus.getChildren(), []);
      assert.deepStrictEqual(await zw.trees.officials.getChildren(), []);
      for (const g of ['zhengwu.corpus.groupByDate', 'zhengwu.corpus.groupByOfficial', 'zhengwu.corpus.groupByLocality', 'zhengwu.corpus.refresh']) {
        await vscode.commands.executeCommand(g);
      }
      assert.deepStrictEqual(await zw.trees.corpus.getChildren(), []);
      // The view's welcome text is shown on this context key.
      const welcome = (vscode.extensions.getExtension('zhengwu-lens.zhengwu-lens')!.packageJSON.contributes.viewsWelcome as Array<{ view: string; when: string }>).map((w) => w.when);
      assert.ok(welcome.some((w) => w.includes('zhengwu.corpusEmpty')));
      assert.strictEqual(zw.reliability.logLines().filter((l) => l.level === 'error').length, errorsBefore, 'nothing failed');
    } finally {
      await section.update('corpus.include', undefined, vscode.ConfigurationTarget.Global);
      await zw.reliability.restartCorpus();
    }
    const index = await settledIndex();
    assert.ok(index.size >= sampleDocuments().length, 'the corpus is back');
  });
});
