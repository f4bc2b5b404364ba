import * as vscode from 'vscode';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import { spanToRange } from '../../platform/ranges';
import type { Services } from '../../services';
import { originalOf } from '../simplifiedView/viewUri';

/**
 * Text that cleaning could not recover (mojibake runs, U+FFFD, orphan pinyin) stays in the document and
 * shows up in the Problems panel, so the reader knows where the scrape lost characters.
 */
export function register(context: vscode.ExtensionContext, services: Services): void {
  const collection = vscode.languages.createDiagnosticCollection('zhengwu');
  const timers = new Map<string, NodeJS.Timeout>();

  const update = async (doc: vscode.TextDocument) => {
    const original = originalOf(doc.uri);
    if (!original && !isCorpusDocument(doc, services.config.current)) return;
    try {
      const p = original ? await services.prepared.forUri(original) : services.prepared.get(doc);
      const diagnostics = p.cleaning.corrupt.map((c) => {
        const span = original ? c : p.map.spanToSource(c);
        const d = new vscode.Diagnostic(spanToRange(doc, span), c.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'Zhengwu Lens';
        d.code = c.kind;
        return d;
      });
      collection.set(doc.uri, diagnostics);
    } catch (err) {
      services.log.warn(`Corrupt-text diagnostics for ${doc.uri.toString(true)}: ${String(err)}`);
    }
  };

  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => void update(doc), 300));
  };

  context.subscriptions.push(
    collection,
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.workspace.onDidOpenTextDocument((d) => void update(d)),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
  );
  for (const doc of vscode.workspace.textDocuments) void update(doc);
}
