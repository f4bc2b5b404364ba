import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cleanAndConvert } from '../../../src/core/text/cleanConvert';
import { samplesDir } from '../helpers/paths';
import { runCli, type CliResult } from '../cli/run';
import { isCodePointBoundary } from './support/spans';

const iconv = require('iconv-lite') as { encode(s: string, enc: string): Buffer };

/*
 * Bad input through the command line, in-process: each bad file gets one line on stderr naming it,
 * the exit code is 1, and the other files are still processed. Files are made in a temporary folder.
 */

const TRAD_NAME = 'traditional-district-safety-meeting.txt';
const TRAD = fs.readFileSync(path.join(samplesDir, TRAD_NAME), 'utf8');
const GOOD = '區(qū)委書記王海出席會(huì)議並講話。\n';
const GOOD_OUT = '区委书记王海出席会议并讲话。\n';

function stderrLines(r: CliResult): string[] {
  return r.stderr.split('\n').filter((l) => l.length > 0);
}

/** One line on stderr, naming the file and saying what is wrong. */
function assertOneLine(r: CliResult, file: string, reason: RegExp): void {
  const lines = stderrLines(r).filter((l) => l.includes(file));
  assert.strictEqual(lines.length, 1, `one line for ${file}:\n${r.stderr}`);
  assert.match(lines[0], reason);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
}

interface Record {
  path: string;
  text: string;
  officials: { mentions: { start: number; end: number }[] }[];
  dates: { start: number; end: number; text: string }[];
  directives: { start: number; end: number }[];
  slogans: { start: number; end: number; text: string }[];
  boilerplate: { start: number; end: number }[];
  corrupt: { start: number; end: number }[];
}

/** Every exported offset indexes the exported text, on code point boundaries. */
function assertRecordOffsets(doc: Record): void {
  const spans = [
    ...doc.officials.flatMap((o) => o.mentions),
    ...doc.dates,
    ...doc.directives,
    ...doc.slogans,
    ...doc.boilerplate,
    ...doc.corrupt,
  ];
  for (const s of spans) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= doc.text.length, `${doc.path}: [${s.start}, ${s.end}) outside ${doc.text.length}`);
    assert.ok(isCodePointBoundary(doc.text, s.start) && isCodePointBoundary(doc.text, s.end), `${doc.path}: [${s.start}, ${s.end}) splits a pair`);
  }
  for (const d of doc.dates) assert.strictEqual(doc.text.slice(d.start, d.end), d.text);
  for (const s of doc.slogans) assert.strictEqual(doc.text.slice(s.start, s.end), s.text);
}

const isRoot = typeof process.geteuid === 'function' && process.geteuid() === 0;

