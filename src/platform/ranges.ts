import * as vscode from 'vscode';
import type { Span } from '../core/text/types';

/** Core spans are UTF-16 offsets into a document's text; VS Code positions count the same units. */
export function spanToRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function rangeToSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
