import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SimilarReport } from '../../../src/cli/commands/similar';
import { prepare } from '../../../src/core/text';
import { runCli } from '../cli/run';
import { contentOf, lcs } from './helpers/bruteForce';
import { similarFixturesDir } from './helpers/docs';

describe('zhengwu similar', () => {
  let dir: string;
  const copy = (name: string, as = name) => {
    const p = path.join(dir, as);
    fs.copyFileSync(path.join(similarFixturesDir, name), p);
    return p;
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-similar-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints every matching pair and each document’s similar documents as JSON', async () => {
    const simplified = copy('wuhu-safety-meeting.txt');
    const traditional = copy('wuhu-safety-meeting.traditional.txt');
    copy('mianyang-fire-meeting.txt');
    copy('weifang-chemical-inspection.txt');
    const r = await runCli('similar', '--json', dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as SimilarReport;
    assert.strictEqual(report.documents.length, 4);
    const cleaned = (p: string) => prepare(fs.readFileSync(p, 'utf8')).text;
    for (const p of report.pairs) {
      assert.deepStrictEqual(Object.keys(p).sort(), ['a', 'b', 'length', 'score', 'text']);
      assert.deepStrictEqual(Object.keys(p.a).sort(), ['end', 'path', 'start']);
      // Offsets index each document's cleaned Simplified text, and both spans hold the same wording.
      const a = cleaned(p.a.path);
      const b = cleaned(p.b.path);
      assert.strictEqual(a.slice(p.a.start, p.a.end), p.text);
      const ca = contentOf(a, p.a.start, p.a.end).chars;
      const cb = contentOf(b, p.b.start, p.b.end).chars;
      if (p.score === 1) assert.strictEqual(ca.join(''), cb.join(''));
      else assert.ok(lcs(ca, cb) >= p.length && p.score < 1, JSON.stringify(p));
      assert.ok(p.length >= 8);
    }
    const twin = report.pairs.filter((p) => [p.a.path, p.b.path].sort().join() === [simplified, traditional].sort().join());
    assert.ok(twin.some((p) => p.length > 450 && p.score === 1), JSON.stringify(twin, null, 1));
    const wuhu = report.documents.find((d) => d.path === simplified)!;
    assert.strictEqual(wuhu.similarDocuments[0].path, traditional);
    assert.ok(wuhu.similarDocuments[0].sharedChars > 450);
    const mianyang = report.documents.find((d) => d.path.endsWith('mianyang-fire-meeting.txt'))!;
    assert.ok(mianyang.similarDocuments.every((s) => !s.path.endsWith('weifang-chemical-inspection.txt')));
  });

  it('--min-chars sets the shortest match reported', async () => {
    copy('wuhu-safety-meeting.txt');
    copy('wuhu-safety-meeting.traditional.txt');
    const all = JSON.parse((await runCli('similar', '--json', dir)).stdout) as SimilarReport;
    const long = JSON.parse((await runCli('similar', '--json', '--min-chars', '100', dir)).stdout) as SimilarReport;
    assert.ok(all.pairs.some((p) => p.length < 100));
    assert.ok(long.pairs.length >= 1 && long.pairs.every((p) => p.length >= 100));
    const eq = JSON.parse((await runCli('similar', '--json', '--min-chars=100', dir)).stdout) as SimilarReport;
    assert.deepStrictEqual(eq, long);
  });

  it('prints a readable summary without --json', async () => {
    const a = copy('zhejiang-province-meeting.txt');
    const b = copy('anji-county-meeting.txt');
    const r = await runCli('similar', a, b);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.strictEqual(lines[0], '2 documents, 1 matching passage pair');
    assert.strictEqual(lines[2], `${a}  ↔  ${b}  (1 passage, 127 shared characters)`);
    assert.match(lines[3], /^  \[\d+, \d+\) ↔ \[\d+, \d+\)  127 chars, score 0\.977  会议要求，各地要学习推广温岭市.{20,}…$/);
    assert.match(r.stdout, /Similar documents \(shared characters\):\n.*zhejiang-province-meeting\.txt\n +127  .*anji-county-meeting\.txt/);
  });

  it('treats a file named twice (directly and through its folder) as one document', async () => {
    const a = copy('zhejiang-province-meeting.txt');
    copy('anji-county-meeting.txt');
    const r = await runCli('similar', '--json', a, dir);
    const report = JSON.parse(r.stdout) as SimilarReport;
    assert.strictEqual(report.documents.length, 2);
    assert.strictEqual(report.pairs.length, 1);
  });

  it('keeps going past unreadable files (exit 1, one line each on stderr)', async () => {
    copy('zhejiang-province-meeting.txt');
    copy('anji-county-meeting.txt');
    const bin = path.join(dir, 'scan.txt');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const r = await runCli('similar', '--json', dir, path.join(dir, 'missing.txt'));
    assert.strictEqual(r.code, 1);
    const errors = r.stderr.trim().split('\n');
    assert.strictEqual(errors.length, 2, r.stderr);
    assert.match(errors[0], /^zhengwu similar: .*missing\.txt: no such file or directory$/);
    assert.match(errors[1], /^zhengwu similar: .*scan\.txt: binary file/);
    const report = JSON.parse(r.stdout) as SimilarReport;
    assert.strictEqual(report.documents.length, 2);
    assert.strictEqual(report.pairs.length, 1);
  });

  it('exits 2 on usage errors', async () => {
    const a = copy('anji-county-meeting.txt');
    for (const argv of [['--min-chars', 'abc', a], ['--min-chars', '0', a], ['--min-chars', '2.5', a], ['--frobnicate', a], []]) {
      const r = await runCli('similar', ...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.match(r.stderr, /zhengwu similar: .*\n\nzhengwu similar \[--json\]/);
    }
    const help = await runCli('similar', '--help');
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /--min-chars/);
  });
});
