import * as vscode from 'vscode';
import type { ConfigService, ZhengwuConfig } from './config';
import type { ExtensionLog } from './log';

/**
 * Open documents longer than this (UTF-16 code units: about 6 MB of Chinese text, a hundred times a
 * long report) are left alone by the reading features. Preparing one runs on the extension host's
 * thread and painting it sends hundreds of thousands of ranges to the window: a 50 MB single line kept
 * the host unresponsive for over a minute. The corpus index still reads such files in its workers, up
 * to `zhengwu.corpus.maxFileSizeMB`.
 */
export const MAX_OPEN_DOCUMENT_CHARS = 2 * 1024 * 1024;

/** The document's length in code units, without copying its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(new vscode.Position(document.lineCount, 0));
}

function matchesCorpus(document: vscode.TextDocument, config: ZhengwuConfig): boolean {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'vscode-remote') return false;
  if (vscode.languages.match({ pattern: config.corpus.include }, document) === 0) return false;
  return !config.corpus.exclude.some((glob) => vscode.languages.match({ pattern: glob }, document) > 0);
}

/** Whether the extension may treat a document as part of the corpus (convert on open, decorate, index). */
export function isCorpusDocument(document: vscode.TextDocument, config: ZhengwuConfig): boolean {
  return matchesCorpus(document, config) && documentLength(document) <= MAX_OPEN_DOCUMENT_CHARS;
}

/** Says in the output channel, once per document, why a corpus file that was opened is not read. */
export function reportLongDocuments(log: ExtensionLog, config: ConfigService): vscode.Disposable {
  const told = new Set<string>();
  const check = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (told.has(key) || !matchesCorpus(document, config.current)) return;
    const length = documentLength(document);
    if (length <= MAX_OPEN_DOCUMENT_CHARS) return;
    told.add(key);
    log.info(
      `Not reading ${vscode.workspace.asRelativePath(document.uri)} as a report in the editor: ${length.toLocaleString('en')} characters ` +
        `(open documents are read up to ${MAX_OPEN_DOCUMENT_CHARS.toLocaleString('en')}). The file is left as it is.`,
    );
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidCloseTextDocument((d) => told.delete(d.uri.toString())),
  );
}
