import * as vscode from 'vscode';
import type { Services } from '../../services';
import { FIND_PERSON_COMMAND } from '../hovers/content';
import { revealPreparedSpan } from '../simplifiedView/reveal';

/** Excludes as one glob, as `findFiles` takes them. */
export function excludeGlob(globs: readonly string[]): string | undefined {
  if (globs.length === 0) return undefined;
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}

/** Lists the workspace's corpus documents that mention a person (in either script) and opens the chosen one. */
export function register(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(FIND_PERSON_COMMAND, async (name?: string) => {
      name ??= await vscode.window.showInputBox({ prompt: vscode.l10n.t('Name of the person to find in the corpus') });
      if (!name) return;
      const { corpus } = services.config.current;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Finding {0} in the corpus…', name), cancellable: true },
        async (_progress, token) => {
          const files = await vscode.workspace.findFiles(corpus.include, excludeGlob(corpus.exclude), undefined, token);
          if (token.isCancellationRequested) return undefined;
          return services.analysis.call('findName', { files: files.map((f) => f.fsPath), name: name! });
        },
      );
      if (!result) return;
      for (const s of result.skipped) services.log.info(`Skipped ${s.file}: ${s.reason}`);
      if (result.hits.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No corpus document mentions {0}.', name));
        return;
      }
      const pick = await vscode.window.showQuickPick(
        result.hits.map((h) => ({
          label: h.title || vscode.workspace.asRelativePath(h.file),
          description: `${vscode.workspace.asRelativePath(h.file)} · ${vscode.l10n.t('{0} mentions', h.count)}`,
          detail: h.snippet,
          hit: h,
        })),
        { title: vscode.l10n.t('Documents mentioning {0}', name), matchOnDescription: true, matchOnDetail: true },
      );
      if (!pick) return;
      await revealPreparedSpan(vscode.Uri.file(pick.hit.file), { start: pick.hit.offset, end: pick.hit.offset + name.length }, services.prepared, services.config);
    }),
  );
}
