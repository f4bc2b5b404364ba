import * as vscode from 'vscode';
import type { Prepared } from '../../core/text';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import { isViewUri } from '../../platform/preparedDocuments';
import { spanToRange } from '../../platform/ranges';
import type { Services } from '../../services';
import { originalOf } from '../simplifiedView/viewUri';
import { scriptDescription, statusText } from './summary';

export interface StatusBarApi {
  /** The status item's current text, for tests and the UI check. */
  text(): string | undefined;
}

export function register(context: vscode.ExtensionContext, services: Services): StatusBarApi {
  const { config, prepared } = services;
  const item = vscode.window.createStatusBarItem('zhengwu.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Zhengwu Lens';
  item.command = 'zhengwu.explainStatus';
  let generation = 0;

  /** The prepared form behind an editor: for a Simplified view, its original's. */
  const preparedFor = async (doc: vscode.TextDocument): Promise<Prepared | undefined> => {
    const original = originalOf(doc.uri);
    if (original) return prepared.forUri(original);
    return isCorpusDocument(doc, config.current) ? prepared.get(doc) : undefined;
  };

  const update = async () => {
    const mine = ++generation;
    const editor = vscode.window.activeTextEditor;
    let p: Prepared | undefined;
    try {
      p = editor && config.current.statusBar.enabled ? await preparedFor(editor.document) : undefined;
    } catch (err) {
      services.log.warn(`Status bar: ${String(err)}`);
    }
    if (mine !== generation) return;
    const text = p && statusText(p);
    if (!text) {
      item.hide();
      return;
    }
    item.text = `$(book) ${text}`;
    item.tooltip = new vscode.MarkdownString(
      [scriptDescription(p!), vscode.l10n.t('Click for details.')].map((l) => escapeMarkdown(l)).join('\n\n'),
    );
    item.show();
  };

  let timer: NodeJS.Timeout | undefined;
  const debounced = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 250);
  };

  context.subscriptions.push(
    item,
    { dispose: () => clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) debounced();
    }),
    services.config.onDidChange(() => void update()),
    vscode.commands.registerCommand('zhengwu.explainStatus', () => explain(services)),
  );
  void update();
  return { text: () => (item.text ? item.text.replace(/^\$\([^)]*\)\s*/, '') : undefined) };
}

interface SpanItem extends vscode.QuickPickItem {
  start?: number;
  end?: number;
}

/** Lists what conversion and cleaning did; picking a corrupt span jumps to it. */
async function explain(services: Services): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const original = originalOf(editor.document.uri);
  const p = original ? await services.prepared.forUri(original) : services.prepared.get(editor.document);
  const inView = isViewUri(editor.document.uri);
  const items: SpanItem[] = [
    { label: `$(symbol-text) ${statusText(p) ?? vscode.l10n.t('No Chinese text')}`, detail: scriptDescription(p) },
    {
      label: vscode.l10n.t('$(wand) {0} pinyin annotations removed, {1} paragraph indents restored', p.cleaning.pinyinRemoved, p.cleaning.spacesRestored),
      detail: p.converted ? vscode.l10n.t('Converted Traditional → Simplified with OpenCC tables t → cn (no phrase rewriting).') : vscode.l10n.t('No script conversion was needed.'),
    },
  ];
  if (p.cleaning.corrupt.length > 0) items.push({ label: vscode.l10n.t('Corrupt spans (kept as they are)'), kind: vscode.QuickPickItemKind.Separator });
  for (const c of p.cleaning.corrupt) {
    const span = inView ? c : p.map.spanToSource(c);
    const at = editor.document.positionAt(span.start);
    items.push({
      label: `$(warning) ${vscode.l10n.t('Line {0}', at.line + 1)}: ${c.text}`,
      detail: c.message,
      start: span.start,
      end: span.end,
    });
  }
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Zhengwu Lens: what cleaning did'), matchOnDetail: true });
  if (pick?.start !== undefined && pick.end !== undefined) {
    const range = spanToRange(editor.document, { start: pick.start, end: pick.end });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
