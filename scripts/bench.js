#!/usr/bin/env node
// `npm run bench [-- --quick | --docs N | --large | --only AREA[,AREA] | --profile]`: compiles bench/
// (TypeScript, importing src/core directly) into out/bench, makes sure the bundles the measurements use
// exist (dist/analysisWorker.js: the index builds in worker threads as in the extension; dist/extension.js
// for the extension host), then hands over to out/bench/run.js, which runs every measurement in its own
// Node process and writes bench/results.json (bench/results.quick.json for --quick) and BENCHMARKS.md.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);

function run(command, argv, opts = {}) {
  return spawnSync(command, argv, { cwd: root, encoding: 'utf8', ...opts });
}

// tsc emits even with type errors; errors in bench/ stop the run, others (a file another change is
// halfway through) are shown and left to `npm run check`.
const tsc = run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'bench/tsconfig.json']);
const errors = (tsc.stdout + tsc.stderr).split('\n').filter((l) => /error TS\d+/.test(l));
const ours = errors.filter((l) => l.startsWith('bench/') || l.startsWith('test/unit/'));
if (errors.length) console.error(errors.join('\n'));
if (ours.length || !fs.existsSync(path.join(root, 'out', 'bench', 'run.js'))) {
  console.error('[bench] compiling bench/ failed');
  process.exit(1);
}
if (errors.length) console.error(`[bench] ${errors.length} type error(s) outside bench/: continuing with what tsc emitted`);

const needed = ['dist/analysisWorker.js', 'dist/extension.js'].filter((f) => !fs.existsSync(path.join(root, f)));
if (needed.length) {
  console.log(`[bench] ${needed.join(', ')} missing: npm run build`);
  if (run('npm', ['run', '--silent', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const bench = run(process.execPath, [path.join(root, 'out', 'bench', 'run.js'), ...args], { stdio: 'inherit' });
process.exit(bench.status ?? 1);
