/**
 * `npm run bench` (via scripts/bench.js, which compiles this and checks the build): generates the
 * corpora, runs every measurement in its own Node process, writes bench/results.json and the generated
 * part of BENCHMARKS.md. `--quick`: tiny sizes, every code path, bench/results.quick.json, BENCHMARKS.md
 * untouched. `--docs N` adds a scaling point (`--large` = 50,000). `--only a,b` runs some areas
 * (conversion, analysis, index, similar, extension, scaling). `--profile` writes CPU profiles of every
 * measurement to bench/profiles/ and prints where their time goes.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from '../test/unit/helpers/paths';
import { assemble, type Raw } from './report/assemble';
import { writeMarkdown } from './report/markdown';
import { summariseProfiles } from './report/profile';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const value = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

const quick = flag('quick');
const seed = Number(value('seed') ?? 20261122);
const extra = flag('large') ? 50_000 : value('docs') ? Number(value('docs')) : undefined;
const only = new Set((value('only') ?? '').split(',').filter(Boolean));
const wanted = (area: string) => only.size === 0 || only.has(area);

const SIZES = quick
  ? { index: 300, scaling: [100, 300], brute: 30, conversionMB: 1, reports: 30, largeBytes: 256 * 1024, largeRuns: 1, queries: 100, opens: 2 }
  : { index: 10_000, scaling: [1000, 3000, 10_000], brute: 100, conversionMB: 20, reports: 200, largeBytes: 1024 * 1024, largeRuns: 3, queries: 250, opens: 3 };
if (extra && !SIZES.scaling.includes(extra)) SIZES.scaling.push(extra);

const out = path.join(repoRoot, 'out', 'bench');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-run-'));
const profileDir = path.join(repoRoot, 'bench', 'profiles');

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

/** Runs one compiled script in a fresh Node process; returns its JSON result, or throws with its exit. */
function child(name: string, script: string, args: string[], limitMinutes = 20): Raw {
  const file = path.join(work, `${name}.json`);
  const prof = flag('profile') ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${name}.cpuprofile`] : [];
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [...prof, path.join(out, script), ...args, '--out', file], { stdio: 'inherit', timeout: limitMinutes * 60_000 });
  if (r.status !== 0) throw new Error(`${name} failed (${r.error?.message ?? (r.signal ? `signal ${r.signal}` : `exit code ${r.status}`)})`);
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Raw;
  log(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return raw;
}

/**
 * The analysis worker bundle and its .wasm, copied once: a `npm run build` elsewhere on the machine
 * rewrites dist/ in place, and a worker loading a half-written .wasm would fail the measurement.
 */
function workerSnapshot(): string {
  const dir = path.join(work, 'dist');
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(path.join(repoRoot, 'dist'))) {
    if (f === 'analysisWorker.js' || f.endsWith('.wasm')) fs.copyFileSync(path.join(repoRoot, 'dist', f), path.join(dir, f));
  }
  return path.join(dir, 'analysisWorker.js');
}

function corpus(docs: number, corpusSeed = seed): string {
  const t0 = Date.now();
  const line = execFileSync(process.execPath, [path.join(out, 'corpus', 'cli.js'), '--docs', String(docs), '--seed', String(corpusSeed)], { encoding: 'utf8' });
  const info = JSON.parse(line.trim().split('\n').pop()!);
  if (info.mismatched > 0) log(`corpus of ${docs}: ${info.mismatched} files did not read back as generated (their plants are left out)`);
  log(`corpus of ${docs} documents ${info.cached ? 'from cache' : 'generated'} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${info.dir}`);
  return info.dir;
}

function machine(): Record<string, unknown> {
  const cpus = os.cpus();
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repoRoot, encoding: 'utf8' }).trim() !== '';
  } catch {
    /* not a git checkout */
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    commit,
    uncommittedChanges: dirty,
  };
}

function vsixBytes(): number {
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], timeout: 5 * 60_000 });
  if (r.status !== 0) throw new Error(`npm run package failed (exit code ${r.status})`);
  log(`vsix packaged in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return fs.statSync(path.join(repoRoot, 'dist', 'zhengwu-lens.vsix')).size;
}

async function main(): Promise<number> {
  const started = Date.now();
  const raw: Record<string, Raw | Raw[] | number | string> = {};
  const failures: string[] = [];
  const attempt = (area: string, fn: () => void) => {
    if (!wanted(area)) return;
    try {
      fn();
    } catch (err) {
      failures.push(`${area}: ${(err as Error).message}`);
      log(`FAILED ${area}: ${(err as Error).message}`);
    }
  };
  if (flag('profile')) fs.mkdirSync(profileDir, { recursive: true });
  const before = machine();
  const worker = workerSnapshot();
  const small = corpus(SIZES.scaling[0]);
  const main = corpus(SIZES.index);

  attempt('conversion', () => (raw.conversion = child('conversion', 'measure/conversion.js', ['--corpus', small, '--mb', String(SIZES.conversionMB)])));
  attempt('analysis', () => (raw.analysis = child('analysis', 'measure/analysis.js', ['--reports', String(SIZES.reports), '--large-bytes', String(SIZES.largeBytes), '--large-runs', String(SIZES.largeRuns)])));
  attempt('index', () => {
    const cache = path.join(work, 'index.cache');
    raw.index = child('index-build', 'measure/indexBuild.js', ['--corpus', main, '--cache', cache, '--worker', worker]);
    raw.readOnly = child('read-only', 'measure/readOnly.js', ['--corpus', main]);
    raw.reload = child('reload', 'measure/reload.js', ['--corpus', main, '--cache', cache]);
  });
  attempt('similar', () => {
    raw.similar = child('similar', 'measure/similar.js', ['--corpus', main, '--queries', String(SIZES.queries)]);
    raw.bruteForce = child('brute-force', 'measure/bruteForce.js', ['--corpus', corpus(SIZES.brute, seed + 1)]);
  });
  attempt('extension', () => {
    raw.extension = child('extension', 'extension/host.js', ['--corpus', small, '--opens', String(SIZES.opens)], 6);
    raw.vsixBytes = vsixBytes();
  });
  attempt('scaling', () => {
    const points: Raw[] = [];
    for (const docs of SIZES.scaling) {
      if (docs === SIZES.index && raw.index) points.push(raw.index as Raw);
      else points.push(child(`index-build-${docs}`, 'measure/indexBuild.js', ['--corpus', corpus(docs), '--cache', path.join(work, `scale-${docs}.cache`), '--updates', '1', '--worker', worker], 60));
    }
    raw.scaling = points;
  });

  const results = assemble({ quick, seed, machine: before, raw, failures, command: `npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}`, seconds: (Date.now() - started) / 1000 });
  const file = path.join(repoRoot, 'bench', quick ? 'results.quick.json' : 'results.json');
  fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  log(`wrote ${path.relative(repoRoot, file)}`);
  if (!quick && only.size === 0) {
    writeMarkdown(path.join(repoRoot, 'BENCHMARKS.md'), results);
    log('updated BENCHMARKS.md');
  }
  if (quick) log('quick run: sizes too small for the verdicts below to mean anything (the harness is what is checked)');
  for (const t of results.targets) log(`${t.pass === null ? '  ?   ' : t.pass ? '  met ' : 'MISSED'} ${t.area}: ${t.figure} = ${t.value ?? 'not measured'} ${t.unit} (target ${t.target})`);
  if (flag('profile')) console.log(summariseProfiles(profileDir));
  fs.rmSync(work, { recursive: true, force: true });
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s${failures.length ? `; ${failures.length} measurement(s) failed` : ''}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
