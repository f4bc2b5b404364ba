import * as path from 'path';
import * as vscode from 'vscode';

export type SaveDialog = (options: vscode.SaveDialogOptions) => Thenable<vscode.Uri | undefined>;

const FILTERS: Record<'png' | 'svg' | 'csv', Record<string, string[]>> = {
  png: { 'PNG': ['png'] },
  svg: { 'SVG': ['svg'] },
  csv: { 'CSV': ['csv'] },
};

/**
 * Asks where to save (the reader's explicit export) and writes the file. Returns the file written, or
 * undefined when the dialog was cancelled. `ask` is `vscode.window.showSaveDialog` unless a test
 * replaced it (see `OverviewApi.setSaveDialog`).
 */
export async function saveExport(ask: SaveDialog, name: string, kind: 'png' | 'svg' | 'csv', bytes: Uint8Array): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await ask({
    title: vscode.l10n.t('Export from the Corpus Overview'),
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: FILTERS[kind],
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, bytes);
  return target;
}

/** `corpus-timeline-2024-05-01.png`: a name that sorts and says what it holds. */
export function exportName(what: string, ext: string, now = new Date()): string {
  const safe = what.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `corpus-${safe}-${now.toISOString().slice(0, 10)}.${ext}`;
}

export function pictureBytes(format: 'png' | 'svg', data: string): Uint8Array {
  if (format === 'png') return Buffer.from(data.slice(data.indexOf(',') + 1), 'base64');
  return Buffer.from(data.startsWith('<?xml') ? data : `<?xml version="1.0" encoding="UTF-8"?>\n${data}`, 'utf8');
}

export function showExported(uri: vscode.Uri): void {
  const reveal = vscode.l10n.t('Reveal in Explorer');
  void vscode.window.showInformationMessage(vscode.l10n.t('Saved {0}', path.basename(uri.fsPath)), reveal).then((choice) => {
    if (choice === reveal) void vscode.commands.executeCommand('revealFileInOS', uri);
  });
}
