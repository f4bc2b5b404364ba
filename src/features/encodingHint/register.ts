import * as path from 'path';
import * as vscode from 'vscode';
import { decodeBytes, type DecodedText } from '../../core/corpus';
import { isCorpusDocument } from '../../platform/corpusDocuments';
import type { Services } from '../../services';

const LEGACY = new Set(['gbk', 'gb18030', 'big5']);
const NAMES: Record<string, string> = { gbk: 'GBK', gb18030: 'GB18030', big5: 'Big5' };

/** U+FFFD in an opened corpus file: VS Code read bytes that are not UTF-8 as UTF-8. */
export function looksMisdecoded(text: string): boolean {
  const bad = text.split('\ufffd').length - 1;
  return bad >= 3 && bad / Math.max(1, text.length) > 0.001;
}

/**
 * Scraped corpora come in GBK and Big5. When the editor opened such a file as UTF-8 (replacement
 * characters everywhere), tell the reader which encoding the file really has and offer to reopen it.
 * The file itself is only read.
 */
export function register(context: vscode.ExtensionContext, services: Services): { hints(): ReadonlyMap<string, string> } {
  const asked = new Set<string>();
  const hints = new Map<string, string>();

  const check = async (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    if (asked.has(key) || doc.uri.scheme !== 'file' || !isCorpusDocument(doc, services.config.current)) return;
    if (!looksMisdecoded(doc.getText())) return;
    asked.add(key);
    let detected: DecodedText;
    try {
      const bytes = await vscode.workspace.fs.readFile(doc.uri);
      detected = decodeBytes(bytes, { maxBytes: services.config.current.corpus.maxFileSizeMB * 1024 * 1024 });
    } catch (err) {
      services.log.info(`${doc.uri.fsPath}: not decodable as text (${err instanceof Error ? err.message : String(err)})`);
      return;
    }
    if (!LEGACY.has(detected.encoding)) return;
    const name = NAMES[detected.encoding];
    hints.set(key, name);
    services.log.info(`${doc.uri.fsPath} looks like ${name} (confidence ${detected.confidence.toFixed(2)}) but was opened as UTF-8`);
    const reopen = vscode.l10n.t('Reopen with Encoding…');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} looks like {1} text but was opened as UTF-8. Reopen it with {1}?', path.basename(doc.uri.fsPath), name),
      reopen,
    );
    if (choice !== reopen) return;
    await vscode.window.showTextDocument(doc);
    // The encoding picker of the active editor; the reader chooses the detected encoding there.
    await vscode.commands.executeCommand('workbench.action.editor.changeEncoding');
  };

  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument((d) => void check(d)));
  for (const d of vscode.workspace.textDocuments) void check(d);
  return { hints: () => hints };
}
