import * as vscode from 'vscode';
import { clean, cleanAndConvert } from '../../core/text';
import type { ConversionTarget } from '../../core/text/types';
import { isViewUri } from '../../platform/preparedDocuments';
import type { Services } from '../../services';

type Transform = (text: string) => string;

const COMMANDS: ReadonlyArray<[command: string, transform: Transform]> = [
  ['zhengwu.convertToSimplified', byTarget('simplified')],
  ['zhengwu.convertToTraditional', byTarget('traditional')],
  ['zhengwu.convertToTaiwan', byTarget('taiwan')],
  ['zhengwu.convertToHongKong', byTarget('hongkong')],
  ['zhengwu.cleanArtifacts', (text) => clean(text).text],
];

/** Conversions clean first: converting `區(qū)` must not leave `区(qū)` behind. */
function byTarget(target: ConversionTarget): Transform {
  return (text) => cleanAndConvert(text, target);
}

/**
 * Rewrites every non-empty selection, or the whole document when nothing is selected, as ONE edit so a
 * single undo restores the text. Returns how many ranges changed.
 */
export async function applyTransform(editor: vscode.TextEditor, transform: Transform): Promise<number> {
  const doc = editor.document;
  const selections = editor.selections.filter((s) => !s.isEmpty);
  const ranges = selections.length > 0 ? selections : [new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length))];
  const replacements = ranges
    .map((range) => ({ range, before: doc.getText(range) }))
    .map((r) => ({ ...r, after: transform(r.before) }))
    .filter((r) => r.after !== r.before);
  if (replacements.length === 0) return 0;
  const ok = await editor.edit((builder) => {
    for (const r of replacements) builder.replace(r.range, r.after);
  });
  if (!ok) throw new Error(vscode.l10n.t('The editor refused the edit (the document may have changed meanwhile).'));
  return replacements.length;
}

export function register(context: vscode.ExtensionContext, services: Services): void {
  for (const [command, transform] of COMMANDS) {
    context.subscriptions.push(
      // registerCommand, not registerTextEditorCommand: the latter wraps the callback in an edit of its
      // own and does not wait for our (asynchronous) edit, so the two would collide.
      vscode.commands.registerCommand(command, async () => {
        const editor = vscode.window.activeTextEditor;
        if (!editor) {
          void vscode.window.showInformationMessage(vscode.l10n.t('Open a text editor first.'));
          return;
        }
        if (isViewUri(editor.document.uri)) {
          const choice = await vscode.window.showInformationMessage(
            vscode.l10n.t('The Simplified view is read-only. Open the original file to convert it?'),
            vscode.l10n.t('Show Original'),
          );
          if (choice) await vscode.commands.executeCommand('zhengwu.showOriginal', editor.document.uri);
          return;
        }
        try {
          const changed = await applyTransform(editor, transform);
          if (changed === 0) vscode.window.setStatusBarMessage(vscode.l10n.t('Zhengwu Lens: nothing to change'), 3000);
        } catch (err) {
          services.log.error(`${command} failed: ${String(err)}`);
          void vscode.window.showErrorMessage(vscode.l10n.t('Conversion failed: {0}', err instanceof Error ? err.message : String(err)));
        }
      }),
    );
  }
}
