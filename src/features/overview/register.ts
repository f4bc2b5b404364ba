import * as vscode from 'vscode';
import type { Overview } from '../../core/corpus/overview/types';
import type { Services } from '../../services';
import type { SaveDialog } from './exportFile';
import { OverviewPanel, VIEW_TYPE } from './panel';
import type { ToWebview } from './protocol';
import { sloganAt } from './sloganAtCursor';

/** What the integration tests (and other extensions) can see of the Corpus Overview. */
export interface OverviewApi {
  /** The aggregates last posted to the webview. */
  lastPosted(): Overview | undefined;
  /** The last message of each type posted to the webview. */
  lastMessage<T extends ToWebview['type']>(type: T): Extract<ToWebview, { type: T }> | undefined;
  panelVisible(): boolean;
  /**
   * Hands a message to the panel as if the webview had sent it (validated the same way); resolves when
   * it has been handled. Rejects when no panel is open.
   */
  receive(message: unknown): Promise<void>;
  /**
   * Test hook: replaces the save dialog of the exports (undefined restores
   * `vscode.window.showSaveDialog`). A test cannot click a native dialog.
   */
  setSaveDialog(dialog: SaveDialog | undefined): void;
  /** The files exported since activation, in order. */
  exported(): readonly vscode.Uri[];
}

/** "Show Corpus Overview" and "Show Slogan Spread": the overview webview panel, one at a time. */
export function register(context: vscode.ExtensionContext, services: Services): OverviewApi {
  let current: OverviewPanel | undefined;
  let lastOverview: Overview | undefined;
  const last = new Map<string, ToWebview>();
  const exported: vscode.Uri[] = [];
  let saveDialog: SaveDialog | undefined;

  const attach = (panel: vscode.WebviewPanel) => {
    current = new OverviewPanel(panel, context, services, {
      saveDialog: () => saveDialog ?? ((o) => vscode.window.showSaveDialog(o)),
      onPosted: (m) => {
        last.set(m.type, m);
        if (m.type === 'overview') lastOverview = m.overview;
      },
      onExported: (uri) => exported.push(uri),
      onDisposed: () => {
        current = undefined;
      },
    });
    return current;
  };

  const show = (): OverviewPanel => {
    if (current) {
      current.reveal();
      return current;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, vscode.l10n.t('Corpus Overview'), vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    });
    return attach(panel);
  };

  const showSloganSpread = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a slogan, or select a passage, in a corpus report first.'));
      return;
    }
    const target = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Looking up the slogan in the corpus…') }, () =>
      sloganAt(editor, services),
    );
    if (target.kind === 'nothing') {
      const quoted = target.text.length > 30 ? target.text.slice(0, 30) + '…' : target.text;
      void vscode.window.showInformationMessage(
        quoted
          ? vscode.l10n.t('Nothing matched: “{0}” is not a slogan of the corpus, and no other report shares this passage.', quoted)
          : vscode.l10n.t('Nothing matched: there is no slogan or passage at the cursor.'),
      );
      return;
    }
    const panel = show();
    if (target.kind === 'slogan') panel.focusSlogan(target.key);
    else panel.showPassage(target.text, target.documents);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('zhengwu.showOverview', () => void show()),
    vscode.commands.registerCommand('zhengwu.showSloganSpread', showSloganSpread),
    // After a reload the panel comes back where it was; its page restores its tab from getState().
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => {
        if (current) panel.dispose();
        else attach(panel);
      },
    }),
    { dispose: () => current?.panel.dispose() },
  );

  return {
    lastPosted: () => lastOverview,
    lastMessage: <T extends ToWebview['type']>(type: T) => last.get(type) as Extract<ToWebview, { type: T }> | undefined,
    panelVisible: () => !!current?.visible,
    receive: async (message) => {
      if (!current) throw new Error('the Corpus Overview panel is not open');
      await current.receive(message);
    },
    setSaveDialog: (dialog) => {
      saveDialog = dialog;
    },
    exported: () => exported,
  };
}
