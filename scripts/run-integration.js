#!/usr/bin/env node
// Runs test/integration (compiled to out/) inside a real VS Code extension host: code-server serves
// the workbench, Chromium loads it with extensionDevelopmentPath = this repo and extensionTestsPath =
// out/test/integration/index.js, and the workbench reports the suite's result back to us.
//
// Builds nothing: expects `npm run build` (dist/) and `npm run compile-tests` (out/).
// Exit codes: 0 suite passed, 1 tests failed, 2 the harness itself failed (no verdict on the tests).
//
// Options: --summary FILE (write {passed, failed, pending} for scripts/test-all.js), --grep TEXT
// (mocha grep on test titles), --only WORDS (comma-separated: load only test files whose name
// contains one of them),
// --timeout SECONDS (whole run, default 900), --verbose (show code-server and browser output),
// --keep (keep the temporary run folder).
const fs = require('fs');
const path = require('path');
const { paths, readVsCodeSetup } = require('./lib/paths');
const { makeRunDir, prepareDirs, startCodeServer } = require('./lib/code-server');
const { launchChromium, workbenchUrl, openPage } = require('./lib/workbench');
const { copySamples } = require('./lib/workspace');
const { onCleanup, runHarness } = require('./lib/cleanup');
const { parseArgs, HarnessError } = require('./lib/cli');

const args = parseArgs(process.argv.slice(2), { summary: 'string', grep: 'string', only: 'string', timeout: 'number', verbose: 'flag', keep: 'flag' });
const timeoutMs = (args.timeout || 900) * 1000;

function preflight() {
  const missing = [
    [paths.extensionBundle, 'npm run build'],
    [paths.integrationIndex, 'npm run compile-tests'],
  ].filter(([file]) => !fs.existsSync(file));
  if (missing.length) {
    throw new HarnessError(missing.map(([f, cmd]) => `${path.relative(paths.repoRoot, f)} is missing: run \`${cmd}\``).join('\n'));
  }
  const setup = readVsCodeSetup();
  if (!setup) throw new HarnessError(`code-server/Chromium are not set up in ${paths.cacheDir}: run \`npm run setup:vscode\``);
  return setup;
}

/** Resolves with the first of: the workbench's exit report, a browser crash, the server dying, the time-out. */
function waitForVerdict(server, browser, exitReport) {
  let timer;
  let poll;
  const failure = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new HarnessError(`no result from the extension host within ${timeoutMs / 1000}s (global time-out; --timeout SECONDS to change)`)),
      timeoutMs,
    );
    poll = setInterval(() => {
      const exited = server.exited();
      if (exited) reject(new HarnessError(`code-server exited during the run (code ${exited.code}, signal ${exited.signal}):\n${server.logTail(30)}`));
    }, 500);
    browser.on('disconnected', () => reject(new HarnessError('Chromium disconnected (crashed or was killed) before the suite finished')));
  });
  return Promise.race([exitReport, failure]).finally(() => {
    clearTimeout(timer);
    clearInterval(poll);
  });
}

/**
 * Connection and start-up chatter of the web workbench, and failures of lookups this machine cannot
 * make (the extension gallery, GitHub sign-in): hidden unless --verbose, never counted.
 */
const CHATTER = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^\[AgentHost/,
  /^\[AccountPolicyGate\]/,
  /^\[DefaultAccount\]/,
  /^Creation of workbench contribution/,
  /^Canceled: Canceled/, // the workbench disposing its extension hosts after the run
  /ENOTFOUND open-vsx\.org/,
  /authentication provider 'github'/,
];
const isWorkbenchChatter = (text) => CHATTER.some((re) => re.test(text));

function saveHostLogs(logs) {
  if (!Array.isArray(logs) || logs.length === 0) return null;
  const dir = path.join(paths.resultsDir, 'integration-logs');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const { relativePath, contents } of logs) {
    const file = path.join(dir, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
  return dir;
}

async function main() {
  const setup = preflight();
  const runDir = makeRunDir('zwi-');
  if (!args.keep) {
    const removeRunDir = () => fs.rmSync(runDir, { recursive: true, force: true });
    onCleanup(removeRunDir, removeRunDir);
  }
  const workspace = copySamples(runDir);
  const summaryFile = path.join(runDir, 'summary.json');
  const dirs = prepareDirs(runDir);

  console.log(`[integration] code-server ${setup.codeServerVersion} (Node ${setup.nodeVersion}), workspace: copy of samples/ in ${runDir}`);
  const server = await startCodeServer({
    setup,
    dirs,
    smokeTestDriver: true, // without it the built workbench ignores extensionTestsPath in the payload
    env: {
      ZHENGWU_TEST_SUMMARY: summaryFile,
      ...(args.grep ? { ZHENGWU_TEST_GREP: args.grep } : {}),
      ...(args.only ? { ZHENGWU_TEST_ONLY: args.only } : {}),
    },
    echo: args.verbose,
  });
  console.log(`[integration] code-server ready at ${server.origin}`);

  const { browser } = await launchChromium();
  let resolveExit;
  const exitReport = new Promise((r) => (resolveExit = r));
  const page = await openPage(browser, {
    onLog: (level, message) => {
      // The workbench's own log and the extension host's console (the mocha report) arrive here.
      const text = String(message).replace(/\n$/, '');
      if (!args.verbose && isWorkbenchChatter(text)) return;
      // One stream keeps the report in order; errors are marked so they stand out in CI logs.
      console.log(level === 'error' ? `[workbench error] ${text}` : text);
    },
    onExit: (code, logs) => resolveExit({ code, logs }),
    onPageError: args.verbose ? (err) => console.error(`[page error] ${err.message}`) : undefined,
  });
  if (args.verbose) page.on('console', (m) => console.error(`[browser ${m.type()}] ${m.text()}`));

  const url = workbenchUrl(server, {
    folder: workspace,
    payload: {
      extensionDevelopmentPath: server.remoteUri(paths.repoRoot),
      extensionTestsPath: server.remoteUri(paths.integrationIndex),
    },
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const { code, logs } = await waitForVerdict(server, browser, exitReport);

  let summary = null;
  try {
    summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  } catch {
    /* the suite never got to write it: decided below */
  }
  if (args.summary) fs.writeFileSync(args.summary, JSON.stringify(summary ?? { passed: 0, failed: 0, pending: 0, harnessError: true }, null, 2));

  if (!summary) {
    const logDir = saveHostLogs(logs);
    throw new HarnessError(
      `the extension host ended (exit code ${code}) without reporting results: out/test/integration/index.js ` +
        `failed to load, found no test files, or the extension host crashed (see the errors above).` +
        `${logDir ? ` Workbench and extension host logs: ${logDir}` : ''}`,
    );
  }
  if (summary.passed + summary.failed === 0) {
    throw new HarnessError('no integration test ran: the suite is empty or --grep/--only excluded every test');
  }
  if (code !== 0 && summary.failed === 0) {
    saveHostLogs(logs);
    throw new HarnessError(`the suite reported ${summary.passed} passed, 0 failed, but the workbench exited with code ${code}`);
  }
  console.log(`[integration] ${summary.failed === 0 ? 'PASSED' : 'FAILED'}: ${summary.passed} passed, ${summary.failed} failed, ${summary.pending} skipped`);
  return summary.failed === 0 ? 0 : 1;
}

runHarness(main, { tag: 'integration', what: 'the tests did not produce a verdict', summaryFile: args.summary, HarnessError });
