/**
 * Loaded by the VS Code extension host as `extensionTestsPath` (bench/extension/host.ts starts it):
 *  - activationMs: the extension host's own performance marks for this extension, counted as VS Code's
 *    Running Extensions view counts "Activation": loading dist/extension.js (`willLoadExtensionCode` →
 *    `didLoadExtensionCode`) plus the `activate()` call (`willActivateExtension` →
 *    `didActivateExtension`). The host's preparation of the extension context in between (storage,
 *    mementos: VS Code's work, not the extension's) is reported as hostContextMs. The workbench had
 *    activated the extension before the tests ran, so the marks, not a stopwatch here, measure it;
 *  - openToDecoratedMs: from `showTextDocument(report)` until the extension reports decorations on the
 *    report's Simplified view (polled every 5 ms; `decorationCounts` counts what the extension handed to
 *    `setDecorations`, so the workbench's painting is not in it). First Traditional report (cold: the
 *    analysis worker starts) and the next ones (warm).
 * Results go to $ZHENGWU_BENCH_OUT as JSON.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ZhengwuApi } from '../../src/extension';

const EXTENSION_ID = 'zhengwu-lens.zhengwu-lens';

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function until<T>(what: string, check: () => T | undefined, ms = 30_000): Promise<T> {
  const deadline = performance.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(5);
  }
}

interface Opened {
  /** Until decorations are on the Simplified view. */
  ms: number;
  /** Until the Simplified view was the active editor (part of `ms`). */
  viewMs: number;
  decorations: number;
}

async function openToDecorated(zw: ZhengwuApi, file: string): Promise<Opened> {
  const uri = vscode.Uri.file(file);
  const t0 = performance.now();
  await vscode.window.showTextDocument(uri);
  const view = await until(`the Simplified view of ${path.basename(file)}`, () => {
    const e = vscode.window.activeTextEditor;
    return e && zw.originalOf(e.document.uri)?.toString() === uri.toString() ? e : undefined;
  });
  const viewMs = performance.now() - t0;
  const decorations = await until(`decorations on ${path.basename(file)}`, () => {
    const total = Object.values(zw.decorationCounts(view.document.uri) ?? {}).reduce((a, b) => a + b, 0);
    return total > 0 ? total : undefined;
  });
  const ms = performance.now() - t0;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  return { ms, viewMs, decorations };
}

interface Mark {
  name: string;
  startTime: number;
}

/** VS Code's performance marks, kept by the extension host process in a global (vs/base/common/performance). */
function activationMarks(): { activationMs: number; codeLoadingMs: number; activateCallMs: number; hostContextMs: number } {
  const perf = (globalThis as { MonacoPerformanceMarks?: { getMarks(): Mark[] } }).MonacoPerformanceMarks;
  if (!perf) throw new Error('the extension host keeps no performance marks (globalThis.MonacoPerformanceMarks)');
  const marks = perf.getMarks();
  const at = (what: string) => {
    const m = marks.find((x) => x.name === `code/extHost/${what}/${EXTENSION_ID}`);
    if (!m) throw new Error(`no ${what} mark for ${EXTENSION_ID}`);
    return m.startTime;
  };
  const codeLoadingMs = at('didLoadExtensionCode') - at('willLoadExtensionCode');
  const activateCallMs = at('didActivateExtension') - at('willActivateExtension');
  return { activationMs: codeLoadingMs + activateCallMs, codeLoadingMs, activateCallMs, hostContextMs: at('willActivateExtension') - at('didLoadExtensionCode') };
}

export async function run(): Promise<void> {
  const out = process.env.ZHENGWU_BENCH_OUT;
  const reports: string[] = JSON.parse(process.env.ZHENGWU_BENCH_REPORTS ?? '[]');
  if (!out) throw new Error('ZHENGWU_BENCH_OUT is not set');
  const result: Record<string, unknown> = {};
  try {
    const ext = vscode.extensions.getExtension<ZhengwuApi>(EXTENSION_ID);
    if (!ext) throw new Error(`${EXTENSION_ID} is not in this host`);
    const zw = ext.isActive ? ext.exports : await ext.activate();
    Object.assign(result, activationMarks());

    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    if (!folder) throw new Error('no workspace folder');
    const opened: Opened[] = [];
    for (const [i, report] of reports.entries()) {
      const file = path.join(folder, `report-${i + 1}.txt`);
      fs.copyFileSync(report, file);
      opened.push(await openToDecorated(zw, file));
    }
    result.opens = opened;
  } catch (err) {
    result.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
  }
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  if (result.error) throw new Error(String(result.error));
}
