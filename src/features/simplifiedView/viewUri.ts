import * as vscode from 'vscode';
import { VIEW_SCHEME } from '../../platform/preparedDocuments';

/**
 * A Simplified view is addressed by the original's path with a marked file name (so the tab says what
 * it is and the language still follows the extension) and the original URI in the query.
 */
export function toViewUri(original: vscode.Uri): vscode.Uri {
  const path = original.path.replace(/([^/]*?)(\.[^./]*)?$/, (_m, stem: string, ext?: string) => `${stem} (简)${ext ?? ''}`);
  return vscode.Uri.from({ scheme: VIEW_SCHEME, path, query: original.toString() });
}

export function originalOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme !== VIEW_SCHEME || !uri.query) return undefined;
  try {
    return vscode.Uri.parse(uri.query, true);
  } catch {
    return undefined;
  }
}
