// Bundles the extension and the CLI. Type-checking is separate (`npm run check`): esbuild only strips types.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** jieba-wasm's Node build reads its .wasm next to the script at run time, so it ships beside the bundle. */
function copyWasm() {
  const src = path.join(__dirname, 'node_modules/jieba-wasm/pkg/nodejs/jieba_rs_wasm_bg.wasm');
  fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
  if (fs.existsSync(src)) fs.copyFileSync(src, path.join(__dirname, 'dist/jieba_rs_wasm_bg.wasm'));
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

/*
 * The extension host loads dist/extension.js whole before activate() runs, so its size is start-up time.
 * Packages too big to parse at every start go to bundles of their own beside it, read on first use:
 *  - OpenCC's tables (2.2 MB of dictionary strings): core/text/opencc.ts already requires them inside
 *    the function that first needs a direction, so the import only has to point at the file;
 *  - iconv-lite (0.5 MB of code pages, imported at the top of core/corpus/detect.ts): replaced by a shim
 *    that loads the real module on first use (only files that are not UTF-8 need it);
 *  - the analysis (with its lexicons and the gazetteer code: 40 % of what was left): the extension runs
 *    it in worker threads, and only core/corpus/summarizer.ts's in-process summarizer (the CLI's and the
 *    tests') imports it by value. The shim keeps that door open without loading it at start-up;
 *  - the gazetteer's division table (120 KB of JSON, a third of what was left): core/gazetteer/table.ts
 *    already requires it inside readTable(), first called when the Corpus Overview places reports, so the
 *    import only has to point at the file. It ships as a module around JSON.parse of the file's text:
 *    JSON.parse reads it faster than the JavaScript parser would read an object literal.
 */
const deferred = [
  { specifier: 'opencc-js/t2cn', file: 'opencc-t2cn.js' },
  { specifier: 'opencc-js/cn2t', file: 'opencc-cn2t.js' },
  { specifier: 'iconv-lite', file: 'iconv-lite.js', shim: true },
  { specifier: './divisions.generated.json', json: 'src/core/gazetteer/divisions.generated.json', file: 'gazetteer.js' },
  { specifier: '../analysis/analyze', importer: 'src/core/corpus/summarizer.ts', source: 'src/core/analysis/analyze.ts', file: 'analysis.js', shim: true },
];

/** The export names of a deferred module: a package is loaded here; a source file is read by esbuild. */
function exportNames(d) {
  if (!d.source) return Object.keys(require(d.specifier));
  const r = esbuild.buildSync({ entryPoints: [d.source], bundle: true, platform: 'node', format: 'esm', write: false, metafile: true, outdir: 'dist', logLevel: 'silent', external: ['*'] });
  return Object.values(r.metafile.outputs).flatMap((o) => o.exports);
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A module whose exports are getters that require `file` (beside the bundle) on first read. The bundle
 * reads an import where it is used (esbuild's namespace objects forward to these getters), so nothing
 * loads until a function of the module is called or a value of it read.
 */
function lazyShim(d) {
  return [
    'let loaded;',
    `const load = () => (loaded ??= require(${JSON.stringify('./' + d.file)}));`,
    ...exportNames(d).map((n) => `Object.defineProperty(exports, ${JSON.stringify(n)}, { enumerable: true, get: () => load()[${JSON.stringify(n)}] });`),
  ].join('\n');
}

const deferLoading = {
  name: 'defer-loading',
  setup(build) {
    // The files themselves are loaded at run time, from beside the bundle.
    const files = new RegExp(`^\\./(${deferred.map((d) => escapeRegExp(d.file)).join('|')})$`);
    build.onResolve({ filter: files }, (args) => ({ path: args.path, external: true }));
    for (const d of deferred) {
      const filter = new RegExp(`^${escapeRegExp(d.specifier)}$`);
      if (d.shim) {
        build.onResolve({ filter }, (args) => {
          if (d.importer && path.relative(__dirname, args.importer) !== d.importer) return undefined;
          return { path: d.specifier, namespace: 'lazy-shim' };
        });
      } else {
        build.onResolve({ filter }, () => ({ path: `./${d.file}`, external: true }));
      }
    }
    build.onLoad({ filter: /.*/, namespace: 'lazy-shim' }, (args) => {
      const d = deferred.find((x) => x.specifier === args.path);
      return { contents: lazyShim(d), loader: 'js', resolveDir: __dirname };
    });
  },
};

const entries = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [deferLoading],
    // Minified always (the benchmark and the .vsix use this build); the source map stays a separate
    // file that .vscodeignore's allow-list keeps out of the package.
    minify: true,
    sourcemap: true,
  },
  // The deferred packages, one bundle each, minified like the extension.
  ...deferred.filter((d) => !d.json).map((d) => ({
    ...common,
    entryPoints: [d.source ?? require.resolve(d.specifier)],
    // A deferred source module leaves the other deferred packages to their own files too.
    plugins: d.source ? [deferLoading] : [],
    outfile: `dist/${d.file}`,
    minify: true,
    sourcemap: false,
  })),
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Analysis runs in worker threads (extension and CLI); the worker is its own bundle beside them.
  { ...common, entryPoints: ['src/core/analysis/worker.ts'], outfile: 'dist/analysisWorker.js' },
  // The Corpus Overview webview's script (ECharts included): a browser bundle, loaded from dist/ by the panel.
  {
    ...common,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['src/features/overview/webview/main.ts'],
    outfile: 'dist/overview.js',
    // ECharts' development warnings (`__DEV__`) are dead code in the panel.
    define: { __DEV__: 'false' },
    minify: true,
    sourcemap: false,
  },
];

/** The deferred JSON files (see `deferred`), each a module exporting the parsed file. */
function writeDeferredJson() {
  for (const d of deferred.filter((x) => x.json)) {
    const text = JSON.stringify(JSON.parse(fs.readFileSync(path.join(__dirname, d.json), 'utf8')));
    fs.writeFileSync(path.join(__dirname, 'dist', d.file), `module.exports = JSON.parse(${JSON.stringify(text)});\n`);
  }
}

async function main() {
  copyWasm();
  writeDeferredJson();
  if (watch) {
    for (const e of entries) (await esbuild.context(e)).watch();
    return;
  }
  await Promise.all(entries.map((e) => esbuild.build(e)));
  fs.chmodSync(path.join(__dirname, 'dist/cli.js'), 0o755);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
