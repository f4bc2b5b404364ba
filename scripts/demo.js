#!/usr/bin/env node
// `npm run demo`: builds the extension and opens the bundled samples/ in VS Code with it loaded.
// - Desktop VS Code (`code` on PATH): a new window with this checkout as the development extension.
// - Otherwise: a local code-server on 127.0.0.1 (installed by scripts/setup-vscode.sh into the cache
//   folder) with the freshly packaged .vsix installed; prints the URL and runs until Ctrl-C.
// Environment: ZHENGWU_DEMO_WEB=1 forces code-server even where `code` exists;
// ZHENGWU_DEMO_PORT picks the port (default 8080, or a free one when 8080 is taken).
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { paths, readVsCodeSetup } = require('./lib/paths');
const { makeRunDir, prepareDirs, startCodeServer, installVsix } = require('./lib/code-server');
const { onCleanup, runCleanup } = require('./lib/cleanup');

function run(command, args) {
  const r = spawnSync(command, args, { cwd: paths.repoRoot, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n[demo] \`${[command, ...args].join(' ')}\` failed`);
    process.exit(r.status || 1);
  }
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

function openDesktop() {
  console.log('[demo] opening samples/ in desktop VS Code with the development extension');
  const child = spawn('code', ['--new-window', `--extensionDevelopmentPath=${paths.repoRoot}`, paths.samplesDir], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function openCodeServer() {
  run('npm', ['run', '--silent', 'package']);
  let setup = readVsCodeSetup();
  if (!setup) {
    console.log('[demo] setting up code-server (first run only; a few minutes)');
    run('bash', [paths.setupScript]);
    setup = readVsCodeSetup();
  }
  // Settings and installed extension persist between demo runs; sockets and caches do not.
  const demoDir = path.join(paths.cacheDir, 'demo');
  const runDir = makeRunDir('zwd-');
  const removeRunDir = () => fs.rmSync(runDir, { recursive: true, force: true });
  onCleanup(removeRunDir, removeRunDir);
  const dirs = prepareDirs(runDir, {
    userDataDir: path.join(demoDir, 'user-data'),
    extensionsDir: path.join(demoDir, 'extensions'),
    settings: { 'editor.wordWrap': 'on' },
  });
  installVsix(setup, dirs, paths.vsix);

  const wanted = Number(process.env.ZHENGWU_DEMO_PORT) || 8080;
  const port = (await portFree(wanted)) ? wanted : undefined;
  const server = await startCodeServer({ setup, dirs, port, folder: paths.samplesDir });
  const url = `${server.origin}/?folder=${encodeURIComponent(paths.samplesDir)}`;
  console.log(`\n[demo] Zhengwu Lens is running in code-server ${setup.codeServerVersion}.`);
  console.log(`[demo] Open: ${url}`);
  console.log(`[demo] Server log: ${dirs.log}. Press Ctrl-C to stop.`);

  await new Promise((resolve) => {
    const poll = setInterval(() => {
      const exited = server.exited();
      if (exited) {
        clearInterval(poll);
        console.error(`[demo] code-server stopped (code ${exited.code}):\n${server.logTail(20)}`);
        resolve();
      }
    }, 1000);
  });
  await runCleanup();
  process.exit(1);
}

run('npm', ['run', '--silent', 'build']);
if (onPath('code') && !process.env.ZHENGWU_DEMO_WEB) openDesktop();
else openCodeServer().catch(async (err) => {
  await runCleanup();
  console.error(`[demo] ${err.message}`);
  process.exit(1);
});
