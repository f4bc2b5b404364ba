import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusEntry } from '../../core/corpus';
import type { PassageMatch } from '../../core/corpus/similar';
import type { Span } from '../../core/text/types';
import { HOVER_SELECTOR } from '../hovers/register';
import { LENS_COMMAND, SimilarLensProvider } from './lens';
import { SimilarReferenceProvider } from './references';
import { documentDate } from '../../core/corpus';
import { spanToRange } from '../../platform/ranges';
import type { Services } from '../../services';
import type { CorpusNode } from '../corpusView/nodes';
import { placeOf } from '../corpusView/nodes';
import { revealPreparedSpan } from '../simplifiedView/reveal';
import { originalOf } from '../simplifiedView/viewUri';

export interface SimilarApi {
  /** The last jump made from a similar-passage pick (for tests). */
  lastJump(): { file: string; start: number; end: number } | undefined;
}

function describe(entry: CorpusEntry | undefined, file: string): string {
  if (!entry) return path.basename(file);
  return [placeOf(entry), documentDate(entry)].filter(Boolean).join(' · ') || path.basename(file);
}

/** "Find Similar Passages" and "Show Similar Documents": where else the corpus uses this wording. */
export function register(context: vscode.ExtensionContext, services: Services): SimilarApi {
  const { reuse, corpus } = services;
  const flash = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
  });
  let last: { file: string; start: number; end: number } | undefined;

  const highlight = (editor: vscode.TextEditor, range: vscode.Range) => {
    editor.setDecorations(flash, [range]);
    setTimeout(() => editor.setDecorations(flash, []), 2500);
  };

  /** Quick pick of matches (a = this editor's document, b = another report); jumps to the chosen one. */
  const pickAndJump = async (editor: vscode.TextEditor, matches: PassageMatch[], toEditor: (s: Span) => Span) => {
    const index = corpus.peek();
    const items = [...matches]
      .sort((x, y) => y.length - x.length)
      .map((m) => {
        const entry = index?.get(m.b.id);
        return {
          label: entry?.title || path.basename(m.b.id),
          description: `${describe(entry, m.b.id)} · ${vscode.l10n.t('{0} chars, score {1}', m.length, m.score.toFixed(2))}`,
          detail: m.text.length > 120 ? m.text.slice(0, 120) + '…' : m.text,
          match: m,
        };
      });
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('{0} similar passages', items.length),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!pick) return;
    const m = pick.match;
    highlight(editor, spanToRange(editor.document, toEditor(m.a)));
    const { editor: target, range } = await revealPreparedSpan(vscode.Uri.file(m.b.id), m.b, services.prepared, services.config, vscode.ViewColumn.Beside);
    highlight(target, range);
    last = { file: m.b.id, start: m.b.start, end: m.b.end };
  };

  const findSimilar = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const file = (originalOf(editor.document.uri) ?? editor.document.uri).fsPath;
    const p = await services.prepared.forUri(originalOf(editor.document.uri) ?? editor.document.uri);
    // Selection in prepared-text offsets: a view is prepared text already; a raw file maps through.
    const inView = !!originalOf(editor.document.uri);
    const sel = { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
    const span = inView ? sel : p.map.spanToTarget(sel);
    await corpus.ensure();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Finding similar passages…') },
      () => reuse.query({ text: p.text, span, self: file }),
    );
    if (result.matches.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other corpus document shares this wording.'));
      return;
    }
    await pickAndJump(editor, result.matches, (a) => (inView ? a : p.map.spanToSource(a)));
  };

  const showSimilarDocuments = async (arg?: vscode.Uri | CorpusNode) => {
    const uri = arg instanceof vscode.Uri ? arg : arg && 'entry' in arg ? corpus.uriOf(arg.entry) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return;
    const file = (originalOf(uri) ?? uri).fsPath;
    const index = await corpus.ensure();
    const ranked = await reuse.similarDocuments(file);
    if (ranked.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No other corpus document shares wording with this one.'));
      return;
    }
    const pick = await vscode.window.showQuickPick(
      ranked.map((r) => {
        const entry = index?.get(r.id);
        return { label: entry?.title || path.basename(r.id), description: `${describe(entry, r.id)} · ${vscode.l10n.t('{0} shared chars', r.sharedChars)}`, id: r.id };
      }),
      { title: vscode.l10n.t('Documents sharing wording with {0}', path.basename(file)) },
    );
    if (pick) await vscode.window.showTextDocument(vscode.Uri.file(pick.id), { preview: true });
  };

  const lenses = new SimilarLensProvider(services);
  context.subscriptions.push(
    flash,
    lenses,
    vscode.languages.registerCodeLensProvider(HOVER_SELECTOR, lenses),
    vscode.languages.registerReferenceProvider(HOVER_SELECTOR, new SimilarReferenceProvider(services)),
    vscode.commands.registerCommand(LENS_COMMAND, (uri: vscode.Uri, matches: PassageMatch[]) => {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
      if (!editor) return;
      const inView = !!originalOf(uri);
      return services.prepared.forUri(originalOf(uri) ?? uri).then((p) => pickAndJump(editor, matches, (a) => (inView ? a : p.map.spanToSource(a))));
    }),
    vscode.commands.registerCommand('zhengwu.findSimilarPassages', findSimilar),
    vscode.commands.registerCommand('zhengwu.showSimilarDocuments', showSimilarDocuments),
  );
  return { lastJump: () => last };
}
