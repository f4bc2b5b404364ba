import * as vscode from 'vscode';
import type { Prepared } from '../../core/text';
import type { Span } from '../../core/text/types';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import { isViewUri } from '../../platform/preparedDocuments';
import type { Services } from '../../services';
import { needsConversion } from '../simplifiedView/register';
import { originalOf, toViewUri } from '../simplifiedView/viewUri';

/** Line/character of an offset in a string, counted as VS Code counts (UTF-16, \r\n one break). */
export function positionIn(text: string, offset: number): vscode.Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return new vscode.Position(line, offset - lineStart);
}

/**
 * Go to References / Peek on a passage lists every place in the corpus sharing its wording: in the
 * Simplified view of a Traditional report, or in the file itself at the mapped-back span.
 */
export class SimilarReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly services: Services) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _ctx: vscode.ReferenceContext, token: vscode.CancellationToken) {
    const { services } = this;
    if (!isViewUri(document.uri) && !isCorpusDocument(document, services.config.current)) return [];
    const original = originalOf(document.uri) ?? document.uri;
    const p = await services.prepared.forUri(original);
    const offset = document.offsetAt(position);
    const at = isViewUri(document.uri) ? offset : p.map.toTarget(offset);
    const { query, matches } = await services.reuse.query({ text: p.text, span: { start: at, end: at }, self: original.fsPath });
    if (token.isCancellationRequested || matches.length === 0) return [];
    const locations = [this.location(original, p, query, isViewUri(document.uri))];
    const cache = new Map<string, Promise<Prepared>>();
    for (const m of matches) {
      const uri = vscode.Uri.file(m.b.id);
      const key = uri.toString();
      if (!cache.has(key)) cache.set(key, services.prepared.forUri(uri));
      const target = await cache.get(key)!;
      const inView = services.config.current.convertOnOpen === 'view' && needsConversion(target);
      locations.push(this.location(uri, target, m.b, inView));
    }
    return locations;
  }

  private location(file: vscode.Uri, p: Prepared, span: Span, inView: boolean): vscode.Location {
    if (inView) return new vscode.Location(toViewUri(file), new vscode.Range(positionIn(p.text, span.start), positionIn(p.text, span.end)));
    const raw = p.map.spanToSource(span);
    return new vscode.Location(file, new vscode.Range(positionIn(p.source, raw.start), positionIn(p.source, raw.end)));
  }
}
