import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCorpusWith } from '../../../src/cli/commands/corpus';
import { runCli } from '../cli/run';
import { fixturesDir, repoRoot, samplesDir } from '../helpers/paths';
import { compiledWorker, removeTemps, tempCopy, tempDir } from './helpers';

const SAMPLE_COUNT = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).length;

interface JsonGroup {
  kind: string;
  label?: string;
  name?: string;
  count: number;
  groups?: JsonGroup[];
  documents: { path: string; title: string; date: string | null; officials: number; titles?: string[] }[];
}

function documentsIn(groups: JsonGroup[]): string[] {
  return groups.flatMap((g) => [...g.documents.map((d) => d.path), ...documentsIn(g.groups ?? [])]);
}

describe('zhengwu corpus', function () {
  this.timeout(120000);
  afterEach(removeTemps);

  it('prints the locality tree with each document’s path, title, date and officials count', async () => {
    const { code, stdout, stderr } = await runCli('corpus', samplesDir);
    assert.strictEqual(stderr, '');
    assert.strictEqual(code, 0);
    const lines = stdout.split('\n');
    assert.strictEqual(lines[0], `${samplesDir}: ${SAMPLE_COUNT} documents`);
    const at = (line: string) => lines.indexOf(line);
    assert.ok(at('江苏省 (4)') > 0, stdout);
    assert.ok(at('  南京市 (1)') > at('江苏省 (4)'));
    assert.ok(at('    鼓楼区 (1)') === at('  南京市 (1)') + 1);
    assert.strictEqual(lines[at('    鼓楼区 (1)') + 1], '      simplified-district-gas-safety.txt · 鼓楼区召开城镇燃气安全专项整治推进会 · 2023-05-16 · 3 officials');
    // A municipality: province, then district.
    assert.strictEqual(lines[at('上海市 (2)') + 1], '  闵行区 (2)');
    assert.strictEqual(lines.filter((l) => l.endsWith(' officials') || l.endsWith(' official')).length, SAMPLE_COUNT);
  });

  it('--json gives the same tree as data; --by date and --by official', async () => {
    const byLocality = await runCli('corpus', '--json', samplesDir);
    assert.strictEqual(byLocality.code, 0);
    const tree = JSON.parse(byLocality.stdout) as { by: string; documents: number; groups: JsonGroup[]; skipped: unknown[] };
    assert.strictEqual(tree.by, 'locality');
    assert.strictEqual(tree.documents, SAMPLE_COUNT);
    assert.deepStrictEqual(tree.skipped, []);
    assert.strictEqual(documentsIn(tree.groups).length, SAMPLE_COUNT);
    const chongqing = tree.groups.find((g) => g.label === '重庆市')!;
    assert.deepStrictEqual(
      [chongqing.kind, chongqing.count, chongqing.groups![0].kind, chongqing.groups![0].label, chongqing.groups![0].documents[0].path],
      ['province', 1, 'county', '渝北区', 'traditional-district-safety-meeting.txt'],
    );

    const byDate = JSON.parse((await runCli('corpus', '--json', '--by', 'date', samplesDir)).stdout) as { groups: JsonGroup[] };
    assert.deepStrictEqual(byDate.groups.map((g) => g.label), ['2025', '2024', '2023', '2022', '2021', '2019']);
    assert.strictEqual(documentsIn(byDate.groups).length, SAMPLE_COUNT);

    const byOfficial = JSON.parse((await runCli('corpus', '--json', '--by=official', samplesDir)).stdout) as { groups: JsonGroup[] };
    const song = byOfficial.groups.find((g) => g.name === '宋一帆')!;
    assert.strictEqual(song.count, 2, 'the Simplified and Traditional 闵行 twins');
    assert.deepStrictEqual(song.documents[0].titles, ['区委副书记', '区长']);

    const text = await runCli('corpus', '--by', 'official', samplesDir);
    assert.match(text.stdout, /^宋一帆 \(2\)\n {2}simplified-district-fire-inspection\.txt · .* · 2025-01-21 · 区委副书记、区长$/m);
  });

  it('--filter and --from/--to narrow the documents', async () => {
    const filtered = JSON.parse((await runCli('corpus', '--json', '--filter', '消防', '--from', '2023', samplesDir)).stdout) as { documents: number; groups: JsonGroup[] };
    assert.deepStrictEqual(documentsIn(filtered.groups).sort(), [
      'simplified-district-fire-inspection.txt',
      'traditional-district-fire-inspection.txt',
      'traditional-district-fire-safety.txt',
    ]);
    assert.strictEqual(filtered.documents, 3);
  });

  it('a folder with files that cannot be read: exit 1, each reason on stderr, the rest still listed', async () => {
    const root = tempDir();
    for (const f of ['simplified-district-gas-safety.txt', 'traditional-district-safety-meeting.txt']) fs.copyFileSync(path.join(samplesDir, f), path.join(root, f));
    fs.copyFileSync(path.join(fixturesDir, 'encodings', 'image.png.txt'), path.join(root, 'image.png.txt'));
    fs.copyFileSync(path.join(fixturesDir, 'encodings', 'latin1.txt'), path.join(root, 'latin1.txt'));
    fs.copyFileSync(path.join(fixturesDir, 'encodings', 'traditional.big5.txt'), path.join(root, 'big5.txt'));
    const { code, stdout, stderr } = await runCli('corpus', root);
    assert.strictEqual(code, 1);
    assert.deepStrictEqual(stderr.split('\n').filter(Boolean), [
      'zhengwu corpus: image.png.txt: binary file (PNG image)',
      'zhengwu corpus: latin1.txt: not valid UTF-8, nor text in GB18030/GBK, Big5 or UTF-16',
    ]);
    assert.match(stdout, /^.*: 3 documents, 2 skipped$/m);
    assert.match(stdout, /^广东省 \(1\)\n  广州市 \(1\)\n    番禺区 \(1\)\n {6}big5\.txt · 番禺区召开节前消防安全工作会议 · 2024-01-30 · 2 officials$/m);
    const json = JSON.parse((await runCli('corpus', '--json', root)).stdout) as { skipped: { path: string; reason: string }[] };
    assert.deepStrictEqual(json.skipped.map((s) => s.path).sort(), ['image.png.txt', 'latin1.txt']);
  });

  it('usage errors exit 2; a missing folder exits 1', async () => {
    for (const argv of [['corpus'], ['corpus', '--by', 'county', samplesDir], ['corpus', samplesDir, samplesDir], ['corpus', '--from', '2023/01', samplesDir], ['corpus', '--jobs', '-1', samplesDir], ['corpus', '--nope', samplesDir]]) {
      const r = await runCli(...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.stderr, /^zhengwu corpus: .*\n\nzhengwu corpus \[--by/);
    }
    const file = await runCli('corpus', path.join(samplesDir, 'README.md'));
    assert.strictEqual(file.code, 2);
    assert.match(file.stderr, /is not a folder/);
    const missing = await runCli('corpus', path.join(samplesDir, 'no-such-folder'));
    assert.strictEqual(missing.code, 1);
    assert.match(missing.stderr, /no-such-folder: no such file or directory/);
    const help = await runCli('corpus', '--help');
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^zhengwu corpus /);
  });

  it('as a process with worker threads: waits for the workers, prints everything, exits', () => {
    const cli = path.join(repoRoot, 'out', 'src', 'cli', 'main.js');
    const run = spawnSync(process.execPath, [cli, 'corpus', '--jobs', '2', '--by', 'date', samplesDir], { encoding: 'utf8', timeout: 90000 });
    assert.strictEqual(run.error, undefined);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stdout.split('\n').filter((l) => / · \d+ officials?$/.test(l)).length, SAMPLE_COUNT);
  });

  it('a missing worker script is a clear error, not a hang', async () => {
    const r = { stdout: '', stderr: '' };
    const io = { stdout: (t: string) => (r.stdout += t), stderr: (t: string) => (r.stderr += t) };
    await assert.rejects(runCorpusWith(['--jobs', '2', samplesDir], io, { workerScript: path.join(tempDir(), 'missing.js') }), /analysis worker script not found: .*missing\.js/);
  });

  it('--cache keeps the index between runs; worker threads give the same tree', async () => {
    const root = tempCopy(samplesDir);
    const cache = path.join(tempDir(), 'index.gz');
    const io = () => {
      const out = { stdout: '', stderr: '' };
      return { out, io: { stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
    };
    const first = io();
    assert.strictEqual(await runCorpusWith(['--json', '--jobs', '2', '--cache', cache, root], first.io, { workerScript: compiledWorker }), 0);
    assert.ok(fs.existsSync(cache));
    const second = io();
    assert.strictEqual(await runCorpusWith(['--json', '--jobs', '0', '--cache', cache, root], second.io, {}), 0);
    assert.strictEqual(second.out.stdout, first.out.stdout);
    assert.strictEqual(second.out.stderr, '');
    fs.writeFileSync(cache, 'damaged');
    const third = io();
    assert.strictEqual(await runCorpusWith(['--json', '--cache', cache, root], third.io, {}), 0);
    assert.strictEqual(third.out.stderr, 'zhengwu corpus: index cache is truncated or not compressed (damaged); rebuilding the index\n');
    assert.strictEqual(third.out.stdout, first.out.stdout);
  });
});
