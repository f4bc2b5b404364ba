import * as vscode from 'vscode';
import type { PreparedDocuments } from '../../platform/preparedDocuments';
import { originalOf } from './viewUri';

/**
 * Serves the read-only Simplified text of a corpus file. VS Code gives provider documents no save path,
 * so the view can never write to the user's file; it refreshes when the original changes.
 */
export class SimplifiedViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly prepared: PreparedDocuments, private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.emitter,
      vscode.workspace.onDidChangeTextDocument((e) => this.refreshViewsOf(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => this.refreshViewsOf(d.uri)),
    );
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const original = originalOf(uri);
    if (!original) return '';
    try {
      return (await this.prepared.forUri(original)).text;
    } catch (err) {
      this.log.warn(`Simplified view of ${original.fsPath}: ${String(err)}`);
      throw new Error(vscode.l10n.t('Cannot read {0}: {1}', original.fsPath, err instanceof Error ? err.message : String(err)));
    }
  }

  private refreshViewsOf(original: vscode.Uri): void {
    const key = original.toString();
    for (const doc of vscode.workspace.textDocuments) {
      if (originalOf(doc.uri)?.toString() === key) this.emitter.fire(doc.uri);
    }
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
