import * as vscode from 'vscode';
import { documentDate } from '../../core/corpus';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import { isViewUri } from '../../platform/preparedDocuments';
import { spanToRange } from '../../platform/ranges';
import type { Services } from '../../services';
import { originalOf } from '../simplifiedView/viewUri';

export const LENS_COMMAND = 'zhengwu.similarPassagesAt';

/**
 * `↔ 3 similar · 运城市 2019-11-22 · 巴中市 2023-07-12 …` above each passage that other reports share.
 * One worker call per document version; a dirty buffer gets none (the index knows the saved file).
 */
export class SimilarLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly services: Services) {
    this.listeners = [services.corpus.onDidChange(() => this.emitter.fire()), services.config.onDidChange(() => this.emitter.fire())];
  }

  dispose(): void {
    for (const l of this.listeners) l.dispose();
    this.emitter.dispose();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const { services } = this;
    if (!services.config.current.similar.codeLens || document.isDirty) return [];
    if (!isViewUri(document.uri) && !isCorpusDocument(document, services.config.current)) return [];
    const original = originalOf(document.uri) ?? document.uri;
    const index = await services.corpus.ensure();
    if (!index?.get(original.fsPath) || token.isCancellationRequested) return [];
    const [groups, p] = await Promise.all([services.reuse.passages(original.fsPath), services.prepared.forUri(original)]);
    if (token.isCancellationRequested) return [];
    const inView = isViewUri(document.uri);
    return groups.map(({ passage, matches }) => {
      const others = [...new Set(matches.map((m) => m.b.id))].map((id) => index.get(id));
      const where = others
        .slice(0, 3)
        .map((e) => (e ? [e.locality.county ?? e.locality.city ?? e.locality.province, documentDate(e)].filter(Boolean).join(' ') : '?'))
        .join(' · ');
      const span = inView ? passage : p.map.spanToSource(passage);
      const range = spanToRange(document, { start: span.start, end: span.start });
      return new vscode.CodeLens(range, {
        title: `↔ ${vscode.l10n.t('{0} similar', matches.length)} · ${where}${others.length > 3 ? ' …' : ''}`,
        tooltip: vscode.l10n.t('Other reports that share this passage: pick one to jump to the exact span'),
        command: LENS_COMMAND,
        arguments: [document.uri, matches],
      });
    });
  }
}
