import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusNode } from '../../src/features/corpusView/nodes';
import { api, closeAllEditors, sha256, waitFor, workspaceRoot } from './helpers';

function hashTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) out.set(path.relative(root, full), sha256(full));
    }
  };
  walk(root);
  return out;
}

describe('No data loss', () => {
  before(api);
  after(closeAllEditors);

  it('opening, viewing, switching, indexing, browsing and hovering every report leaves every file byte-identical', async function () {
    this.timeout(120000);
    const zw = await api();
    const root = workspaceRoot();
    const before = hashTree(root);
    const reports = [...before.keys()].filter((f) => f.endsWith('.txt'));
    assert.ok(reports.length >= 10);

    for (const rel of reports) {
      const uri = vscode.Uri.file(path.join(root, rel));
      await vscode.window.showTextDocument(uri, { preview: false });
      const editor = await waitFor(`${rel} shown`, () => {
        const e = vscode.window.activeTextEditor;
        const shown = e && (zw.originalOf(e.document.uri) ?? e.document.uri).toString() === uri.toString();
        return shown ? e : undefined;
      });
      // Hover somewhere in the middle and ask what cleaning did: read-only paths through the same code.
      const middle = editor.document.positionAt(Math.floor(editor.document.getText().length / 2));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, middle);
      if (editor.document.uri.scheme === 'zhengwu-view') {
        await vscode.commands.executeCommand('zhengwu.showOriginal');
        await waitFor('original', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() || undefined);
        await vscode.commands.executeCommand('zhengwu.openSimplifiedView');
        await waitFor('view again', () => vscode.window.activeTextEditor?.document.uri.scheme === 'zhengwu-view' || undefined);
      }
    }
    for (const doc of vscode.workspace.textDocuments) assert.ok(!doc.isDirty, `${doc.uri.toString(true)} became dirty`);

    await zw.services.corpus.refresh();
    const walk = async (nodes: CorpusNode[]): Promise<void> => {
      for (const n of nodes) {
        zw.trees.corpus.getTreeItem(n);
        await walk(await zw.trees.corpus.getChildren(n));
      }
    };
    for (const g of ['zhengwu.corpus.groupByLocality', 'zhengwu.corpus.groupByDate', 'zhengwu.corpus.groupByOfficial']) {
      await vscode.commands.executeCommand(g);
      await walk(await zw.trees.corpus.getChildren());
    }
    await vscode.commands.executeCommand('zhengwu.corpus.groupByLocality');
    await closeAllEditors();

    const after = hashTree(root);
    assert.deepStrictEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no file appeared or vanished');
    for (const [rel, hash] of before) assert.strictEqual(after.get(rel), hash, `${rel} changed on disk`);
  });
});
