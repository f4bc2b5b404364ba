// Where things live for the test and demo scripts: the repo, its build outputs and the VS Code cache
// that scripts/setup-vscode.sh fills (outside git, reused across clones).
const fs = require('fs');
const os = require('os');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..');
const cacheDir = process.env.ZHENGWU_CACHE || path.join(os.homedir(), '.cache', 'zhengwu-lens');

const paths = {
  repoRoot,
  cacheDir,
  setupScript: path.join(repoRoot, 'scripts', 'setup-vscode.sh'),
  samplesDir: path.join(repoRoot, 'samples'),
  extensionBundle: path.join(repoRoot, 'dist', 'extension.js'),
  vsix: path.join(repoRoot, 'dist', 'zhengwu-lens.vsix'),
  integrationIndex: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
  resultsDir: path.join(repoRoot, 'test-results'),
};

/**
 * What setup-vscode.sh recorded, or null when the cache is missing or incomplete; a stamp whose
 * files have since vanished (a cleaned cache) counts as not ready.
 */
function readVsCodeSetup() {
  const stamp = path.join(cacheDir, 'ready.json');
  let setup;
  try {
    setup = JSON.parse(fs.readFileSync(stamp, 'utf8'));
  } catch {
    return null;
  }
  const node = path.join(setup.node, 'bin', 'node');
  if (![node, setup.codeServerEntry, setup.chromium].every((f) => fs.existsSync(f))) return null;
  return { ...setup, nodeBinary: node };
}

module.exports = { paths, readVsCodeSetup };
