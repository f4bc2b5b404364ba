import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, PINYIN_ANNOTATION } from './helpers';

async function untitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ content, language: 'plaintext' });
  return vscode.window.showTextDocument(doc);
}

async function undoAll(editor: vscode.TextEditor, expected: string) {
  await vscode.commands.executeCommand('undo');
  assert.strictEqual(editor.document.getText(), expected, 'a single undo restores the text');
}

describe('Conversion commands', () => {
  before(api);
  afterEach(async () => {
    // Untitled buffers would prompt on close: revert them as they close.
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await closeAllEditors();
  });

  const simplified = '会议强调，要严格落实安全生产责任制，确保人民群众生命财产安全。';

  for (const [command, expectChars] of [
    ['zhengwu.convertToTraditional', /會議強調/],
    ['zhengwu.convertToTaiwan', /會議強調/],
    ['zhengwu.convertToHongKong', /會議強調/],
  ] as const) {
    it(`${command} converts the whole document as one undoable edit`, async () => {
      const editor = await untitled(simplified);
      await vscode.commands.executeCommand(command);
      assert.match(editor.document.getText(), expectChars);
      await undoAll(editor, simplified);
    });
  }

  it('Convert to Simplified turns Traditional back and drops glued pinyin', async () => {
    const raw = '會(huì)議強調(diào)，要嚴格落實安全生產責任制。';
    const editor = await untitled(raw);
    await vscode.commands.executeCommand('zhengwu.convertToSimplified');
    assert.strictEqual(editor.document.getText(), '会议强调，要严格落实安全生产责任制。');
    await undoAll(editor, raw);
  });

  it('acts on every selection and leaves the rest alone', async () => {
    const text = '第一行安全生产\n第二行消防工作\n第三行防汛抗旱';
    const editor = await untitled(text);
    editor.selections = [new vscode.Selection(0, 3, 0, 7), new vscode.Selection(2, 3, 2, 7)];
    await vscode.commands.executeCommand('zhengwu.convertToTraditional');
    assert.strictEqual(editor.document.getText(), '第一行安全生產\n第二行消防工作\n第三行防汛抗旱');
    await undoAll(editor, text);
  });

  it('Clean Scrape Artifacts removes pinyin annotations and keeps real parentheses', async () => {
    const dirty = '區(qū)委書記(記者 王 明)出席會(huì)議。';
    const editor = await untitled(dirty);
    await vscode.commands.executeCommand('zhengwu.cleanArtifacts');
    const text = editor.document.getText();
    assert.doesNotMatch(text, PINYIN_ANNOTATION);
    assert.ok(text.includes('(記者 王 明)'), text);
    await undoAll(editor, dirty);
  });
});
