/**
 * Runs bench/extension/entry.ts in the real VS Code extension host, through the integration tests'
 * harness (scripts/lib: code-server + Chromium), with an empty workspace folder so that the extension
 * is not activated before the entry times it. Args: --out FILE --corpus DIR (Traditional reports to
 * open are taken from the generated corpus) [--opens 3] [--timeout SECONDS].
 */
import * as fs from 'fs';
import * as path from 'path';
import { readCorpus } from '../corpus/generate';
import { numberArg, requiredArg } from '../lib/child';
import { repoRoot } from '../../test/unit/helpers/paths';

/* eslint-disable @typescript-eslint/no-require-imports */
const lib = (name: string) => require(path.join(repoRoot, 'scripts', 'lib', name));
const { readVsCodeSetup } = lib('paths.js');
const { makeRunDir, prepareDirs, startCodeServer } = lib('code-server.js');
const { launchChromium, workbenchUrl, openPage } = lib('workbench.js');
const { onCleanup, runHarness } = lib('cleanup.js');
const { HarnessError } = lib('cli.js');

async function main(): Promise<number> {
  const out = requiredArg('out');
  const dir = requiredArg('corpus');
  const timeoutMs = numberArg('timeout', 240) * 1000;
  const entry = path.join(repoRoot, 'out', 'bench', 'extension', 'entry.js');
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new HarnessError('dist/extension.js is missing: run npm run build');
  const setup = readVsCodeSetup();
  if (!setup) throw new HarnessError('code-server/Chromium are not set up: run npm run setup:vscode');
  const manifest = readCorpus(dir);
  if (!manifest) throw new HarnessError(`no benchmark corpus in ${dir}`);
  const reports = manifest.docs
    .filter((d) => d.script === 'traditional' && d.encoding === 'utf-8')
    .slice(0, numberArg('opens', 3))
    .map((d) => path.join(dir, ...d.path.split('/')));

  const runDir = makeRunDir('zwb-');
  onCleanup(
    () => fs.rmSync(runDir, { recursive: true, force: true }),
    () => fs.rmSync(runDir, { recursive: true, force: true }),
  );
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace);
  const resultFile = path.join(runDir, 'result.json');
  const server = await startCodeServer({
    setup,
    dirs: prepareDirs(runDir),
    smokeTestDriver: true,
    env: { ZHENGWU_BENCH_OUT: resultFile, ZHENGWU_BENCH_REPORTS: JSON.stringify(reports) },
  });
  const { browser } = await launchChromium();
  let exited: (code: number) => void = () => undefined;
  const exit = new Promise<number>((r) => (exited = r));
  const page = await openPage(browser, { onLog: () => undefined, onExit: (code: number) => exited(code) });
  const url = workbenchUrl(server, {
    folder: workspace,
    payload: { extensionDevelopmentPath: server.remoteUri(repoRoot), extensionTestsPath: server.remoteUri(entry) },
  });
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new HarnessError(`no result within ${timeoutMs / 1000}s`)), timeoutMs)));
  await Promise.race([exit, timedOut]).finally(() => clearTimeout(timer));
  if (!fs.existsSync(resultFile)) throw new HarnessError(`the extension host wrote no result:\n${server.logTail(20)}`);
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  if (result.error) throw new HarnessError(`in the extension host: ${result.error}`);
  fs.writeFileSync(out, JSON.stringify({ result }, null, 2));
  return 0;
}

runHarness(main, { tag: 'bench:extension', what: 'no extension measurement', HarnessError });
