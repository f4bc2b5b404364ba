import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../helpers/paths';

/*
 * `npm run fuzz` itself: a short run passes and writes its summary, an input over budget is a saved
 * failure with exit code 1, a saved failure replays, and one input regenerates from its number. Runs the
 * compiled core in out/ (what these tests were compiled with). The full run is recorded in RELIABILITY.md.
 */
describe('reliability: the fuzz script', function () {
  this.timeout(180_000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-fuzz-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const fuzz = (...args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'fuzz.js'), '--core', 'out', '--workers', '1', ...args], { encoding: 'utf8', cwd: repoRoot });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('runs a short seeded campaign without failures and writes a summary', () => {
    const out = path.join(dir, 'run');
    const r = fuzz('--count', '40', '--seed', '7', '--no-adversarial', '--out', out);
    assert.strictEqual(r.code, 0, r.stderr + r.stdout);
    const summary = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8'));
    assert.strictEqual(summary.random.count, 40);
    assert.strictEqual(summary.failed, 0);
    assert.strictEqual(summary.options.seed, 7);
    assert.match(fs.readFileSync(path.join(out, 'summary.md'), 'utf8'), /40 inputs/);
  });

  it('saves inputs over budget as failures (exit 1) that replay, and regenerates an input by number', () => {
    const out = path.join(dir, 'run');
    const r = fuzz('--count', '2', '--budget', '0', '--no-adversarial', '--out', out);
    assert.strictEqual(r.code, 1, r.stderr);
    const saved = fs.readdirSync(path.join(out, 'failures'));
    assert.deepStrictEqual(saved.sort(), ['0-slow.json', '1-slow.json']);
    const failure = JSON.parse(fs.readFileSync(path.join(out, 'failures', saved[0]), 'utf8'));
    assert.strictEqual(typeof failure.input, 'string');
    assert.strictEqual(failure.kind, 'slow');

    const replay = fuzz('--replay', path.join(out, 'failures', saved[0]));
    assert.strictEqual(replay.code, 0, replay.stderr + replay.stdout);
    assert.match(replay.stdout, /^ok in /m);

    const one = fuzz('--index', '0');
    assert.strictEqual(one.code, 0, one.stderr);
    assert.ok(one.stdout.includes(JSON.stringify(failure.input.length > 2000 ? failure.input.slice(0, 2000) + '…' : failure.input)), 'same input from its number');
  });

  it('rejects unknown options with exit code 2', () => {
    const r = fuzz('--bogus');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /unknown option --bogus/);
  });
});
