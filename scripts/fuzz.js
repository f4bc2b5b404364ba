#!/usr/bin/env node
'use strict';
/*
 * npm run fuzz — random and mutated inputs through clean, convert (every target) and analyze, checking
 * the invariants of each stage (scripts/fuzz/check.js) within a time budget per input, then a set of
 * 1 MiB adversarial inputs that must each be opened and converted in under a second.
 *
 *   node scripts/fuzz.js [--count N] [--seed S] [--quick] [--budget MS] [--workers N] [--core bundle|out]
 *                        [--out DIR] [--max-length N] [--no-adversarial] [--adversarial-only]
 *   node scripts/fuzz.js --index I [--seed S]      regenerate input I and run it here
 *   node scripts/fuzz.js --replay FILE             run a saved failure again
 *
 * Failures (a thrown error, a broken invariant, an input over budget twice, a hang) are saved as JSON in
 * DIR/failures; DIR/summary.json and DIR/summary.md describe the run. Exit code 1 on any failure.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker } = require('worker_threads');
const { resolveCore, load, root } = require('./fuzz/core');
const { seedCorpus } = require('./fuzz/corpus');
const { makeInput } = require('./fuzz/mutate');
const { checkInput } = require('./fuzz/check');
const { ADVERSARIAL } = require('./fuzz/adversarial');

const loadAtStart = os.loadavg()[0];
const DEFAULTS = { count: 100_000, seed: 20240607, budget: 1000, maxLength: 65_536, adversarialSize: 1 << 20, adversarialLimit: 1000 };

function usage(message) {
  process.stderr.write(`fuzz: ${message}\nusage: node scripts/fuzz.js [--count N] [--seed S] [--quick] [--budget MS] [--workers N] [--core bundle|out] [--out DIR] [--max-length N] [--no-adversarial] [--adversarial-only] | --index I | --replay FILE\n`);
  process.exit(2);
}

function parseOptions(argv) {
  const o = {
    count: undefined,
    seed: DEFAULTS.seed,
    budget: DEFAULTS.budget,
    maxLength: DEFAULTS.maxLength,
    workers: Math.max(1, Math.min(4, os.cpus().length - 1)),
    core: 'bundle',
    out: path.join(root, 'test-results', 'fuzz'),
    quick: false,
    adversarial: true,
    randomInputs: true,
    index: undefined,
    replay: undefined,
  };
  const int = (name, v) => {
    if (!/^\d+$/.test(v || '')) usage(`${name} needs a non-negative integer`);
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (name) {
      case '--count': o.count = int(name, value()); break;
      case '--seed': o.seed = int(name, value()); break;
      case '--budget': o.budget = int(name, value()); break;
      case '--max-length': o.maxLength = int(name, value()); break;
      case '--workers': o.workers = Math.max(1, int(name, value())); break;
      case '--core': o.core = value(); break;
      case '--out': o.out = path.resolve(value() || usage('--out needs a folder')); break;
      case '--quick': o.quick = true; break;
      case '--no-adversarial': o.adversarial = false; break;
      case '--adversarial-only': o.randomInputs = false; break;
      case '--index': o.index = int(name, value()); break;
      case '--replay': o.replay = value() || usage('--replay needs a file'); break;
      case '--help': case '-h': usage('help'); break;
      default: usage(`unknown option ${a}`);
    }
  }
  o.count ??= o.quick ? 2_000 : DEFAULTS.count;
  return o;
}

/** A worker that runs inputs one at a time, replaced when one takes longer than `hangMs`. */
class Runner {
  constructor(workerData, hangMs) {
    this.workerData = workerData;
    this.hangMs = hangMs;
    this.restarts = 0;
  }

  start() {
    return new Promise((resolve, reject) => {
      this.worker = new Worker(path.join(__dirname, 'fuzz', 'worker.js'), { workerData: this.workerData });
      this.worker.once('message', (m) => (m.type === 'ready' ? resolve(m) : reject(new Error('worker did not start'))));
      this.worker.once('error', reject);
    });
  }

  /** Posts `msg` and waits for the reply; `{ hang: true }` when the worker is still busy after hangMs. */
  request(msg, hangMs = this.hangMs) {
    return new Promise((resolve) => {
      let settled = false;
      const finish = (value) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
        resolve(value);
      };
      const onMessage = (m) => finish(m);
      const onError = (err) => finish({ crashed: true, message: String(err && err.stack || err) });
      const timer = setTimeout(() => finish({ hang: true }), hangMs);
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.postMessage(msg);
    }).then(async (reply) => {
      if (reply.hang || reply.crashed) {
        await this.worker.terminate();
        this.restarts++;
        await this.start();
      }
      return reply;
    });
  }

  stop() {
    return this.worker.terminate();
  }
}

