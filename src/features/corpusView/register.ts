import * as path from 'path';
import * as vscode from 'vscode';
import type { EntryQuery } from '../../core/corpus';
import type { Span } from '../../core/text/types';
import { revealPreparedSpan } from '../simplifiedView/reveal';
import type { Services } from '../../services';
import { originalOf } from '../simplifiedView/viewUri';
import type { CorpusNode } from './nodes';
import { CorpusTreeProvider, type Grouping } from './provider';

export interface CorpusViewApi {
  corpus: CorpusTreeProvider;
  officials: CorpusTreeProvider;
}

/** Parses the filter box: words, and an optional date range `2023-01..2023-12` (either end may be open). */
export function parseFilter(input: string): EntryQuery {
  const range = /(\d{4}(?:-\d{2}){0,2})?\s*\.\.\s*(\d{4}(?:-\d{2}){0,2})?/.exec(input);
  const text = (range ? input.replace(range[0], ' ') : input).trim();
  return { text: text || undefined, from: range?.[1], to: range?.[2] };
}

/** The Corpus and Officials views in the Zhengwu activity-bar container, and the corpus status item. */
export function register(context: vscode.ExtensionContext, services: Services): CorpusViewApi {
  const corpus = services.corpus;
  const byPlace = new CorpusTreeProvider(corpus, 'locality', services.reuse);
  const byPerson = new CorpusTreeProvider(corpus, 'official');
  const corpusView = vscode.window.createTreeView('zhengwu.corpus', { treeDataProvider: byPlace, showCollapseAll: true });
  const officialsView = vscode.window.createTreeView('zhengwu.officials', { treeDataProvider: byPerson, showCollapseAll: true });
  const status = vscode.window.createStatusBarItem('zhengwu.corpusStatus', vscode.StatusBarAlignment.Left, 50);
  status.name = vscode.l10n.t('Zhengwu Lens corpus');
  status.command = 'zhengwu.corpus.focus';

  const describe = () => {
    const index = corpus.peek();
    const state = corpus.state;
    if (!index) return status.hide();
    const size = index.size.toLocaleString();
    if (state.kind === 'indexing' && state.total > 0) {
      status.text = `$(library) 语料 ${size} · ${vscode.l10n.t('indexing {0}%', Math.floor((state.done / state.total) * 100))}`;
    } else status.text = `$(library) 语料 ${size}`;
    status.tooltip = vscode.l10n.t('{0} documents indexed; {1} files skipped (see the output channel)', size, index.skipped().length);
    status.show();
  };

  const setGrouping = (g: Grouping) => {
    byPlace.setGrouping(g);
    void vscode.commands.executeCommand('setContext', 'zhengwu.corpusGrouping', g);
    corpusView.description = { locality: vscode.l10n.t('by locality'), date: vscode.l10n.t('by date'), official: vscode.l10n.t('by official') }[g];
  };

  const revealActive = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !corpusView.visible || !services.config.current.corpus.revealActiveDocument) return;
    const uri = originalOf(editor.document.uri) ?? editor.document.uri;
    if (uri.scheme !== 'file') return;
    const node = await byPlace.nodeOf(uri.fsPath);
    if (node) await corpusView.reveal(node, { select: true, focus: false, expand: false });
  };

  context.subscriptions.push(
    byPlace,
    byPerson,
    corpusView,
    officialsView,
    status,
    corpus.onDidChangeState(describe),
    corpus.onDidChange(describe),
    vscode.window.onDidChangeActiveTextEditor((e) => void revealActive(e).catch(() => undefined)),
    vscode.commands.registerCommand('zhengwu.corpus.groupByLocality', () => setGrouping('locality')),
    vscode.commands.registerCommand('zhengwu.corpus.groupByDate', () => setGrouping('date')),
    vscode.commands.registerCommand('zhengwu.corpus.groupByOfficial', () => setGrouping('official')),
    vscode.commands.registerCommand('zhengwu.corpus.refresh', () => corpus.refresh()),
    vscode.commands.registerCommand('zhengwu.corpus.filter', async () => {
      const current = byPlace.filter;
      const value = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter the corpus'),
        prompt: vscode.l10n.t('Words in the title, an official, a place or the path; optional date range like 2023-01..2023-12'),
        value: [current.text, current.from || current.to ? `${current.from ?? ''}..${current.to ?? ''}` : ''].filter(Boolean).join(' '),
      });
      if (value === undefined) return;
      try {
        const query = parseFilter(value);
        byPlace.setFilter(query);
        byPerson.setFilter(query);
        const active = !!(query.text || query.from || query.to);
        corpusView.message = active ? vscode.l10n.t('Filtered: {0}', value) : undefined;
        void vscode.commands.executeCommand('setContext', 'zhengwu.corpusFiltered', active);
      } catch (err) {
        void vscode.window.showErrorMessage(err instanceof Error ? err.message : String(err));
      }
    }),
    vscode.commands.registerCommand('zhengwu.corpus.clearFilter', () => {
      byPlace.setFilter({});
      byPerson.setFilter({});
      corpusView.message = undefined;
      void vscode.commands.executeCommand('setContext', 'zhengwu.corpusFiltered', false);
    }),
    vscode.commands.registerCommand('zhengwu.corpus.open', (uri: vscode.Uri) => vscode.window.showTextDocument(uri, { preview: true })),
    vscode.commands.registerCommand('zhengwu.corpus.openSimilar', (file: string, span: Span) =>
      revealPreparedSpan(vscode.Uri.file(file), span, services.prepared, services.config),
    ),
    vscode.commands.registerCommand('zhengwu.corpus.revealInExplorer', (node?: CorpusNode) => {
      if (node?.kind === 'doc') return vscode.commands.executeCommand('revealInExplorer', corpus.uriOf(node.entry));
    }),
    vscode.commands.registerCommand('zhengwu.corpus.copyPath', async (node?: CorpusNode) => {
      if (node?.kind === 'doc') await vscode.env.clipboard.writeText(corpus.uriOf(node.entry).fsPath);
    }),
    vscode.commands.registerCommand('zhengwu.openSamples', () =>
      vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(path.join(context.extensionPath, 'samples')), { forceNewWindow: true }),
    ),
  );
  void vscode.commands.executeCommand('setContext', 'zhengwu.corpusGrouping', 'locality');
  corpusView.description = vscode.l10n.t('by locality');
  return { corpus: byPlace, officials: byPerson };
}
