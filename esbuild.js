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

const entries = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Analysis runs in worker threads (extension and CLI); the worker is its own bundle beside them.
  { ...common, entryPoints: ['src/core/analysis/worker.ts'], outfile: 'dist/analysisWorker.js' },
];

async function main() {
  copyWasm();
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
