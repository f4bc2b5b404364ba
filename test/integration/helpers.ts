import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ZhengwuApi } from '../../src/extension';

export const EXTENSION_ID = 'zhengwu-lens.zhengwu-lens';

export async function api(): Promise<ZhengwuApi> {
  const ext = vscode.extensions.getExtension<ZhengwuApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder (a copy of samples/)');
  return folder.uri.fsPath;
}

export function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), name));
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Polls until `check` returns a truthy value; fails with `what` after `ms`. */
export async function waitFor<T>(what: string, check: () => T | undefined | false, ms = 10000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function openTabUris(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : ''))
    .filter(Boolean);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await waitFor('all editors closed', () => vscode.window.tabGroups.all.every((g) => g.tabs.length === 0) || undefined);
}

/** Pinyin annotation glued after a Han character, e.g. 區(qū) — the artifact cleaning removes. */
export const PINYIN_ANNOTATION = /[\u3400-\u9fff][(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/;

/** Opens a corpus file and waits until its Simplified view (not any other editor) is the active one. */
export async function openInView(original: vscode.Uri): Promise<vscode.TextEditor> {
  const zw = await api();
  await vscode.window.showTextDocument(original);
  return waitFor(`the Simplified view of ${original.fsPath}`, () => {
    const e = vscode.window.activeTextEditor;
    return e && zw.originalOf(e.document.uri)?.toString() === original.toString() ? e : undefined;
  });
}
