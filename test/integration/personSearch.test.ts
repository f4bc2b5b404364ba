import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, waitFor } from './helpers';

describe('Find Person in Corpus', () => {
  before(api);
  afterEach(closeAllEditors);

  it('lists documents in both scripts that mention a name and opens the chosen one at the mention', async () => {
    // 宋一帆 appears in the Simplified inspection report and in its Traditional twin (as 宋一帆 after conversion).
    const running = vscode.commands.executeCommand('zhengwu.findPersonInCorpus', '宋一帆');
    // The quick pick appears once the worker has searched the corpus; accept its first entry.
    let opened: vscode.TextEditor | undefined;
    const deadline = Date.now() + 20000;
    while (!opened && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const e = vscode.window.activeTextEditor;
      if (e && /district-fire-inspection/.test(decodeURIComponent(e.document.uri.toString()))) opened = e;
    }
    await running;
    assert.ok(opened, 'a document mentioning the name was opened');
    const editor = await waitFor('selection on the name', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.getText(e.selection) === '宋一帆' ? e : undefined;
    });
    assert.ok(editor.selection.start.line >= 0);
  });
});
