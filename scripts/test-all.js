#!/usr/bin/env node
// `npm test`: every check the project has, in order, each stage reported with its time, then ONE
// closing line `N passed, N failed` (", N skipped" when tests were skipped).
//
// The tally adds the mocha counts of the unit tests, the packaging test and the integration suite,
// and the UI check's assertions, all read from JSON summaries (never parsed from human output).
// A stage that fails without a test count of its own (type check, compile, build, vsce, setup, or a
// harness failure) adds 1 to "failed", so "0 failed" always means everything was green.
// Stages whose prerequisites failed are not run and count as failed too.
//
// Every stage has a time limit (unit 15 min, integration 20, UI 10, setup 30, bench 3, others 20) so
// that one hung test cannot use up CI's time; an overrun stops the stage's whole process group.
//
// Options: --skip STAGE[,STAGE] or --only STAGE[,STAGE] while iterating (skipped stages count nothing;
// prerequisites are not added automatically: --only integration expects an earlier build).
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { paths, readVsCodeSetup } = require('./lib/paths');
const { parseArgs } = require('./lib/cli');

const args = parseArgs(process.argv.slice(2), { skip: 'string', only: 'string' });
const list = (v) => new Set((v || '').split(',').map((s) => s.trim()).filter(Boolean));
const skip = list(args.skip);
const only = list(args.only);
const mochaBin = path.join(paths.repoRoot, 'node_modules', '.bin', 'mocha');
const reporter = path.join(paths.repoRoot, 'scripts', 'lib', 'mocha-summary-reporter.js');
const summaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-test-all-'));
const summaryFile = (stage) => path.join(summaryDir, `${stage}.json`);
process.on('exit', () => fs.rmSync(summaryDir, { recursive: true, force: true }));

let current = null; // the running stage's child, so a signal or a time limit can stop its whole group

/**
 * Runs a command with the output streamed through; resolves with its exit code, or 124 when it
 * overran `limitMs`. The child gets its own process group so that a hung test run (a synchronous
 * loop no mocha timeout can interrupt) is stopped with everything it started.
 */
function sh(command, argv, env = {}, limitMs = 20 * 60_000) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: paths.repoRoot, stdio: 'inherit', env: { ...process.env, ...env }, detached: true });
    current = child;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n[test-all] ${[command, ...argv].join(' ')} ran past its ${limitMs / 60_000} min limit: stopping it`);
      signalGroup(child, 'SIGTERM');
      setTimeout(() => signalGroup(child, 'SIGKILL'), 10_000).unref();
    }, limitMs);
    child.on('error', (err) => {
      console.error(`cannot start ${command}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      current = null;
      resolve(timedOut ? 124 : code ?? (signal ? 128 : 1));
    });
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

