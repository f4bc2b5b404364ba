import * as vscode from 'vscode';

/** The plain text tab showing `uri` in the given column (diff and notebook tabs don't count). */
export function findTextTab(uri: vscode.Uri, column?: vscode.ViewColumn): vscode.Tab | undefined {
  const key = uri.toString();
  for (const group of vscode.window.tabGroups.all) {
    if (column !== undefined && group.viewColumn !== column) continue;
    for (const tab of group.tabs) {
      if (tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key) return tab;
    }
  }
  return undefined;
}

/**
 * Shows `next` where `current` was, then closes `current`'s tab: one tab takes the other's place
 * (same column, same preview state). A dirty document is never closed, so nothing unsaved is at risk.
 */
export async function replaceTab(current: vscode.TextEditor, next: vscode.Uri, selection?: vscode.Range): Promise<vscode.TextEditor> {
  const column = current.viewColumn;
  const wasPreview = findTextTab(current.document.uri, column)?.isPreview ?? false;
  const wasActive = vscode.window.activeTextEditor === current;
  const shown = await vscode.window.showTextDocument(next, { viewColumn: column, preview: wasPreview, preserveFocus: !wasActive, selection });
  // Tab objects go stale once the tab strip changes: look the old tab up again before closing it.
  const old = findTextTab(current.document.uri, column);
  if (old && !current.document.isDirty) {
    try {
      await vscode.window.tabGroups.close(old, true);
    } catch {
      // Closed meanwhile (by the user or another extension): nothing left to do.
    }
  }
  return shown;
}
