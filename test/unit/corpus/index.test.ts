import * as assert from 'assert';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../../src/core/analysis/analyze';
import { CorpusIndex, type CorpusChange } from '../../../src/core/corpus/corpusIndex';
import { fixturesDir, samplesDir } from '../helpers/paths';
import type { Summarizer } from '../../../src/core/corpus/summarizer';
import { CountingSummarizer, removeTemps, tempCopy, touch } from './helpers';

/** A summarizer that holds documents containing 慢 until `open()`; `entered` resolves when one arrives. */
const gated = (() => {
  const inner = new CountingSummarizer();
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let entered!: () => void;
  const arrived = new Promise<void>((r) => (entered = r));
  const summarizer: Summarizer = {
    parallelism: 1,
    async summarize(input, hint) {
      if ('bytes' in input && Buffer.from(input.bytes).toString('utf8').includes('慢')) {
        entered();
        await gate;
      }
      return inner.summarize(input, hint);
    },
    dispose: () => undefined,
  };
  return { summarizer, open, entered: arrived };
})();

const SAMPLE_COUNT = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).length;
const DISTRICT = 'traditional-district-safety-meeting.txt';
const GAS = 'simplified-district-gas-safety.txt';
const FLOOD = 'simplified-county-flood-control.txt';

/** A temporary copy of samples/ with the noise a scraped folder has around its reports. */
function scrapedFolder(): string {
  const dir = tempCopy(samplesDir);
  fs.mkdirSync(path.join(dir, 'node_modules', 'pkg'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'node_modules', 'pkg', 'notes.txt'), 'not a report');
  fs.mkdirSync(path.join(dir, '.cache'));
  fs.writeFileSync(path.join(dir, '.cache', 'copy.txt'), 'hidden');
  fs.copyFileSync(path.join(fixturesDir, 'encodings', 'image.png.txt'), path.join(dir, 'image.png.txt'));
  fs.writeFileSync(path.join(dir, 'photo.jpg'), 'not matched by the include glob');
  return dir;
}

