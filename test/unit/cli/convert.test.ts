import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from './run';

const TRAD = '區(qū)委書記(記者 王 明)出席會(huì)議並講話。\n';

describe('zhengwu convert', () => {
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-cli-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('cleans and converts one file to Simplified on stdout by default', async () => {
    const r = await runCli('convert', file('a.txt', TRAD));
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, '区委书记(记者 王 明)出席会议并讲话。\n');
  });

  it('--clean-only keeps the script', async () => {
    const r = await runCli('convert', '--clean-only', file('a.txt', TRAD));
    assert.strictEqual(r.stdout, '區委書記(記者 王 明)出席會議並講話。\n');
  });

  it('--to traditional / taiwan / hongkong convert Simplified text', async () => {
    const input = file('s.txt', '会议强调，要落实安全生产责任。');
    for (const to of ['traditional', 'taiwan', 'hongkong']) {
      const r = await runCli('convert', '--to', to, input);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /會議強調/, to);
    }
  });

  it('labels several files and keeps going past a failing one (exit 1, one line each)', async () => {
    const a = file('a.txt', TRAD);
    const missing = path.join(dir, 'missing.txt');
    const b = file('b.txt', '會議');
    const r = await runCli('convert', a, missing, dir, b);
    assert.strictEqual(r.code, 1);
    assert.ok(r.stdout.includes(`==> ${a} <==`) && r.stdout.includes(`==> ${b} <==`), r.stdout);
    assert.ok(r.stdout.includes('会议'));
    const lines = r.stderr.trim().split('\n');
    assert.strictEqual(lines.length, 2, r.stderr);
    assert.match(lines[0], /missing\.txt: no such file or directory/);
    assert.match(lines[1], /is a directory/);
  });

  it('reports a binary file and invalid UTF-8 clearly', async () => {
    const bin = file('img.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const bad = file('bad.txt', Buffer.from([0xe4, 0xbd, 0x20, 0x41]));
    const r = await runCli('convert', bin, bad);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /img\.txt: binary file/);
    assert.match(r.stderr, /bad\.txt: not valid UTF-8/);
  });

  it('--out writes one file each and never overwrites an input', async () => {
    const a = file('a.txt', TRAD);
    const out = path.join(dir, 'out');
    let r = await runCli('convert', '--out', out, a);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(path.join(out, 'a.txt'), 'utf8'), '区委书记(记者 王 明)出席会议并讲话。\n');
    assert.strictEqual(fs.readFileSync(a, 'utf8'), TRAD, 'the input is untouched');

    r = await runCli('convert', '--out', dir, a);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /would overwrite an input/);
    assert.strictEqual(fs.readFileSync(a, 'utf8'), TRAD);
  });

  it('usage errors exit 2 with a message', async () => {
    for (const argv of [['convert'], ['convert', '--to', 'klingon', 'x'], ['convert', '--bogus', 'x'], ['frobnicate'], []]) {
      const r = await runCli(...argv);
      assert.strictEqual(r.code, 2, argv.join(' '));
      assert.ok(r.stderr.length > 0);
    }
  });
});
