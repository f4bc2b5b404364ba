// Starts code-server (a full VS Code whose Node extension host runs server-side) for one test run or
// demo, isolated from the machine's own VS Code state, and guarantees it is stopped again.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');
const { onCleanup } = require('./cleanup');

/** Settings a reader or a test must not have to click away: start-up editors, trust, AI, telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'window.commandCenter': false,
  'files.hotExit': 'off',
  // Tests look at dirty buffers: nothing may be saved behind their back.
  'files.autoSave': 'off',
};

/**
 * A fresh run folder with a SHORT path: VS Code puts unix sockets under TMPDIR and a socket path
 * may not exceed 108 bytes, so os.tmpdir()-based deep paths are not safe.
 */
function makeRunDir(prefix = 'zw-') {
  const base = fs.existsSync('/tmp') ? '/tmp' : os.tmpdir();
  return fs.mkdtempSync(path.join(base, prefix));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function isolatedEnv(dirs, extraEnv) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Variables of an enclosing VS Code (its terminal sets VSCODE_IPC_HOOK_CLI, which turns
    // code-server into a client of that window) or Electron must not reach the server.
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) continue;
    env[k] = v;
  }
  return {
    ...env,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    ...extraEnv,
  };
}

/**
 * Folders of one code-server instance; user data and extensions may be shared (the demo keeps them).
 * `settings` are added to the user settings (e.g. word wrap for reading long report paragraphs).
 */
function prepareDirs(runDir, { userDataDir, extensionsDir, settings = {} } = {}) {
  const dirs = {
    runDir,
    userData: userDataDir || path.join(runDir, 'user-data'),
    extensions: extensionsDir || path.join(runDir, 'extensions'),
    tmp: path.join(runDir, 't'),
    xdgConfig: path.join(runDir, 'xdg-config'),
    xdgData: path.join(runDir, 'xdg-data'),
    xdgCache: path.join(runDir, 'xdg-cache'),
    config: path.join(runDir, 'code-server.yaml'),
    log: path.join(runDir, 'code-server.log'),
  };
  for (const d of [dirs.userData, dirs.extensions, dirs.tmp, dirs.xdgConfig, dirs.xdgData, dirs.xdgCache]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2) + '\n');
  // An explicit config keeps code-server from creating ~/.config/code-server/config.yaml with a password.
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

/** Installs a .vsix into the instance's extensions folder (code-server's own CLI, no server started). */
function installVsix(setup, dirs, vsix) {
  execFileSync(
    setup.nodeBinary,
    [setup.codeServerEntry, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData,
      '--install-extension', vsix, '--force'],
    { env: isolatedEnv(dirs), stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 },
  );
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function healthy(origin) {
  return new Promise((resolve) => {
    const req = http.get(`${origin}/healthz`, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server on 127.0.0.1 in its own process group and waits until /healthz answers.
 * Options: setup (from readVsCodeSetup), dirs (from prepareDirs), port (default: a free one),
 * smokeTestDriver (needed for extensionDevelopmentPath/extensionTestsPath in the URL payload),
 * env (extra variables; the extension host inherits the server's environment), folder (positional
 * workspace), echo (also copy the server's output to this process's stderr).
 * Returns { origin, port, pid, dirs, remoteUri(absPath), stop() }.
 */
async function startCodeServer({ setup, dirs, port, smokeTestDriver = false, env = {}, folder, echo = false, startTimeoutMs = 60_000 }) {
  port = port || (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    setup.codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--config', dirs.config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--reconnection-grace-time', '5',
  ];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (folder) args.push(folder);

  const logFd = fs.openSync(dirs.log, 'a');
  // detached = setsid(): the server and its watchers/extension hosts form one group killed together.
  const child = spawn(setup.nodeBinary, args, {
    cwd: dirs.runDir,
    env: isolatedEnv(dirs, env),
    detached: true,
    stdio: ['ignore', echo ? 'pipe' : logFd, echo ? 'pipe' : logFd],
  });
  if (echo) {
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        fs.appendFileSync(dirs.log, chunk);
        process.stderr.write(chunk);
      });
    }
  }
  fs.closeSync(logFd);

  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      /* group already gone */
    }
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unregister();
    killGroup('SIGTERM');
    for (let i = 0; i < 50 && groupAlive(child.pid); i++) await delay(100);
    if (groupAlive(child.pid)) killGroup('SIGKILL');
  };
  const unregister = onCleanup(stop, () => killGroup('SIGKILL'));

  const deadline = Date.now() + startTimeoutMs;
  while (!(await healthy(origin))) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during start (code ${exited.code}, signal ${exited.signal}). Last lines of ${dirs.log}:\n${tail(dirs.log)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${origin}/healthz within ${startTimeoutMs / 1000}s. Last lines of ${dirs.log}:\n${tail(dirs.log)}`);
    }
    await delay(250);
  }

  return {
    origin,
    port,
    pid: child.pid,
    dirs,
    /** A URI the workbench resolves on the server: paths in payloads must use the remote authority. */
    remoteUri: (absPath) => `vscode-remote://127.0.0.1:${port}${encodeURI(absPath)}`,
    exited: () => exited,
    logTail: (n) => tail(dirs.log, n),
    stop,
  };
}

/** True while any process of the group is alive (signal 0 probes without killing). */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

module.exports = { makeRunDir, prepareDirs, startCodeServer, installVsix, USER_SETTINGS };
