import * as vscode from 'vscode';
import type { ZhengwuConfig } from './config';

/** Whether the extension may treat a document as part of the corpus (convert on open, decorate, index). */
export function isCorpusDocument(document: vscode.TextDocument, config: ZhengwuConfig): boolean {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'vscode-remote') return false;
  if (vscode.languages.match({ pattern: config.corpus.include }, document) === 0) return false;
  return !config.corpus.exclude.some((glob) => vscode.languages.match({ pattern: glob }, document) > 0);
}