function saveFailure(dir, failure) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${String(failure.index ?? failure.name).replace(/[^\w.-]+/g, '_')}-${failure.kind}.json`);
  // JSON escapes lone surrogates (\ud800), so the exact input survives the round trip.
  fs.writeFileSync(file, JSON.stringify(failure, null, 2) + '\n');
  return path.relative(root, file);
}

/*
 * The machine may be shared: wall time then includes waiting for a CPU. An input's cost is its wall time
 * or, when lower, the CPU time the process spent on it (what the wall time would be on an idle machine;
 * CPU time counts every thread, so on an idle machine it is the larger of the two).
 */
const cost = (r) => Math.min(r.total, r.cpuTotal ?? Infinity);

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`);

async function runRandom(o, core, failuresDir, log) {
  const workerData = { core, seed: o.seed, maxLength: o.maxLength, samplesDir: path.join(root, 'samples') };
  const hangMs = Math.max(10_000, o.budget * 10);
  const runners = Array.from({ length: Math.min(o.workers, o.count) }, () => new Runner(workerData, hangMs));
  await Promise.all(runners.map((r) => r.start()));
  const seeds = seedCorpus(o.seed, workerData.samplesDir);

  const failures = [];
  const slowest = [];
  const stageTotals = {};
  let retried = 0;
  let next = 0;
  let done = 0;
  let totalLength = 0;
  const started = Date.now();
  let lastReport = started;

  const record = (r) => {
    slowest.push({ index: r.index, total: r.total, cpuTotal: r.cpuTotal, cost: cost(r), length: r.length, origin: r.origin, stages: r.stages });
    slowest.sort((a, b) => b.cost - a.cost);
    if (slowest.length > 10) slowest.length = 10;
    for (const k in r.stages) stageTotals[k] = (stageTotals[k] || 0) + r.stages[k];
  };

  const fail = (f) => {
    f.file = saveFailure(failuresDir, { seed: o.seed, ...f });
    failures.push(f);
    log(`  FAIL #${f.index} ${f.kind}: ${f.message} (${f.file})`);
  };

  async function drive(runner) {
    for (;;) {
      const index = next++;
      if (index >= o.count) return;
      let r = await runner.request({ type: 'run', index, budget: o.budget });
      if (r.hang || r.crashed) {
        const { input, origin } = makeInput(o.seed, index, seeds, o.maxLength);
        fail({ index, kind: r.hang ? 'hang' : 'crash', message: r.hang ? `no answer after ${fmt(hangMs)}` : r.message, origin, length: input.length, input });
      } else if (r.error) {
        fail({ index, kind: 'invariant', message: r.error.message, stage: r.error.stage, stack: r.error.stack, origin: r.origin, length: r.length, input: r.input });
      } else {
        if (cost(r) > o.budget) {
          // Over budget once may be the machine; twice is the code.
          retried++;
          const again = await runner.request({ type: 'run', index, budget: o.budget });
          if (!again.error && !again.hang && cost(again) < cost(r)) r = { ...again, input: again.input ?? r.input };
          if (cost(r) > o.budget) {
            fail({ index, kind: 'slow', message: `${fmt(r.total)}, CPU ${fmt(r.cpuTotal)} (budget ${fmt(o.budget)}), slowest stage ${(([k, v]) => `${k} ${fmt(v)}`)(Object.entries(r.stages).sort((a, b) => b[1] - a[1])[0])}`, origin: r.origin, length: r.length, stages: r.stages, input: r.input });
          }
        }
        totalLength += r.length;
        record(r);
      }
      done++;
      const now = Date.now();
      if (now - lastReport > 15_000) {
        lastReport = now;
        const rate = done / ((now - started) / 1000);
        log(`  ${done.toLocaleString('en')} / ${o.count.toLocaleString('en')} inputs, ${rate.toFixed(0)}/s, ${failures.length} failures, about ${Math.round((o.count - done) / rate)} s left`);
      }
    }
  }

  await Promise.all(runners.map(drive));
  await Promise.all(runners.map((r) => r.stop()));
  return {
    count: done,
    seconds: (Date.now() - started) / 1000,
    meanLength: done ? Math.round(totalLength / done) : 0,
    retried,
    workerRestarts: runners.reduce((n, r) => n + r.restarts, 0),
    failures,
    slowest,
    stageTotals,
  };
}

