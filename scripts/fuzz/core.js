'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

/*
 * The core under test, from one of two builds:
 *   bundle (default): src/core bundled now with esbuild, so the run always tests the current source;
 *   out:              what `npx tsc -p test/tsconfig.json` compiled into out/.
 * Both expose the same functions; `load(where)` returns them.
 */

const ENTRY = `
export { clean } from './src/core/text/clean';
export { convert } from './src/core/text/convert';
export { prepare } from './src/core/text/prepare';
export { analyzeText } from './src/core/analysis/analyze';
`;

/** Bundles the core into a temporary folder (with jieba's .wasm beside it); returns the bundle's path. */
function buildBundle() {
  const esbuild = require('esbuild');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-fuzz-core-'));
  const outfile = path.join(dir, 'core.js');
  esbuild.buildSync({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'fuzz-core.ts' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  const wasm = path.join(root, 'node_modules/jieba-wasm/pkg/nodejs/jieba_rs_wasm_bg.wasm');
  if (fs.existsSync(wasm)) fs.copyFileSync(wasm, path.join(dir, 'jieba_rs_wasm_bg.wasm'));
  return outfile;
}

/** Module paths of the compiled core in out/, after checking it is there and not older than src/core. */
function outModules() {
  const out = path.join(root, 'out', 'src', 'core');
  const analyze = path.join(out, 'analysis', 'analyze.js');
  if (!fs.existsSync(analyze)) throw new Error('out/ has no compiled core: run `npx tsc -p test/tsconfig.json` first, or use --core bundle');
  let newest = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(path.join(root, 'src', 'core'));
  const stale = fs.statSync(analyze).mtimeMs < newest;
  return {
    stale,
    modules: {
      clean: path.join(out, 'text', 'clean.js'),
      convert: path.join(out, 'text', 'convert.js'),
      prepare: path.join(out, 'text', 'prepare.js'),
      analyzeText: path.join(out, 'analysis', 'analyze.js'),
    },
  };
}

/** Describes where the core comes from, for workers: { kind, file | modules }. */
function resolveCore(where) {
  if (where === 'out') {
    const { stale, modules } = outModules();
    return { kind: 'out', modules, stale };
  }
  if (where === 'bundle') return { kind: 'bundle', file: buildBundle() };
  throw new Error(`--core must be "bundle" or "out" (got "${where}")`);
}

/** Loads the functions from a resolved core description (in the current thread). */
function load(core) {
  if (core.kind === 'bundle') {
    const m = require(core.file);
    return { clean: m.clean, convert: m.convert, prepare: m.prepare, analyzeText: m.analyzeText };
  }
  return {
    clean: require(core.modules.clean).clean,
    convert: require(core.modules.convert).convert,
    prepare: require(core.modules.prepare).prepare,
    analyzeText: require(core.modules.analyzeText).analyzeText,
  };
}

module.exports = { resolveCore, load, root };
