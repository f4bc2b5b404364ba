import * as vscode from 'vscode';
import type { Span } from '../../core/text/types';
import type { ConfigService } from '../../platform/config';
import type { PreparedDocuments } from '../../platform/preparedDocuments';
import { spanToRange } from '../../platform/ranges';
import { needsConversion } from './register';
import { toViewUri } from './viewUri';

/**
 * Opens a corpus file at a span of its prepared (Simplified) text: in the Simplified view when the file
 * is shown that way, else in the file itself at the mapped-back span. Returns the editor and the range.
 */
export async function revealPreparedSpan(
  file: vscode.Uri,
  span: Span,
  prepared: PreparedDocuments,
  config: ConfigService,
  viewColumn?: vscode.ViewColumn,
): Promise<{ editor: vscode.TextEditor; range: vscode.Range }> {
  const raw = await vscode.workspace.openTextDocument(file);
  const p = prepared.get(raw);
  const useView = config.current.convertOnOpen === 'view' && needsConversion(p);
  const doc = useView ? await vscode.workspace.openTextDocument(toViewUri(file)) : raw;
  const range = spanToRange(doc, useView ? span : p.map.spanToSource(span));
  const editor = await vscode.window.showTextDocument(doc, { selection: range, viewColumn, preview: true });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  return { editor, range };
}