async function runAdversarial(o, core, failuresDir, log) {
  const runner = new Runner({ core, seed: o.seed, maxLength: o.maxLength, samplesDir: path.join(root, 'samples') }, 120_000);
  await runner.start();
  const rows = [];
  for (const name of ADVERSARIAL) {
    const r = await runner.request({ type: 'adversarial', name, size: DEFAULTS.adversarialSize, runs: 2 });
    if (r.hang || r.crashed || r.error) {
      const message = r.hang ? 'no answer after 120 s' : r.crashed ? r.message : r.error.message;
      rows.push({ name, error: message });
      saveFailure(failuresDir, { seed: o.seed, name, kind: 'adversarial', message });
      log(`  FAIL ${name}: ${message}`);
      continue;
    }
    const s = r.stages;
    const [slowTarget, slowConvert] = r.targets.map((t) => [t, s[`convert ${t}`]]).sort((a, b) => b[1] - a[1])[0];
    const convertCommand = s.clean + slowConvert;
    const open = s.prepare + s.analyze;
    const openCpu = r.cpu.prepare + r.cpu.analyze;
    const convertCpu = r.cpu.clean + r.cpu[`convert ${slowTarget}`];
    const over = [];
    if (Math.min(convertCommand, convertCpu) >= DEFAULTS.adversarialLimit) over.push(`clean + convert ${slowTarget} ${fmt(convertCommand)} (CPU ${fmt(convertCpu)})`);
    if (Math.min(open, openCpu) >= DEFAULTS.adversarialLimit) over.push(`prepare + analyze ${fmt(open)} (CPU ${fmt(openCpu)})`);
    const row = { name, length: r.length, clean: s.clean, convert: slowConvert, convertTarget: slowTarget, prepare: s.prepare, analyze: s.analyze, open, openCpu, convertCommand, convertCpu, growth: s.analyze / r.quarterAnalyze, over };
    rows.push(row);
    if (over.length) {
      saveFailure(failuresDir, { seed: o.seed, name, kind: 'adversarial-slow', message: over.join('; '), stages: s });
    }
    log(`  ${over.length ? 'SLOW' : 'ok  '} ${name.padEnd(36)} open ${fmt(open).padStart(8)} (CPU ${fmt(openCpu).padStart(8)})  convert ${fmt(convertCommand).padStart(8)} (CPU ${fmt(convertCpu).padStart(8)})  analyze ×${row.growth.toFixed(1)} for ×4 size`);
  }
  await runner.stop();
  return rows;
}