describe('reliability: bad input (CLI)', function () {
  this.timeout(300_000);
  let dir: string;
  const file = (name: string, content: string | Buffer): string => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-bad-'))));
  afterEach(() => {
    for (const p of [dir, ...fs.readdirSync(dir).map((n) => path.join(dir, n))]) {
      try {
        fs.chmodSync(p, 0o755);
      } catch {
        // already gone
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an empty file converts to nothing and analyses to an empty record (exit 0)', async () => {
    const empty = file('empty.txt', '');
    let r = await runCli('convert', empty);
    assert.deepStrictEqual([r.code, r.stdout, r.stderr], [0, '', '']);
    r = await runCli('analyze', '--text', empty);
    assert.strictEqual(r.code, 0, r.stderr);
    const [doc] = JSON.parse(r.stdout) as Record[];
    assert.strictEqual(doc.text, '');
    assert.deepStrictEqual([doc.officials, doc.dates, doc.directives], [[], [], []]);
  });

  it('a binary file named .txt is refused in one line; the next file is still converted', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4096, 7)]);
    const bin = file('photo.txt', png);
    const good = file('good.txt', GOOD);
    for (const command of ['convert', 'analyze']) {
      const r = await runCli(command, bin, good);
      assert.strictEqual(r.code, 1, command);
      assertOneLine(r, bin, /binary/i);
      assert.ok(r.stdout.includes(command === 'convert' ? GOOD_OUT.trim() : '"path"'), `${command} still processed good.txt`);
    }
  });

  it('invalid UTF-8, and UTF-8-encoded surrogates, are refused in one line each', async () => {
    const bad = file('bad.txt', Buffer.concat([Buffer.from('區(qū)委', 'utf8'), Buffer.from([0xe4, 0xbd]), Buffer.from('會議', 'utf8')]));
    const cesu = file('cesu.txt', Buffer.from([0xe5, 0x8c, 0xba, 0xed, 0xa0, 0x80, 0xe5, 0x8c, 0xba]));
    const good = file('good.txt', GOOD);
    const r = await runCli('convert', bad, cesu, good);
    assert.strictEqual(r.code, 1);
    assertOneLine(r, bad, /UTF-8|encoding/i);
    assertOneLine(r, cesu, /UTF-8|encoding/i);
    assert.strictEqual(stderrLines(r).length, 2, r.stderr);
    assert.ok(r.stdout.includes(GOOD_OUT));
  });

  it('a GBK file is either decoded correctly or refused in one line, never turned into garbage', async () => {
    const simplified = '临江区召开安全生产工作会议，区委书记王海出席并讲话。\n';
    const gbk = file('gbk.txt', iconv.encode(simplified, 'gbk'));
    const r = await runCli('convert', gbk);
    if (r.code === 0) assert.strictEqual(r.stdout, simplified, 'decoded as GBK');
    else {
      assert.strictEqual(r.code, 1);
      assertOneLine(r, gbk, /UTF-8|GBK|GB18030|encoding/i);
      assert.strictEqual(r.stdout, '');
    }
  });

  it('UTF-16 with a BOM (LE and BE) is decoded; a UTF-8 BOM is dropped from the output', async () => {
    const le = file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]));
    const be = Buffer.from(GOOD, 'utf16le');
    be.swap16();
    const beFile = file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const u8 = file('u8.txt', '\uFEFF' + GOOD);
    for (const f of [le, beFile, u8]) {
      const r = await runCli('convert', f);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, GOOD_OUT, path.basename(f));
    }
  });

  it('a lone surrogate in a UTF-16 file is read as U+FFFD (or refused in one line); the rest converts', async () => {
    const units = Buffer.from('會(huì)議X並講話', 'utf16le');
    const x = units.indexOf(Buffer.from('X', 'utf16le'));
    units.writeUInt16LE(0xd800, x);
    const f = file('lone.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), units]));
    const r = await runCli('analyze', '--text', f);
    if (r.code === 0) {
      const [doc] = JSON.parse(r.stdout) as Record[];
      assert.strictEqual(doc.text, '会议\uFFFD并讲话');
      assert.strictEqual(doc.corrupt.length, 1, 'the replacement character is reported');
      assertRecordOffsets(doc);
    } else assertOneLine(r, f, /UTF-16|encoding|surrogate/i);
  });

  it('CRLF and CR line ends survive conversion byte for byte, and CR files are analysed like LF ones', async () => {
    const lf = file('lf.txt', TRAD);
    const crlf = file('crlf.txt', TRAD.replace(/\n/g, '\r\n'));
    const cr = file('cr.txt', TRAD.replace(/\n/g, '\r'));
    const out = path.join(dir, 'out');
    const r = await runCli('convert', '--out', out, lf, crlf, cr);
    assert.strictEqual(r.code, 0, r.stderr);
    const converted = fs.readFileSync(path.join(out, 'lf.txt'), 'utf8');
    assert.strictEqual(fs.readFileSync(path.join(out, 'crlf.txt'), 'utf8'), converted.replace(/\n/g, '\r\n'));
    assert.strictEqual(fs.readFileSync(path.join(out, 'cr.txt'), 'utf8'), converted.replace(/\n/g, '\r'));
    const a = await runCli('analyze', '--text', lf, crlf, cr);
    assert.strictEqual(a.code, 0, a.stderr);
    const docs = JSON.parse(a.stdout) as Array<Record & { title: string; publishedAt: string }>;
    for (const d of docs) assertRecordOffsets(d);
    assert.deepStrictEqual(docs.map((d) => d.title), Array(3).fill(docs[0].title));
    assert.deepStrictEqual(docs.map((d) => d.publishedAt), Array(3).fill(docs[0].publishedAt));
    assert.deepStrictEqual(docs.map((d) => d.boilerplate.length), Array(3).fill(docs[0].boilerplate.length));
  });

  it('astral characters next to readings, and unbalanced or nested parentheses, convert and keep valid offsets', async () => {
    const f = file('astral.txt', '㗲(zhǎ)區(qū)𠀀(qiū)副區長(zhǎng)王海出席會議並講話，要落實(shí)“三管三必須”。\n各縣(xiàn)(市、區(qū)(縣(xiàn)))要((((堅持)))\n');
    const c = await runCli('convert', f);
    assert.strictEqual(c.code, 0, c.stderr);
    assert.strictEqual(c.stdout, '𠵾区𠀀副区长王海出席会议并讲话，要落实“三管三必须”。\n各县(市、区(县))要((((坚持)))\n');
    const a = await runCli('analyze', '--text', f);
    const [doc] = JSON.parse(a.stdout) as Record[];
    assertRecordOffsets(doc);
    assert.strictEqual(doc.officials.length, 1);
    assert.strictEqual(doc.text.slice(doc.officials[0].mentions[0].start, doc.officials[0].mentions[0].end), '王海');
  });

  it('all pinyin, all Latin and only boilerplate: converted unchanged, analysed without officials', async () => {
    const inputs = {
      'pinyin.txt': 'qū yù huì yì zhǎng qiáng diào (qū)(yù)\n',
      'latin.txt': 'Mayor Li attended the meeting (CEO) on 2023-08-01.\n',
      'boilerplate.txt': '当前位置：首页 > 工作动态\n责任编辑：张三\n版权所有 © 临江区人民政府\n猜你喜欢\n',
    };
    for (const [name, content] of Object.entries(inputs)) {
      const f = file(name, content);
      const c = await runCli('convert', f);
      assert.deepStrictEqual([c.code, c.stdout], [0, content], name);
      const a = await runCli('analyze', '--text', f);
      assert.strictEqual(a.code, 0, a.stderr);
      const [doc] = JSON.parse(a.stdout) as Record[];
      assertRecordOffsets(doc);
      assert.deepStrictEqual(doc.officials, [], name);
    }
  });

  it('a directory where a file is expected, and a path that does not exist: one line each, others processed', async () => {
    const folder = path.join(dir, 'reports.txt');
    fs.mkdirSync(folder);
    const missing = path.join(dir, 'missing.txt');
    const good = file('good.txt', GOOD);
    const c = await runCli('convert', folder, missing, good);
    assert.strictEqual(c.code, 1);
    assertOneLine(c, folder, /is a directory/);
    assertOneLine(c, missing, /no such file or directory/);
    assert.ok(c.stdout.includes(GOOD_OUT));
    const a = await runCli('analyze', missing, good);
    assert.strictEqual(a.code, 1);
    assertOneLine(a, missing, /no such file or directory/);
    assert.strictEqual((JSON.parse(a.stdout) as Record[]).length, 1);
    // --out onto an existing file is a usage error, not a crash.
    const r = await runCli('convert', '--out', good, good);
    assert.strictEqual(r.code, 2);
    assert.match(stderrLines(r)[0], /--out/);
  });

  describe('permission denied', () => {
    /**
     * chmod 000 does not stop root from reading. As root the CLI runs with the effective user id
     * switched to `nobody` for the duration of the (synchronous) read, so the kernel really refuses
     * it and the CLI's real error path runs; the id is restored before anything else happens.
     */
    async function asUnprivileged(fn: () => Promise<CliResult>): Promise<CliResult> {
      if (!isRoot) return fn();
      // Modules the commands load on first use (conversion tables, segmenter, gazetteer) are loaded now,
      // as root, so that only the inputs are read as `nobody`.
      const warm = path.join(dir, 'warm-up.md');
      fs.writeFileSync(warm, GOOD);
      await runCli('convert', warm);
      await runCli('analyze', warm);
      fs.rmSync(warm);
      const nobody = 65534;
      process.seteuid!(nobody);
      let pending: Promise<CliResult>;
      try {
        // The commands read their inputs synchronously before main()'s first await.
        pending = fn();
      } finally {
        process.seteuid!(0);
      }
      return pending;
    }

    it('an unreadable file and an unreadable folder: one line each, the others processed', async () => {
      fs.chmodSync(dir, 0o755); // so that the refusal is the file's, not its folder's
      const locked = file('locked.txt', GOOD);
      fs.chmodSync(locked, 0o000);
      const lockedDir = path.join(dir, 'locked-folder');
      fs.mkdirSync(lockedDir);
      file('locked-folder/inside.txt', GOOD);
      fs.chmodSync(lockedDir, 0o000);
      const good = file('good.txt', GOOD);
      fs.chmodSync(good, 0o644);

      const c = await asUnprivileged(() => runCli('convert', locked, good));
      assert.strictEqual(c.code, 1, c.stderr);
      assertOneLine(c, locked, /permission denied/);
      assert.ok(c.stdout.includes(GOOD_OUT), 'good.txt still converted');

      const a = await asUnprivileged(() => runCli('analyze', lockedDir, locked, good));
      assert.strictEqual(a.code, 1, a.stderr);
      assertOneLine(a, lockedDir, /permission denied/);
      assertOneLine(a, locked, /permission denied/);
      assert.strictEqual((JSON.parse(a.stdout) as Record[]).length, 1, 'good.txt still analysed');
    });

    it('an --out folder that cannot be written: each file fails in one line', async () => {
      fs.chmodSync(dir, 0o755);
      const out = path.join(dir, 'out');
      fs.mkdirSync(out);
      fs.chmodSync(out, 0o555);
      const a = file('a.txt', GOOD);
      const b = file('b.txt', GOOD);
      fs.chmodSync(a, 0o644);
      fs.chmodSync(b, 0o644);
      const r = await asUnprivileged(() => runCli('convert', '--out', out, a, b));
      assert.strictEqual(r.code, 1, r.stderr);
      assert.strictEqual(stderrLines(r).length, 2, r.stderr);
      for (const line of stderrLines(r)) assert.match(line, /permission denied/);
      assert.deepStrictEqual(fs.readdirSync(out), []);
    });
  });

  it('a 50 MB single-line file converts (time measured, not asserted)', async () => {
    const line = TRAD.replace(/\r?\n/g, '');
    const unit = Buffer.from(line, 'utf8');
    // 50 MB (10^6 bytes each): under the 50 MiB size limit that readers apply by default.
    const copies = Math.floor(50_000_000 / unit.length);
    const big = path.join(dir, 'big.txt');
    const fd = fs.openSync(big, 'w');
    for (let k = 0; k < copies; k++) fs.writeSync(fd, unit);
    fs.closeSync(fd);
    const good = file('good.txt', GOOD);
    const out = path.join(dir, 'out');
    const started = process.hrtime.bigint();
    const r = await runCli('convert', '--out', out, big, good);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.strictEqual(r.code, 0, r.stderr);
    const converted = fs.readFileSync(path.join(out, 'big.txt'), 'utf8');
    const once = cleanAndConvert(line, 'simplified');
    assert.strictEqual(converted.length, once.length * copies);
    assert.strictEqual(converted.slice(0, once.length), once);
    assert.strictEqual(converted.slice(-once.length), once);
    assert.strictEqual(fs.readFileSync(path.join(out, 'good.txt'), 'utf8'), GOOD_OUT);
    console.log(`      (${((unit.length * copies) / 1e6).toFixed(1)} MB single line converted in ${(ms / 1000).toFixed(1)} s)`);
  });

  it('a file over the size limit is refused in one line; the next file is still converted', async () => {
    const huge = path.join(dir, 'huge.txt');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 60 * 1024 * 1024); // sparse: costs no disk
    const good = file('good.txt', GOOD);
    const r = await runCli('convert', huge, good);
    assert.strictEqual(r.code, 1);
    assertOneLine(r, huge, /too large|binary/);
    assert.ok(r.stdout.includes(GOOD_OUT));
  });
});
