// Entry point VS Code loads as `extensionTestsPath`, both in code-server (scripts/run-integration.js)
// and in desktop VS Code (@vscode/test-electron, scripts/run-electron.js). It runs inside the
// extension host, so the tests below can use the real `vscode` API.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

/** Counts the harness reads back; written to $ZHENGWU_TEST_SUMMARY when the harness asks for it. */
export interface SuiteSummary {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

function writeSummary(summary: SuiteSummary): void {
  const file = process.env.ZHENGWU_TEST_SUMMARY;
  if (!file) return;
  try {
    fs.writeFileSync(file, JSON.stringify(summary, null, 2));
  } catch (err) {
    console.error(`could not write the test summary to ${file}: ${(err as Error).message}`);
  }
}

export function run(): Promise<void> {
  // Reporters print through console.log(format, ...args); the web workbench forwards the raw argument
  // list without applying the format, so format here and hand it one finished string.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  // Colours would arrive as escape codes in the harness log; the extension host has no TTY.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  const grep = process.env.ZHENGWU_TEST_GREP;
  if (grep) mocha.grep(grep);
  // ZHENGWU_TEST_ONLY=smoke,view loads only files whose name contains one of the words: unlike grep,
  // it also keeps other files' load errors out of a focused run.
  const only = (process.env.ZHENGWU_TEST_ONLY ?? '').split(',').map((w) => w.trim()).filter(Boolean);
  const files = findTests(__dirname).filter((f) => only.length === 0 || only.some((w) => path.basename(f).includes(w)));
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *.test.js files under ${__dirname}${only.length ? ` matching ${only.join(', ')}` : ''}: compile the tests first (npm run compile-tests)`));
      return;
    }
    const summary: SuiteSummary = { passed: 0, failed: 0, pending: 0, failures: [] };
    try {
      const runner = mocha.run(() => {
        const line = `${summary.passed} passed, ${summary.failed} failed` + (summary.pending ? `, ${summary.pending} skipped` : '');
        console.log(line);
        writeSummary(summary);
        if (summary.failed > 0) reject(new Error(`${summary.failed} integration test(s) failed`));
        else if (summary.passed === 0) reject(new Error('no integration test ran'));
        else resolve();
      });
      runner.on('pass', () => summary.passed++);
      runner.on('pending', () => summary.pending++);
      // 'fail' also fires for failing hooks, which is what we want: a broken before() is a failure.
      runner.on('fail', (test, err) => {
        summary.failed++;
        summary.failures.push({ title: test.fullTitle(), error: String((err && err.stack) || err) });
      });
    } catch (err) {
      // A test file that throws while loading (syntax error, missing module) lands here.
      writeSummary({ ...summary, failed: summary.failed + 1, failures: [{ title: 'loading the test files', error: String((err as Error).stack || err) }] });
      reject(err);
    }
  });
}