function summaryMarkdown(o, random, adversarial, seconds) {
  const lines = [];
  lines.push(`# Fuzz run`, '');
  lines.push(`seed ${o.seed} · ${random ? random.count.toLocaleString('en') : 0} inputs · budget ${fmt(o.budget)} per input · ${o.workers} worker(s) · core from ${o.core} · ${seconds.toFixed(0)} s · ${os.cpus().length} CPUs, Node ${process.version} · load average ${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end`, '');
  if (random) {
    lines.push(`An input is over budget when both its wall time and the process CPU time spent on it exceed the budget (the machine may be shared), twice in a row.`, '');
    lines.push(`Mean input length ${random.meanLength.toLocaleString('en')} code units (max ${o.maxLength.toLocaleString('en')}); ${random.retried} inputs re-run after going over budget once; ${random.workerRestarts} worker restarts.`, '');
    lines.push(`## Failures (${random.failures.length})`, '');
    for (const f of random.failures) lines.push(`- #${f.index} **${f.kind}** ${f.message} — ${f.origin} (${f.file})`);
    if (!random.failures.length) lines.push('None.');
    lines.push('', '## Slowest inputs', '', '| # | length | wall | CPU | slowest stages (wall) | origin |', '|---|---|---|---|---|---|');
    for (const s of random.slowest) {
      const top = Object.entries(s.stages).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
      lines.push(`| ${s.index} | ${s.length.toLocaleString('en')} | ${fmt(s.total)} | ${fmt(s.cpuTotal)} | ${top} | ${s.origin} |`);
    }
    lines.push('', '## Time per stage (all inputs)', '');
    for (const [k, v] of Object.entries(random.stageTotals).sort((a, b) => b[1] - a[1])) lines.push(`- ${k}: ${fmt(v)}`);
  }
  if (adversarial) {
    lines.push('', `## Adversarial inputs (${(DEFAULTS.adversarialSize / 1048576).toFixed(0)} Mi code units each, best of 2 runs; limit ${fmt(DEFAULTS.adversarialLimit)} to open or to convert, in wall time or, when lower, process CPU time)`, '');
    lines.push('Open = prepare + analyze, what opening a document does; convert = clean + the slowest conversion, what a conversion command does. Growth: analyze time at 1 Mi over 256 Ki (about ×4 when linear).', '');
    lines.push('| input | clean | slowest convert | prepare | analyze | open | open, CPU | convert | convert, CPU | analyze growth | |', '|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of adversarial) {
      if (r.error) lines.push(`| ${r.name} | | | | | | | | | | **error** ${r.error} |`);
      else lines.push(`| ${r.name} | ${fmt(r.clean)} | ${fmt(r.convert)} (${r.convertTarget}) | ${fmt(r.prepare)} | ${fmt(r.analyze)} | ${fmt(r.open)} | ${fmt(r.openCpu)} | ${fmt(r.convertCommand)} | ${fmt(r.convertCpu)} | ×${r.growth.toFixed(1)} | ${r.over.length ? '**over 1 s**' : 'ok'} |`);
    }
  }
  return lines.join('\n') + '\n';
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  if (o.replay !== undefined || o.index !== undefined) {
    const resolved = resolveCore(o.core);
    if (resolved.kind === 'bundle') process.on('exit', () => fs.rmSync(path.dirname(resolved.file), { recursive: true, force: true }));
    const core = load(resolved);
    let input;
    if (o.replay !== undefined) {
      const saved = JSON.parse(fs.readFileSync(o.replay, 'utf8'));
      if (typeof saved.input !== 'string') usage(`${o.replay} holds no input (adversarial failures are rerun with --adversarial-only)`);
      input = saved.input;
    } else {
      const made = makeInput(o.seed, o.index, seedCorpus(o.seed, path.join(root, 'samples')), o.maxLength);
      input = made.input;
      process.stdout.write(`input #${o.index} (seed ${o.seed}): ${made.origin}, ${input.length} code units\n${JSON.stringify(input.length > 2000 ? input.slice(0, 2000) + '…' : input)}\n`);
    }
    try {
      const { stages, total, cpuTotal } = checkInput(core, input);
      process.stdout.write(`ok in ${fmt(total)} (CPU ${fmt(cpuTotal)}): ${Object.entries(stages).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}\n`);
    } catch (err) {
      process.stdout.write(`FAIL ${err.message}\n${err.cause ? err.cause.stack : ''}\n`);
      process.exitCode = 1;
    }
    return;
  }

  const started = Date.now();
  const log = (line) => process.stderr.write(line + '\n');
  const core = resolveCore(o.core);
  if (core.kind === 'bundle') {
    // The temporary bundle goes however the run ends (Ctrl+C included).
    process.on('exit', () => fs.rmSync(path.dirname(core.file), { recursive: true, force: true }));
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  }
  if (core.stale) log('fuzz: warning: out/ is older than src/core; run `npx tsc -p test/tsconfig.json` (or use --core bundle)');
  fs.rmSync(o.out, { recursive: true, force: true });
  const failuresDir = path.join(o.out, 'failures');
  log(`fuzz: seed ${o.seed}, ${o.count.toLocaleString('en')} inputs, budget ${fmt(o.budget)} each, ${o.workers} worker(s), core from ${core.kind}`);

  const random = o.randomInputs ? await runRandom(o, core, failuresDir, log) : undefined;
  if (random) log(`fuzz: ${random.count.toLocaleString('en')} inputs in ${random.seconds.toFixed(0)} s, ${random.failures.length} failures`);
  let adversarial;
  if (o.adversarial) {
    log('fuzz: adversarial inputs (1 Mi code units each)');
    adversarial = await runAdversarial(o, core, failuresDir, log);
  }
  const seconds = (Date.now() - started) / 1000;
  const failed = (random ? random.failures.length : 0) + (adversarial ? adversarial.filter((r) => r.error || r.over.length).length : 0);
  fs.mkdirSync(o.out, { recursive: true });
  fs.writeFileSync(path.join(o.out, 'summary.json'), JSON.stringify({ options: o, seconds, failed, random, adversarial }, null, 2) + '\n');
  const md = summaryMarkdown(o, random, adversarial, seconds);
  fs.writeFileSync(path.join(o.out, 'summary.md'), md);
  process.stdout.write(md);
  process.stdout.write(`\nfuzz: ${failed ? `${failed} FAILURES` : 'no failures'} (${path.relative(root, o.out)}/summary.md)\n`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  process.stderr.write(`fuzz: ${err && err.stack || err}\n`);
  process.exitCode = 1;
});
