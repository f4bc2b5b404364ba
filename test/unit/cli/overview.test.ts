import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { sloganKey } from '../../../src/core/analysis/slogans/key';
import type { Overview, SloganSpread } from '../../../src/core/corpus/overview';
import { runOverviewWith } from '../../../src/cli/commands/overview';
import { compiledWorker, removeTemps, tempCopy, tempDir } from '../corpus/helpers';
import { fixturesDir, repoRoot, samplesDir } from '../helpers/paths';
import { runCli } from './run';

const SAMPLES = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt'));
const expected = fs
  .readdirSync(path.join(fixturesDir, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(fixturesDir, 'expected', f), 'utf8')) as { sample: string; publishedAt: string; slogans: string[] });

type OverviewJson = Overview & { root: string; skipped: { path: string; reason: string }[]; sloganSpread?: SloganSpread };

describe('zhengwu overview', function () {
  this.timeout(120000);
  afterEach(removeTemps);

  it('prints a compact summary: provinces, years and busiest months, slogans, officials', async () => {
    const { code, stdout, stderr } = await runCli('overview', samplesDir);
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 0);
    const lines = stdout.split('\n');
    assert.match(lines[0], new RegExp(`^${samplesDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${SAMPLES.length} documents \\(${SAMPLES.length} dated, 2019-12 – 2025-01; ${SAMPLES.length} with a known province\\)$`));
    assert.ok(lines.includes('Provinces:'));
    assert.ok(lines.includes('  江苏省 4 — 南京市 1, 苏州市 1, 无锡市 1'), stdout);
    assert.ok(lines.includes('  上海市 2 — 闵行区 2'), 'a municipality lists its districts');
    assert.ok(lines.includes('  2023-05 4 — 江苏省 4'), stdout);
    assert.match(stdout, /^Most widespread slogans:\n {2}三管三必须 — \d+ localities, \d+ documents, \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$/m);
    assert.match(stdout, /^ {2}宋一帆 — \d+ mentions in 2 documents · 上海市 › 闵行区 · 区委副书记 2025-01-21; 区长 2025-01-21$/m);
    const slogans = lines.slice(lines.indexOf('Most widespread slogans:') + 1, lines.indexOf('', lines.indexOf('Most widespread slogans:')));
    assert.strictEqual(slogans.length, 10, 'the text lists are cut at 10');
  });

  it('--json prints every aggregate; --slogan adds where and when it spread', async () => {
    const plain = await runCli('overview', '--json', samplesDir);
    assert.strictEqual(plain.code, 0);
    const o = JSON.parse(plain.stdout) as OverviewJson;
    assert.strictEqual(o.root, path.resolve(samplesDir));
    assert.deepStrictEqual([o.documents, o.dated, o.located], [SAMPLES.length, SAMPLES.length, SAMPLES.length]);
    assert.deepStrictEqual(o.skipped, []);
    assert.ok(o.revision > 0);
    assert.strictEqual(o.places.reduce((n, p) => n + p.documents, 0), SAMPLES.length);
    assert.strictEqual(o.timeline.series.reduce((n, s) => n + s.total, 0), SAMPLES.length);
    assert.strictEqual(o.sloganSpread, undefined);
    // Slogans are shown as a report wrote them: punctuation kept, same key.
    const written = new Set(expected.flatMap((e) => e.slogans));
    for (const row of o.slogans) {
      assert.strictEqual(sloganKey(row.text), row.key, row.text);
      assert.ok(written.has(row.text), `${row.text} is how a sample wrote it`);
    }
    assert.ok(o.slogans.some((row) => row.text === '党政同责、一岗双责、齐抓共管、失职追责'));

    const key = sloganKey('三管三必须');
    const using = expected.filter((e) => e.slogans.some((s) => sloganKey(s) === key)).map((e) => e.sample).sort();
    const withSpread = JSON.parse((await runCli('overview', '--json', '--slogan', '“三管三必须”', samplesDir)).stdout) as OverviewJson;
    const spread = withSpread.sloganSpread!;
    assert.strictEqual(spread.key, key);
    assert.deepStrictEqual(spread.documents.map((d) => d.path).sort(), using);
    assert.deepStrictEqual(spread.documents.map((d) => d.date), [...spread.documents.map((d) => d.date)].sort(), 'oldest first');
    assert.strictEqual(new Set(spread.firsts.map((f) => f.locality)).size, spread.firsts.length);
    assert.strictEqual(withSpread.slogans.find((s) => s.key === key)!.documents, using.length);
  });

  it('--top sets the rows of the slogan and official lists', async () => {
    const o = JSON.parse((await runCli('overview', '--json', '--top', '3', samplesDir)).stdout) as OverviewJson;
    assert.strictEqual(o.slogans.length, 3);
    assert.strictEqual(o.officials.length, 3);
    const text = (await runCli('overview', '--top=2', samplesDir)).stdout.split('\n');
    const at = text.indexOf('Most mentioned officials:');
    assert.deepStrictEqual([text[at + 3], text.length], ['', at + 4], 'two officials, then the final line break');
  });

  it('--csv prints one table; --csv spread the documents of --slogan', async () => {
    const places = await runCli('overview', '--csv', 'places', samplesDir);
    assert.strictEqual(places.code, 0);
    const rows = places.stdout.split('\r\n');
    assert.strictEqual(rows[0], 'level,province,city,county,code,documents');
    assert.ok(rows.includes('county,上海市,,闵行区,310112,2'), places.stdout);
    assert.strictEqual(rows[rows.length - 1], '', 'ends with CRLF');
    const timeline = (await runCli('overview', '--csv', 'timeline', samplesDir)).stdout.split('\r\n');
    assert.match(timeline[0], /^month,江苏省,上海市,.*,total$/);
    assert.strictEqual(timeline[1].split(',')[0], '2019-12');
    const spread = (await runCli('overview', '--csv', 'spread', '--slogan', '三管三必须', samplesDir)).stdout.split('\r\n');
    assert.strictEqual(spread[0], 'slogan,date,locality,path,title,first_in_locality');
    assert.strictEqual(spread.filter((r) => r.startsWith('三管三必须,')).length, expected.filter((e) => e.slogans.some((s) => sloganKey(s) === '三管三必须')).length);
    for (const table of ['slogans', 'officials']) {
      const r = await runCli('overview', '--csv', table, samplesDir);
      assert.strictEqual(r.code, 0, table);
      assert.ok(r.stdout.split('\r\n').length > 3, table);
    }
  });

  it('--slogan alone prints its first appearance per locality and its documents', async () => {
    const { code, stdout } = await runCli('overview', '--slogan', '时时放心不下', samplesDir);
    assert.strictEqual(code, 0);
    assert.match(stdout, /^Slogan 时时放心不下: \d+ documents\n\nFirst appearance per locality:\n {2}\d{4}-\d{2}-\d{2} {2}\S/);
    assert.match(stdout, /\nDocuments:\n {2}\d{4}-\d{2}-\d{2} {2}.+\.txt · /);
    const none = await runCli('overview', '--slogan', '从未出现的口号', samplesDir);
    assert.deepStrictEqual([none.code, none.stdout], [0, 'No document uses the slogan 从未出现的口号.\n']);
  });

  it('--filter, --from/--to, --include and --exclude narrow the documents', async () => {
    const from2024 = JSON.parse((await runCli('overview', '--json', '--from', '2024', samplesDir)).stdout) as OverviewJson;
    assert.strictEqual(from2024.documents, expected.filter((e) => e.publishedAt >= '2024').length);
    assert.strictEqual(from2024.timeline.months[0], '2024-03');
    const fire = JSON.parse((await runCli('overview', '--json', '--filter', '消防', samplesDir)).stdout) as OverviewJson;
    assert.strictEqual(fire.documents, 3);
    const simplified = JSON.parse((await runCli('overview', '--json', '--exclude', '**/traditional-*', samplesDir)).stdout) as OverviewJson;
    assert.strictEqual(simplified.documents, SAMPLES.filter((f) => f.startsWith('simplified-')).length);
    const district = JSON.parse((await runCli('overview', '--json', '--include', '**/*-district-*.txt', samplesDir)).stdout) as OverviewJson;
    assert.strictEqual(district.documents, SAMPLES.filter((f) => f.includes('-district-')).length);
  });

  it('files that cannot be read: exit 1, each reason on stderr, the overview of the rest still printed', async () => {
    const root = tempDir();
    for (const f of ['simplified-district-gas-safety.txt', 'traditional-district-safety-meeting.txt']) fs.copyFileSync(path.join(samplesDir, f), path.join(root, f));
    fs.copyFileSync(path.join(fixturesDir, 'encodings', 'image.png.txt'), path.join(root, 'image.png.txt'));
    fs.copyFileSync(path.join(fixturesDir, 'encodings', 'latin1.txt'), path.join(root, 'latin1.txt'));
    const { code, stdout, stderr } = await runCli('overview', root);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(stderr.split('\n').filter(Boolean), [
      'zhengwu overview: image.png.txt: binary file (PNG image)',
      'zhengwu overview: latin1.txt: not valid UTF-8, nor text in GB18030/GBK, Big5 or UTF-16',
    ]);
    assert.match(stdout, /^.*: 2 documents \(2 dated, 2023-05 – 2024-03; 2 with a known province\), 2 skipped$/m);
    const json = await runCli('overview', '--json', root);
    assert.strictEqual(json.code, 1);
    assert.deepStrictEqual((JSON.parse(json.stdout) as OverviewJson).skipped.map((s) => s.path), ['image.png.txt', 'latin1.txt']);
  });

  it('an empty folder is an empty overview, not an error', async () => {
    const { code, stdout } = await runCli('overview', tempDir());
    assert.strictEqual(code, 0);
    assert.match(stdout, /: 0 documents \(0 dated; 0 with a known province\)\n$/);
  });

  it('usage errors exit 2; a missing folder exits 1', async () => {
    for (const argv of [
      ['overview'],
      ['overview', samplesDir, samplesDir],
      ['overview', '--json', '--csv', 'places', samplesDir],
      ['overview', '--csv', 'counties', samplesDir],
      ['overview', '--csv', 'spread', samplesDir],
      ['overview', '--slogan', '，“”', samplesDir],
      ['overview', '--top', '0', samplesDir],
      ['overview', '--top', 'ten', samplesDir],
      ['overview', '--from', '2023/01', samplesDir],
      ['overview', '--jobs', '-1', samplesDir],
      ['overview', '--nope', samplesDir],
    ]) {
      const r = await runCli(...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.stderr, /^zhengwu overview: .*\n\nzhengwu overview \[--json/, argv.join(' '));
      assert.strictEqual(r.stdout, '');
    }
    const file = await runCli('overview', path.join(samplesDir, 'README.md'));
    assert.strictEqual(file.code, 2);
    assert.match(file.stderr, /is not a folder/);
    const missing = await runCli('overview', path.join(samplesDir, 'no-such-folder'));
    assert.strictEqual(missing.code, 1);
    assert.match(missing.stderr, /^zhengwu overview: .*no-such-folder: no such file or directory\n$/);
    const help = await runCli('overview', '--help');
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^zhengwu overview /);
    assert.match((await runCli('--help')).stdout, /\n {2}zhengwu overview /, 'listed in the main usage');
  });

  it('--cache keeps the index between runs; worker threads give the same overview', async () => {
    const root = tempCopy(samplesDir);
    const cache = path.join(tempDir(), 'index.gz');
    const run = async (argv: string[], workerScript?: string) => {
      const out = { stdout: '', stderr: '', code: -1 };
      out.code = await runOverviewWith(argv, { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) }, { workerScript });
      return out;
    };
    const first = await run(['--json', '--jobs', '2', '--cache', cache, root], compiledWorker);
    assert.deepStrictEqual([first.code, first.stderr], [0, '']);
    assert.ok(fs.existsSync(cache));
    const second = await run(['--json', '--jobs', '0', '--cache', cache, root]);
    assert.deepStrictEqual([second.code, second.stderr], [0, '']);
    const strip = (text: string) => ({ ...(JSON.parse(text) as OverviewJson), revision: 0 });
    assert.deepStrictEqual(strip(second.stdout), strip(first.stdout));
  });

  it('as a process with worker threads: prints everything and exits', () => {
    const cli = path.join(repoRoot, 'out', 'src', 'cli', 'main.js');
    const run = spawnSync(process.execPath, [cli, 'overview', '--jobs', '2', '--csv', 'slogans', samplesDir], { encoding: 'utf8', timeout: 90000 });
    assert.strictEqual(run.error, undefined);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stdout, /^slogan,key,documents,localities,provinces,first_seen,last_seen\r\n三管三必须,三管三必须,/);
  });
});
