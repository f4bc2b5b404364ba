#!/usr/bin/env node
// `npm run test:electron`: the same integration suite in desktop VS Code via @vscode/test-electron.
// It downloads VS Code (into .vscode-test/) on first use, so it only works where Microsoft's update
// servers are reachable; on machines that reach only npm and Debian, use `npm run test:integration`
// (code-server). Expects `npm run build` and `npm run compile-tests` to have run.
// Environment: ZHENGWU_VSCODE_VERSION (default "stable"; e.g. "1.90.0" to test the minimum engine),
// ZHENGWU_TEST_GREP / ZHENGWU_TEST_ONLY (passed to the suite, see test/integration/index.ts).
const fs = require('fs');
const path = require('path');
const { paths } = require('./lib/paths');
const { makeRunDir } = require('./lib/code-server');
const { copySamples } = require('./lib/workspace');

async function main() {
  for (const [file, cmd] of [[paths.extensionBundle, 'npm run build'], [paths.integrationIndex, 'npm run compile-tests']]) {
    if (!fs.existsSync(file)) {
      console.error(`${path.relative(paths.repoRoot, file)} is missing: run \`${cmd}\``);
      return 2;
    }
  }
  const { runTests } = require('@vscode/test-electron');
  const runDir = makeRunDir('zwe-');
  const workspace = copySamples(runDir);
  const summaryFile = path.join(runDir, 'summary.json');
  const passThrough = Object.fromEntries(
    ['ZHENGWU_TEST_GREP', 'ZHENGWU_TEST_ONLY'].filter((k) => process.env[k]).map((k) => [k, process.env[k]]),
  );
  try {
    await runTests({
      version: process.env.ZHENGWU_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: paths.repoRoot,
      extensionTestsPath: paths.integrationIndex,
      extensionTestsEnv: { ZHENGWU_TEST_SUMMARY: summaryFile, ...passThrough },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions must not interfere; ours still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(runDir, 'user-data'),
      ],
    });
    return 0;
  } catch (err) {
    // runTests rejects both when tests fail and when VS Code cannot be downloaded or started.
    const ran = fs.existsSync(summaryFile);
    console.error(ran ? `integration tests failed: ${err.message || err}` : `HARNESS FAILURE: VS Code did not run the suite: ${err.message || err}`);
    return ran ? 1 : 2;
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));