// Children run in their own groups, so Ctrl-C on the terminal reaches only us: pass it on and let
// the child clean up (run-integration and the UI check stop their servers on SIGINT/SIGTERM).
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n[test-all] ${signal}: stopping`);
    if (!current) process.exit(130);
    signalGroup(current, signal);
    current.once('exit', () => process.exit(130));
    setTimeout(() => process.exit(130), 15_000).unref();
  });
}

function readSummary(stage) {
  try {
    const s = JSON.parse(fs.readFileSync(summaryFile(stage), 'utf8'));
    return s.harnessError ? null : { passed: s.passed | 0, failed: s.failed | 0, pending: s.pending | 0 };
  } catch {
    return null;
  }
}

/** A stage that runs tests: ok only when the command succeeded AND its summary shows no failure. */
async function testStage(stage, command, argv, env, limitMs) {
  const code = await sh(command, argv, env, limitMs);
  const counts = readSummary(stage);
  if (code === 124) return { ok: false, counts, note: `timed out after ${limitMs / 60_000} min${counts ? '' : ', no test results'}` };
  if (!counts) return { ok: false, note: `no test results (exit code ${code}): the run broke before reporting` };
  if (code !== 0 && counts.failed === 0) return { ok: false, counts, note: `exit code ${code} although no test failed` };
  return { ok: code === 0, counts };
}

const mochaArgs = ['--reporter', reporter];
const mochaEnv = (stage) => ({ ZHENGWU_MOCHA_SUMMARY: summaryFile(stage) });

const STAGES = [
  { id: 'check', title: 'type check (npm run check)', run: async () => ({ ok: (await sh('npm', ['run', '--silent', 'check'])) === 0 }) },
  {
    id: 'samples',
    title: 'samples/ match their generator (npm run samples:check)',
    run: async () => {
      const scripts = JSON.parse(fs.readFileSync(path.join(paths.repoRoot, 'package.json'), 'utf8')).scripts || {};
      if (!scripts['samples:check']) return { ok: true, note: 'no samples:check script' };
      return { ok: (await sh('npm', ['run', '--silent', 'samples:check'])) === 0 };
    },
  },
  { id: 'compile', title: 'compile tests to out/', run: async () => ({ ok: (await sh('npm', ['run', '--silent', 'compile-tests'])) === 0 }) },
  {
    id: 'unit',
    title: 'unit tests (mocha, plain Node)',
    // tsc emits even when it reports type errors, so the unit tests still run after a failed compile.
    run: () =>
      testStage('unit', mochaBin, [...mochaArgs, '--ignore', 'out/test/unit/packaging/**'], mochaEnv('unit'), 15 * 60_000),
  },
  { id: 'build', title: 'bundle (npm run build)', run: async () => ({ ok: (await sh('npm', ['run', '--silent', 'build'])) === 0 }) },
  {
    id: 'packaging',
    title: 'package the .vsix and check its contents',
    needs: ['build'],
    run: async () => {
      fs.rmSync(paths.vsix, { force: true }); // never test a package left over from an earlier run
      if ((await sh('npm', ['run', '--silent', 'package'])) !== 0) return { ok: false, note: 'vsce package failed' };
      // --no-config: .mocharc's spec would add every unit test to this run.
      return testStage('packaging', mochaBin, ['--no-config', '--timeout', '20000', ...mochaArgs, 'out/test/unit/packaging/**/*.test.js'], mochaEnv('packaging'), 5 * 60_000);
    },
  },
  {
    id: 'setup',
    title: 'VS Code test host: code-server, Node 24, Chromium',
    run: async () => {
      if (readVsCodeSetup()) console.log(`already set up in ${paths.cacheDir}; checking it is complete`);
      return { ok: (await sh('bash', [paths.setupScript], {}, 30 * 60_000)) === 0 };
    },
  },
  {
    id: 'integration',
    title: 'integration tests in a real VS Code extension host',
    needs: ['build', 'setup'],
    // run-integration has its own 15 min time-out and reports it as a harness failure; this is the backstop.
    run: () => testStage('integration', process.execPath, [path.join('scripts', 'run-integration.js'), '--summary', summaryFile('integration')], {}, 20 * 60_000),
  },
  {
    id: 'ui',
    title: 'UI check (what a reader sees)',
    needs: ['build', 'setup'],
    run: () => testStage('ui', process.execPath, [path.join('test', 'ui', 'ui-check.js'), '--summary', summaryFile('ui')], {}, 10 * 60_000),
  },
  {
    id: 'bench',
    title: 'benchmark harness still runs (npm run bench -- --quick; numbers are not judged)',
    needs: ['build', 'setup'],
    run: async () => ({ ok: (await sh('npm', ['run', '--silent', 'bench', '--', '--quick'], {}, 3 * 60_000)) === 0 }),
  },
];

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}

async function main() {
  const unknown = [...skip, ...only].filter((s) => !STAGES.some((st) => st.id === s));
  if (unknown.length) {
    console.error(`unknown stage(s): ${unknown.join(', ')} (stages: ${STAGES.map((s) => s.id).join(', ')})`);
    process.exit(64);
  }
  const results = new Map();
  const started = Date.now();
  for (const [i, stage] of STAGES.entries()) {
    const header = `stage ${i + 1}/${STAGES.length}: ${stage.id} — ${stage.title}`;
    console.log(`\n${'═'.repeat(4)} ${header} ${'═'.repeat(Math.max(4, 96 - header.length))}`);
    if (skip.has(stage.id) || (only.size && !only.has(stage.id))) {
      console.log(`skipped (${only.size ? '--only' : '--skip'})`);
      results.set(stage.id, { status: 'skipped', ms: 0 });
      continue;
    }
    // A prerequisite the user skipped on purpose does not block; one that failed does.
    const blocked = (stage.needs || []).filter((n) => !['ok', 'skipped'].includes(results.get(n)?.status));
    if (blocked.length) {
      console.log(`not run: needs ${blocked.join(', ')}`);
      results.set(stage.id, { status: 'blocked', ms: 0, note: `needs ${blocked.join(', ')}` });
      continue;
    }
    const t0 = Date.now();
    let outcome;
    try {
      outcome = await stage.run();
    } catch (err) {
      outcome = { ok: false, note: err.message };
    }
    const ms = Date.now() - t0;
    results.set(stage.id, { status: outcome.ok ? 'ok' : 'FAILED', ms, counts: outcome.counts, note: outcome.note });
    console.log(`──── ${stage.id}: ${outcome.ok ? 'ok' : 'FAILED'} in ${seconds(ms)}${outcome.note ? ` (${outcome.note})` : ''}`);
  }

  let passed = 0;
  let failed = 0;
  let pending = 0;
  console.log(`\n${'═'.repeat(4)} summary ${'═'.repeat(92)}`);
  for (const stage of STAGES) {
    const r = results.get(stage.id);
    let tests = '';
    if (r.counts) {
      passed += r.counts.passed;
      failed += r.counts.failed;
      pending += r.counts.pending;
      tests = `${r.counts.passed} passed, ${r.counts.failed} failed${r.counts.pending ? `, ${r.counts.pending} skipped` : ''}`;
    }
    // A failure no test count shows (type errors, build, harness) still counts once.
    if ((r.status === 'FAILED' && !(r.counts && r.counts.failed > 0)) || r.status === 'blocked') failed += 1;
    console.log(`  ${stage.id.padEnd(12)} ${r.status.padEnd(8)} ${seconds(r.ms).padStart(7)}  ${tests}${r.note ? `  [${r.note}]` : ''}`);
  }
  console.log(`  ${'total'.padEnd(12)} ${''.padEnd(8)} ${seconds(Date.now() - started).padStart(7)}`);
  const allOk = [...results.values()].every((r) => r.status === 'ok' || r.status === 'skipped');
  console.log(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
  process.exit(allOk && failed === 0 ? 0 : 1);
}

main();
