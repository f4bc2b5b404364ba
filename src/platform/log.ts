import * as vscode from 'vscode';

/** One output channel for everything the extension skips, recovers from or wants to explain. */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Zhengwu Lens', { log: true });
}
