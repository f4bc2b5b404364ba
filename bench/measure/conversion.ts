/**
 * Conversion throughput on the same Traditional reports (pinyin artifact included), three ways:
 *  - zhengwu: `prepare(text, {toSimplified: 'always'})` per report: cleaning, script detection and
 *    Traditional→Simplified conversion with the composed offset map (what opening a report does);
 *  - opencc-js: a bare `Converter({from: 't', to: 'cn'})` per report (no cleaning, no offsets);
 *  - native OpenCC: `opencc -c t2s.json -i in -o out` on all reports in one file, timed from spawn to
 *    exit (process start and dictionary loading included), plus once on a 3× larger file so start-up
 *    is amortised, and once on a one-line file (start-up alone).
 * MB = 10^6 bytes of UTF-8 input. Rounds alternate between the three; the median round counts.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { clean, convert, detectScript, prepare } from '../../src/core/text';
import { readCorpus } from '../corpus/generate';
import { numberArg, requiredArg, runMeasurement, since } from '../lib/child';
import { median, round } from '../lib/stats';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };

function traditionalReports(dir: string, megabytes: number): string[] {
  const manifest = readCorpus(dir);
  if (!manifest) throw new Error(`no benchmark corpus in ${dir}`);
  const files = manifest.docs.filter((d) => d.script === 'traditional' && d.encoding === 'utf-8');
  if (files.length === 0) throw new Error('the corpus has no UTF-8 Traditional reports');
  const out: string[] = [];
  let bytes = 0;
  // Cycle through the reports until the input is big enough: throughput, not variety, is measured.
  for (let i = 0; bytes < megabytes * 1e6; i++) {
    const text = fs.readFileSync(path.join(dir, files[i % files.length].path), 'utf8');
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

function nativeOpencc(input: string, output: string): number {
  const t0 = performance.now();
  const r = spawnSync('opencc', ['-c', 't2s.json', '-i', input, '-o', output], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = since(t0);
  if (r.error) throw new Error(`native OpenCC could not run (apt package opencc): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`opencc exited with ${r.status}: ${r.stderr.toString()}`);
  return ms;
}

/** Lines on which two outputs differ (the two OpenCC dictionaries disagree on a few characters, 甦). */
function differingLines(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let n = Math.abs(x.length - y.length);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) n++;
  return n;
}

runMeasurement(() => {
  const dir = requiredArg('corpus');
  const rounds = numberArg('rounds', 3);
  const reports = traditionalReports(dir, numberArg('mb', 20));
  const joined = reports.join('\n');
  const bytes = Buffer.byteLength(joined);
  const mb = bytes / 1e6;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-conv-'));
  try {
    const input = path.join(tmp, 'in.txt');
    const output = path.join(tmp, 'out.txt');
    fs.writeFileSync(input, joined);

    let t0 = performance.now();
    const converter = OpenCC.Converter({ from: 't', to: 'cn' });
    const openccJsSetupMs = since(t0);
    prepare(reports[0], { toSimplified: 'always' }); // load our tables outside the timing too

    const times = { zhengwu: [] as number[], openccJs: [] as number[], openccNative: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      t0 = performance.now();
      let mapped = 0;
      for (const r of reports) {
        const p = prepare(r, { toSimplified: 'always' });
        mapped += p.map.toSource(p.text.length); // use the map so no work can be skipped
      }
      times.zhengwu.push(since(t0));
      if (mapped <= 0) throw new Error('offset maps gave nothing');
      t0 = performance.now();
      for (const r of reports) converter(r);
      times.openccJs.push(since(t0));
      times.openccNative.push(nativeOpencc(input, output));
    }

    // Same input, same answer? Native and opencc-js on the raw text; ours against opencc-js after cleaning.
    const nativeOut = fs.readFileSync(output, 'utf8');
    const nativeDiffers = differingLines(nativeOut.replace(/\n$/, ''), converter(joined));
    const sample = reports.slice(0, 50);
    const sameAfterClean = sample.filter((r) => prepare(r, { toSimplified: 'always' }).text === converter(clean(r).text)).length;

    // Where our time goes: each step of prepare() alone over the same reports.
    const step = (fn: (r: string) => unknown) => {
      const s0 = performance.now();
      for (const r of reports) fn(r);
      return round(since(s0), 0);
    };
    const cleaned = reports.map((r) => clean(r).text);
    let k = 0;
    const stepsMs = {
      clean: step((r) => clean(r)),
      detectScript: (k = 0, step(() => detectScript(cleaned[k++]))),
      convertWithMap: (k = 0, step(() => convert(cleaned[k++], 'simplified'))),
      openccJsOnCleaned: (k = 0, step(() => converter(cleaned[k++]))),
    };

    const tiny = path.join(tmp, 'tiny.txt');
    fs.writeFileSync(tiny, '會議\n');
    const startupMs = median([0, 1, 2].map(() => nativeOpencc(tiny, output)));
    const big = path.join(tmp, 'big.txt');
    fs.writeFileSync(big, [joined, joined, joined].join('\n'));
    const bigMs = nativeOpencc(big, output);

    const rate = (ms: number[]) => round(mb / (median(ms) / 1000), 2);
    return {
      inputMB: round(mb, 2),
      reports: reports.length,
      rounds,
      mbPerSec: { zhengwu: rate(times.zhengwu), openccJs: rate(times.openccJs), openccNative: rate(times.openccNative) },
      ms: { zhengwu: times.zhengwu.map((t) => round(t, 0)), openccJs: times.openccJs.map((t) => round(t, 0)), openccNative: times.openccNative.map((t) => round(t, 0)) },
      openccJsSetupMs: round(openccJsSetupMs, 1),
      stepsMs,
      native: { startupMs: round(startupMs, 1), amortisedMB: round((3 * bytes) / 1e6, 2), amortisedMbPerSec: round((3 * mb) / (bigMs / 1000), 2) },
      agreement: { lines: joined.split('\n').length, nativeVsOpenccJsDifferingLines: nativeDiffers, zhengwuEqualsOpenccJsAfterCleaning: `${sameAfterClean}/${sample.length}` },
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
