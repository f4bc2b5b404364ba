import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext) {
  return {};
}

export function deactivate() {}
