import * as vscode from 'vscode';
import { DECORATION_KINDS } from '../../platform/config';
import type { DocumentInsight } from '../../platform/analysisService';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import { isViewUri } from '../../platform/preparedDocuments';
import { spanToRange } from '../../platform/ranges';
import type { Services } from '../../services';
import { spansByKind } from './ranges';
import { createDecorationTypes } from './styles';

export interface DecorationsApi {
  /** How many ranges of each kind are painted in the editor of `uri` (for tests). */
  counts(uri: vscode.Uri): Record<string, number> | undefined;
}

/** Paints who/when/where/what inline on corpus documents and their Simplified views. */
export function register(context: vscode.ExtensionContext, services: Services): DecorationsApi {
  const { config, analysis } = services;
  const types = createDecorationTypes();
  const painted = new Map<string, Record<string, number>>();
  const timers = new Map<string, NodeJS.Timeout>();
  const toggle = vscode.window.createStatusBarItem('zhengwu.decorationsToggle', vscode.StatusBarAlignment.Right, 99);
  toggle.name = vscode.l10n.t('Zhengwu Lens decorations');
  toggle.command = 'zhengwu.toggleDecorations';

  const eligible = (doc: vscode.TextDocument) => isViewUri(doc.uri) || isCorpusDocument(doc, config.current);

  const paint = (editor: vscode.TextEditor, insight: DocumentInsight | undefined) => {
    const settings = config.current.decorations;
    const spans = insight && settings.enabled ? spansByKind(insight.analysis) : undefined;
    const counts: Record<string, number> = {};
    for (const kind of DECORATION_KINDS) {
      const ranges =
        spans && settings[kind] ? spans[kind].map((s) => spanToRange(editor.document, insight!.toDocument(s))).filter((r) => !r.isEmpty) : [];
      editor.setDecorations(types[kind], ranges);
      counts[kind] = ranges.length;
    }
    painted.set(editor.document.uri.toString(), counts);
  };

  const refresh = async (editor: vscode.TextEditor) => {
    if (!eligible(editor.document)) return;
    if (!config.current.decorations.enabled) return paint(editor, undefined);
    const insight = await services.analysis.insight(editor.document);
    // The editor may have been closed or edited while the worker ran: only paint what is still current.
    if (insight && vscode.window.visibleTextEditors.includes(editor) && insight.version === editor.document.version) paint(editor, insight);
  };

  const refreshVisible = () => {
    for (const editor of vscode.window.visibleTextEditors) void refresh(editor);
  };

  const scheduleFor = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === doc) void refresh(editor);
      }, config.current.decorations.debounceMs),
    );
  };

  const updateToggle = () => {
    const on = config.current.decorations.enabled;
    toggle.text = on ? '$(eye) 标注' : '$(eye-closed) 标注';
    toggle.tooltip = on ? vscode.l10n.t('Zhengwu Lens: inline annotations on (click to hide)') : vscode.l10n.t('Zhengwu Lens: inline annotations off (click to show)');
    const editor = vscode.window.activeTextEditor;
    if (editor && eligible(editor.document)) toggle.show();
    else toggle.hide();
  };

  context.subscriptions.push(
    toggle,
    ...Object.values(types),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
    vscode.window.onDidChangeVisibleTextEditors(refreshVisible),
    vscode.window.onDidChangeActiveTextEditor(updateToggle),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && eligible(e.document)) scheduleFor(e.document);
    }),
    config.onDidChange(() => {
      updateToggle();
      refreshVisible();
    }),
    vscode.commands.registerCommand('zhengwu.toggleDecorations', async () => {
      const section = vscode.workspace.getConfiguration('zhengwu');
      await section.update('decorations.enabled', !config.current.decorations.enabled, vscode.ConfigurationTarget.Global);
    }),
  );
  updateToggle();
  refreshVisible();
  return { counts: (uri) => painted.get(uri.toString()) };
}
