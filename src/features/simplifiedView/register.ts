import * as vscode from 'vscode';
import type { Prepared } from '../../core/text';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import { VIEW_SCHEME } from '../../platform/preparedDocuments';
import { rangeToSpan, spanToRange } from '../../platform/ranges';
import { replaceTab } from '../../platform/tabs';
import type { Services } from '../../services';
import { SimplifiedViewProvider } from './contentProvider';
import { originalOf, toViewUri } from './viewUri';

/** Whether opening this document should put a cleaned Simplified text in front of the reader. */
export function needsConversion(p: Prepared): boolean {
  return p.converted || p.cleaning.pinyinRemoved > 0 || p.cleaning.spacesRestored > 0;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  const { config, prepared, log } = services;
  const provider = new SimplifiedViewProvider(prepared, log);
  // Originals the reader asked to see: they stay raw until "Open Simplified View" is used again.
  const keepOriginal = new Set<string>();
  // In edit mode each document is converted once per session; undo brings the original back.
  const editedOnOpen = new Set<string>();
  const inFlight = new Set<string>();

  /**
   * Called when a document is opened, before the workbench has built its editor (which takes from a
   * tenth of a second to over a second in a loaded browser workbench). If that editor is going to be
   * replaced by the Simplified view, the view's document is requested now (a round trip through the
   * workbench to this extension's provider) and the analysis its decorations need starts on the worker,
   * so both run while the original's editor is still being built. `openView` then finds the document
   * already open (VS Code joins the two requests), and the decorations of both tabs share one analysis.
   * A document opened without an editor (by another extension, a search) costs one preparation, cached
   * for the status bar and diagnostics anyway, and a view document the workbench disposes of unused.
   */
  const prefetch = (doc: vscode.TextDocument) => {
    if (config.current.convertOnOpen !== 'view' || doc.uri.scheme === VIEW_SCHEME) return;
    const key = doc.uri.toString();
    if (keepOriginal.has(key) || !isCorpusDocument(doc, config.current)) return;
    let p: Prepared;
    try {
      p = prepared.get(doc);
    } catch {
      return; // onVisible reports it if the document is shown.
    }
    if (!needsConversion(p)) return;
    vscode.workspace.openTextDocument(toViewUri(doc.uri)).then(undefined, (err) => log.debug(`Opening the Simplified view of ${doc.uri.fsPath} early: ${String(err)}`));
    void services.analysis.insight(doc);
  };

  const openView = async (editor: vscode.TextEditor) => {
    const p = prepared.get(editor.document);
    const sel = editor.selection;
    const start = p.map.toTarget(editor.document.offsetAt(sel.start));
    const viewUri = toViewUri(editor.document.uri);
    const viewDoc = await vscode.workspace.openTextDocument(viewUri);
    const at = viewDoc.positionAt(start);
    return replaceTab(editor, viewUri, new vscode.Range(at, at));
  };

  const convertInPlace = async (document: vscode.TextDocument) => {
    const p = prepared.get(document);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), p.text);
    await vscode.workspace.applyEdit(edit);
  };

  /** `opened`: these editors were just shown. A settings change only re-checks views, never edits buffers. */
  const onVisible = async (editors: readonly vscode.TextEditor[], opened = true) => {
    const mode = config.current.convertOnOpen;
    if (mode === 'off' || (mode === 'edit' && !opened)) return;
    for (const editor of editors) {
      const doc = editor.document;
      const key = doc.uri.toString();
      if (inFlight.has(key) || keepOriginal.has(key) || !isCorpusDocument(doc, config.current)) continue;
      if (mode === 'edit' && editedOnOpen.has(key)) continue;
      let p: Prepared;
      try {
        p = prepared.get(doc);
      } catch (err) {
        log.error(`Preparing ${doc.uri.fsPath} failed: ${String(err)}`);
        continue;
      }
      if (!needsConversion(p)) continue;
      inFlight.add(key);
      try {
        if (mode === 'edit') {
          editedOnOpen.add(key);
          await convertInPlace(doc);
        } else {
          await openView(editor);
        }
      } catch (err) {
        log.error(`Converting ${doc.uri.fsPath} on open failed: ${String(err)}`);
      } finally {
        inFlight.delete(key);
      }
    }
  };

  const updateContext = (editor: vscode.TextEditor | undefined) => {
    const doc = editor?.document;
    const canView = !!doc && doc.uri.scheme !== VIEW_SCHEME && isCorpusDocument(doc, config.current);
    void vscode.commands.executeCommand('setContext', 'zhengwu.canOpenSimplifiedView', canView);
  };

  context.subscriptions.push(
    provider,
    vscode.workspace.registerTextDocumentContentProvider(VIEW_SCHEME, provider),
    vscode.workspace.onDidOpenTextDocument(prefetch),
    vscode.window.onDidChangeVisibleTextEditors((editors) => void onVisible(editors)),
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    config.onDidChange(() => {
      updateContext(vscode.window.activeTextEditor);
      void onVisible(vscode.window.visibleTextEditors, false);
    }),
    vscode.commands.registerCommand('zhengwu.openSimplifiedView', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      const original = originalOf(target) ?? target;
      keepOriginal.delete(original.toString());
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === original.toString());
      if (editor) return openView(editor);
      return vscode.window.showTextDocument(toViewUri(original));
    }),
    vscode.commands.registerCommand('zhengwu.showOriginal', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      const original = target && originalOf(target);
      if (!target || !original) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This editor already shows the original file.'));
        return;
      }
      keepOriginal.add(original.toString());
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
      if (!editor) return vscode.window.showTextDocument(original);
      // Keep the reader's place: the view's cursor maps back through the cleaning/conversion map.
      const p = await prepared.forUri(original);
      const span = p.map.spanToSource(rangeToSpan(editor.document, editor.selection));
      const originalDoc = await vscode.workspace.openTextDocument(original);
      return replaceTab(editor, original, spanToRange(originalDoc, { start: span.start, end: span.start }));
    }),
  );

  updateContext(vscode.window.activeTextEditor);
  void onVisible(vscode.window.visibleTextEditors);
}
