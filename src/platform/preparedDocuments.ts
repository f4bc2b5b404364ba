import * as vscode from 'vscode';
import { decodeBytes } from '../core/corpus/decode';
import { prepare, type Prepared } from '../core/text';

const VIEW_SCHEME = 'zhengwu-view';

/**
 * Cleaned Simplified text of open documents, cached per document version so the view, the status bar
 * and (later) decorations share one preparation. A document in the Simplified view is prepared from
 * its original's text.
 */
export class PreparedDocuments implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; prepared: Prepared }>();
  // Files not open in an editor (the original behind a Simplified view): kept while size and mtime hold,
  // so switching editors does not read and prepare the file again each time.
  private readonly onDisk = new Map<string, { mtime: number; size: number; prepared: Prepared }>();
  private readonly closeListener = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));

  get(document: vscode.TextDocument): Prepared {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.prepared;
    const prepared = prepare(document.getText());
    this.cache.set(key, { version: document.version, prepared });
    return prepared;
  }

  /** The prepared form of whatever text a URI stands for: the open document if any, else the file on disk. */
  async forUri(uri: vscode.Uri): Promise<Prepared> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return this.get(open);
    const key = uri.toString();
    const stat = await vscode.workspace.fs.stat(uri);
    const hit = this.onDisk.get(key);
    if (hit && hit.mtime === stat.mtime && hit.size === stat.size) return hit.prepared;
    const prepared = prepare(await readText(uri));
    this.onDisk.set(key, { mtime: stat.mtime, size: stat.size, prepared });
    // A bound, not an LRU: views of a few dozen originals at a time is the normal case.
    if (this.onDisk.size > 64) this.onDisk.delete(this.onDisk.keys().next().value!);
    return prepared;
  }

  dispose(): void {
    this.closeListener.dispose();
    this.cache.clear();
    this.onDisk.clear();
  }
}

/** Reads a file in whatever encoding it has (UTF-8/16, GB18030/GBK, Big5), without its BOM. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return decodeBytes(await vscode.workspace.fs.readFile(uri)).text;
}

export function isViewUri(uri: vscode.Uri): boolean {
  return uri.scheme === VIEW_SCHEME;
}

export { VIEW_SCHEME };