describe('corpus index', function () {
  this.timeout(120000);
  afterEach(removeTemps);

  it('builds from a scraped folder: documents only, binary files skipped with the reason, progress and events', async () => {
    const root = scrapedFolder();
    const counter = new CountingSummarizer();
    const index = new CorpusIndex({ root, summarizer: counter, batchSize: 5 });
    const progress: [number, number][] = [];
    const changes: CorpusChange[] = [];
    index.onDidChange((c) => changes.push(c));
    const result = await index.refresh({ onProgress: (done, total) => progress.push([done, total]) });

    assert.strictEqual(index.size, SAMPLE_COUNT);
    assert.strictEqual(result.files, SAMPLE_COUNT + 1);
    assert.strictEqual(result.analysed, SAMPLE_COUNT);
    assert.deepStrictEqual(result.added.sort(), fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort());
    assert.deepStrictEqual(
      index.skipped().map((s) => [s.path, s.kind, s.reason]),
      [['image.png.txt', 'binary', 'binary file (PNG image)']],
    );
    assert.deepStrictEqual(result.skipped.map((s) => s.path), ['image.png.txt']);
    assert.strictEqual(result.cancelled, false);
    assert.strictEqual(counter.analysed.length, SAMPLE_COUNT + 1, 'the binary file went to the summarizer and was refused');

    assert.deepStrictEqual(progress[0], [0, SAMPLE_COUNT + 1]);
    assert.deepStrictEqual(progress[progress.length - 1], [SAMPLE_COUNT + 1, SAMPLE_COUNT + 1]);
    assert.ok(progress.every(([d], i) => i === 0 || d === progress[i - 1][0] + 1), 'one step per document');

    const announced = changes.flatMap((c) => c.added);
    assert.deepStrictEqual(announced.sort(), result.added.sort());
    assert.ok(changes.length >= 3, `announced in batches (${changes.length})`);
    assert.ok(index.revision > 0);
    index.dispose();
  });

  it('an entry summarises the full analysis: identity, encoding, script, who/when/where/what', async () => {
    const root = tempCopy(samplesDir);
    const index = new CorpusIndex({ root });
    await index.refresh();
    const file = path.join(root, DISTRICT);
    const bytes = fs.readFileSync(file);
    const e = index.get(DISTRICT)!;
    const { prepared, analysis } = analyzeSource(bytes.toString('utf8'), { pathHint: DISTRICT });

    assert.strictEqual(e.path, DISTRICT);
    assert.strictEqual(e.size, bytes.length);
    assert.strictEqual(e.mtimeMs, fs.statSync(file).mtimeMs);
    assert.strictEqual(e.hash, createHash('sha1').update(bytes).digest('hex'));
    assert.strictEqual(e.encoding, 'utf-8');
    assert.strictEqual(e.script, 'traditional');
    assert.strictEqual(e.title, '渝北区召开2024年安全生产工作会议');
    assert.strictEqual(e.publishedAt, '2024-03-06');
    assert.deepStrictEqual(e.meetingDates, analysis.meetingDates);
    assert.deepStrictEqual(e.locality, { province: '重庆市', city: '重庆市', county: '渝北区', confidence: analysis.locality.confidence });
    assert.deepStrictEqual(
      e.officials.find((o) => o.name === '黎光宇'),
      { name: '黎光宇', titles: ['区委副书记', '区长'], mentions: analysis.officials.find((o) => o.name === '黎光宇')!.mentions.length },
    );
    assert.deepStrictEqual(e.people, analysis.people.map((p) => ({ name: p.name, role: p.role })));
    assert.deepStrictEqual(e.slogans, [...new Set(analysis.slogans.map((s) => s.key))]);
    assert.ok(e.firstDirective && e.firstDirective.text.length > 0 && e.firstDirective.text.length <= 81);
    assert.strictEqual(e.counts.chars, prepared.text.length);
    assert.strictEqual(e.counts.directives, analysis.directives.length);
    assert.ok(e.counts.pinyinRemoved > 0, 'the Traditional sample had glued pinyin');
    assert.strictEqual(index.get(path.join(root, DISTRICT)), e, 'absolute paths work too');
    assert.ok(JSON.stringify(e).length < 4000, 'an entry is a summary, not the analysis');
    index.dispose();
  });

  it('refresh re-analyses only what changed: modified, created; not touched, deleted or renamed files', async () => {
    const root = tempCopy(samplesDir);
    const counter = new CountingSummarizer();
    const index = new CorpusIndex({ root, summarizer: counter });
    await index.refresh();
    counter.reset();

    const again = await index.refresh();
    assert.deepStrictEqual(counter.reset(), []);
    assert.strictEqual(again.unchanged, SAMPLE_COUNT);

    // Same content, new time: read and hashed, not analysed.
    touch(path.join(root, FLOOD), 1_700_000_000);
    fs.appendFileSync(path.join(root, GAS), '\n　　区安委办将适时开展督查。\n');
    fs.mkdirSync(path.join(root, 'more'));
    fs.writeFileSync(path.join(root, 'more', 'new-report.txt'), fs.readFileSync(path.join(root, DISTRICT), 'utf8').replace('渝北区', '江北区'));
    fs.rmSync(path.join(root, 'simplified-city-winter-safety.txt'));
    fs.renameSync(path.join(root, 'simplified-city-safety-committee.txt'), path.join(root, 'more', 'luoyang.txt'));
    const before = index.get('simplified-city-safety-committee.txt')!;

    const result = await index.refresh();
    assert.deepStrictEqual(counter.reset(), ['more/new-report.txt', GAS]);
    assert.deepStrictEqual(result.changed, [GAS]);
    assert.deepStrictEqual(result.added, ['more/new-report.txt']);
    assert.deepStrictEqual(result.removed, ['simplified-city-winter-safety.txt']);
    assert.deepStrictEqual(result.renamed, [{ from: 'simplified-city-safety-committee.txt', to: 'more/luoyang.txt' }]);
    assert.strictEqual(result.analysed, 2);
    assert.strictEqual(index.size, SAMPLE_COUNT);
    assert.strictEqual(index.get(FLOOD)!.mtimeMs, 1_700_000_000_000);
    assert.strictEqual(index.get('simplified-city-winter-safety.txt'), undefined);
    assert.deepStrictEqual({ ...index.get('more/luoyang.txt')!, path: before.path, mtimeMs: before.mtimeMs }, before);
    index.dispose();
  });

  it('a rename into a path with a date is analysed again: analysis reads dates from paths', async () => {
    const root = tempCopy(samplesDir);
    const counter = new CountingSummarizer();
    const index = new CorpusIndex({ root, summarizer: counter });
    await index.refresh();
    counter.reset();
    fs.mkdirSync(path.join(root, '2024', '0301'), { recursive: true });
    fs.renameSync(path.join(root, GAS), path.join(root, '2024', '0301', GAS));
    const result = await index.refresh();
    assert.deepStrictEqual(counter.reset(), [`2024/0301/${GAS}`]);
    assert.deepStrictEqual(result.renamed, []);
    assert.deepStrictEqual(result.added, [`2024/0301/${GAS}`]);
    assert.deepStrictEqual(result.removed, [GAS]);
    index.dispose();
  });

  it('watcher events: update, remove, rename of files and folders, each touching only its documents', async () => {
    const root = tempCopy(samplesDir);
    const counter = new CountingSummarizer();
    const index = new CorpusIndex({ root, summarizer: counter });
    await index.refresh();
    counter.reset();
    const changes: CorpusChange[] = [];
    index.onDidChange((c) => changes.push(c));

    assert.strictEqual(await index.update(path.join(root, GAS)), 'unchanged');
    fs.appendFileSync(path.join(root, GAS), '\n　　会议要求各街道立即行动。\n');
    assert.strictEqual(await index.update(path.join(root, GAS)), 'changed');
    fs.writeFileSync(path.join(root, 'created.txt'), '都昌县召开防汛调度会\n　　县长曹文斌主持会议。\n');
    assert.strictEqual(await index.update('created.txt'), 'added');
    assert.strictEqual(index.get('created.txt')!.locality.county, '都昌县');
    assert.deepStrictEqual(counter.reset(), ['created.txt', GAS]);

    assert.strictEqual(await index.update(path.join(root, 'node_modules', 'x.txt')), 'ignored');
    assert.strictEqual(await index.update('/somewhere/else.txt'), 'ignored');
    assert.strictEqual(await index.update('README.md'), 'ignored');

    fs.rmSync(path.join(root, 'created.txt'));
    assert.strictEqual(await index.update('created.txt'), 'removed', 'a change event for a file that is gone');
    assert.deepStrictEqual(index.remove(path.join(root, FLOOD)), [FLOOD]);
    assert.deepStrictEqual(index.remove('no-such.txt'), []);

    fs.renameSync(path.join(root, DISTRICT), path.join(root, 'yubei.txt'));
    assert.deepStrictEqual(await index.rename(path.join(root, DISTRICT), path.join(root, 'yubei.txt')), [{ from: DISTRICT, to: 'yubei.txt' }]);
    assert.ok(index.get('yubei.txt') && !index.get(DISTRICT));

    fs.mkdirSync(path.join(root, 'city'));
    for (const f of ['simplified-city-flood-control.txt', 'simplified-city-winter-safety.txt']) fs.renameSync(path.join(root, f), path.join(root, 'city', f));
    const moves = await index.rename(path.join(root, 'simplified-city-flood-control.txt'), path.join(root, 'city', 'simplified-city-flood-control.txt'));
    assert.strictEqual(moves.length, 1);
    await index.rename(path.join(root, 'simplified-city-winter-safety.txt'), path.join(root, 'city', 'simplified-city-winter-safety.txt'));
    fs.renameSync(path.join(root, 'city'), path.join(root, '城市'));
    const folderMoves = await index.rename('city', '城市');
    assert.deepStrictEqual(folderMoves.map((m) => m.to).sort(), ['城市/simplified-city-flood-control.txt', '城市/simplified-city-winter-safety.txt']);
    assert.deepStrictEqual(counter.reset(), [], 'renames are not analysed');

    const kinds = changes.map((c) => Object.entries(c).filter(([k, v]) => k !== 'reset' && (v as unknown[]).length).map(([k]) => k).join());
    assert.deepStrictEqual(kinds, ['changed', 'added', 'removed', 'removed', 'renamed', 'renamed', 'renamed', 'renamed']);

    // The index agrees with a fresh build of the folder.
    const fresh = new CorpusIndex({ root });
    await fresh.refresh();
    assert.deepStrictEqual([...index.entries()].map((e) => e.path).sort(), [...fresh.entries()].map((e) => e.path).sort().filter((p) => p !== FLOOD));
    fresh.dispose();
    index.dispose();
  });

  it('an open editor\'s text updates its document until the editor is saved or closed', async () => {
    const root = tempCopy(samplesDir);
    const index = new CorpusIndex({ root });
    await index.refresh();
    const original = index.get(GAS)!;
    const edited = fs.readFileSync(path.join(root, GAS), 'utf8').replace('鼓楼区召开城镇燃气安全专项整治推进会', '鼓楼区召开燃气安全工作会议');
    assert.strictEqual(await index.update(GAS, { text: edited }), 'changed');
    assert.strictEqual(index.get(GAS)!.title, '鼓楼区召开燃气安全工作会议');
    assert.strictEqual(index.get(GAS)!.unsaved, true);
    await index.refresh();
    assert.strictEqual(index.get(GAS)!.title, '鼓楼区召开燃气安全工作会议', 'refresh leaves the editor\'s entry alone');
    assert.strictEqual(await index.update(GAS), 'changed', 'closed without saving: back to the file');
    assert.deepStrictEqual(index.get(GAS), original);
    index.dispose();
  });

  it('overlapping operations on one file: the most recently started wins', async () => {
    const root = tempCopy(samplesDir);
    const index = new CorpusIndex({ root, summarizer: gated.summarizer });
    await index.refresh();
    const file = path.join(root, GAS);
    fs.writeFileSync(file, '鼓楼区召开慢会议\n　　区长钱亦涛出席。\n');
    const slow = index.update(file);
    await gated.entered;
    fs.writeFileSync(file, '鼓楼区召开快速部署会议\n　　区长钱亦涛出席会议并讲话。\n');
    assert.strictEqual(await index.update(file), 'changed');
    gated.open();
    assert.strictEqual(await slow, 'unchanged', 'the older result is dropped');
    assert.strictEqual(index.get(GAS)!.title, '鼓楼区召开快速部署会议');
    index.dispose();
  });

  it('a document the analysis fails on is skipped with the reason, the others indexed', async () => {
    const root = tempCopy(samplesDir);
    const inner = new CountingSummarizer();
    const failing: Summarizer = {
      parallelism: 1,
      summarize: (input, hint) => (hint === GAS ? Promise.reject(new Error('analysis worker crashed twice on this input\nstack…')) : inner.summarize(input, hint)),
      dispose: () => undefined,
    };
    const index = new CorpusIndex({ root, summarizer: failing });
    await index.refresh();
    assert.strictEqual(index.size, SAMPLE_COUNT - 1);
    assert.deepStrictEqual(index.skipped().map((s) => [s.path, s.kind, s.reason]), [[GAS, 'analysis', 'analysis failed: analysis worker crashed twice on this input']]);
    index.dispose();
  });

  it('cancellation stops starting documents; the next refresh analyses only the rest', async () => {
    const root = tempCopy(samplesDir);
    const counter = new CountingSummarizer();
    const index = new CorpusIndex({ root, summarizer: counter });
    const abort = new AbortController();
    const result = await index.refresh({ signal: abort.signal, onProgress: (done) => done === 3 && abort.abort() });
    assert.strictEqual(result.cancelled, true);
    assert.strictEqual(index.size, 3);
    assert.strictEqual(counter.reset().length, 3);
    const rest = await index.refresh();
    assert.strictEqual(rest.cancelled, false);
    assert.strictEqual(rest.analysed, SAMPLE_COUNT - 3);
    assert.strictEqual(rest.unchanged, 3);
    assert.strictEqual(counter.reset().length, SAMPLE_COUNT - 3);
    assert.strictEqual(index.size, SAMPLE_COUNT);
    index.dispose();
  });

  it('an aborted signal before the walk changes nothing', async () => {
    const root = tempCopy(samplesDir);
    const index = new CorpusIndex({ root });
    const result = await index.refresh({ signal: AbortSignal.abort() });
    assert.strictEqual(result.cancelled, true);
    assert.strictEqual(index.size, 0);
    index.dispose();
  });

  it('files over the size limit are skipped unread, and indexed once the limit allows', async () => {
    const root = tempCopy(samplesDir);
    const counter = new CountingSummarizer();
    const limit = 2500;
    const big = fs.readdirSync(root).filter((f) => f.endsWith('.txt') && fs.statSync(path.join(root, f)).size > limit);
    assert.ok(big.length > 0 && big.length < SAMPLE_COUNT);
    const index = new CorpusIndex({ root, summarizer: counter, maxFileBytes: limit });
    await index.refresh();
    assert.strictEqual(index.size, SAMPLE_COUNT - big.length);
    assert.deepStrictEqual(index.skipped().map((s) => s.path).sort(), big.sort());
    assert.ok(index.skipped().every((s) => s.kind === 'too-large' && /^file too large \(.* KB; the limit is 2\.4\d* KB\)$/.test(s.reason)));
    assert.strictEqual(counter.reset().length, SAMPLE_COUNT - big.length, 'too-large files never reach analysis');
    await index.refresh();
    assert.deepStrictEqual(counter.reset(), [], 'still skipped without a second look');

    const cache = path.join(root, '.index.gz');
    assert.ok((await index.save(cache)).ok);
    const roomier = new CorpusIndex({ root, summarizer: counter });
    assert.ok((await roomier.load(cache)).ok);
    await roomier.refresh();
    assert.deepStrictEqual(counter.reset(), big.sort());
    assert.strictEqual(roomier.size, SAMPLE_COUNT);
    assert.deepStrictEqual(roomier.skipped(), []);
    index.dispose();
    roomier.dispose();
  });

  it('a missing root is a problem, not an empty corpus', async () => {
    const root = tempCopy(samplesDir);
    const index = new CorpusIndex({ root });
    await index.refresh();
    const moved = root + '-moved';
    fs.renameSync(root, moved);
    try {
      const result = await index.refresh();
      assert.strictEqual(result.problems.length, 1);
      assert.match(result.problems[0].reason, /no such file or directory/);
      assert.strictEqual(index.size, SAMPLE_COUNT, 'entries are kept');
    } finally {
      fs.renameSync(moved, root);
      index.dispose();
    }
  });
});
