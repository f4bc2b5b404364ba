import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, openInView, openTabUris, PINYIN_ANNOTATION, sampleUri, sha256, waitFor } from './helpers';

const TRADITIONAL = 'traditional-district-safety-meeting.txt';

describe('Simplified view on open', () => {
  let hashBefore: string;
  const raw = () => sampleUri(TRADITIONAL);

  before(async () => {
    await api();
    hashBefore = sha256(raw().fsPath);
  });
  afterEach(closeAllEditors);
  after(() => assert.strictEqual(sha256(raw().fsPath), hashBefore, 'the Traditional sample on disk must be byte-identical'));

  it('replaces a Traditional file by its read-only cleaned Simplified view', async () => {
    const rawText = (await vscode.workspace.openTextDocument(raw())).getText();
    assert.match(rawText, PINYIN_ANNOTATION, 'the sample should carry the pinyin artifact');
    await vscode.window.showTextDocument(raw());
    const editor = await waitFor('the Simplified view', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.scheme === 'zhengwu-view' ? e : undefined;
    });
    const text = editor.document.getText();
    assert.doesNotMatch(text, PINYIN_ANNOTATION);
    assert.ok(!/[區會長國發]/.test(text), 'no Traditional-only characters left in the view');
    assert.strictEqual((await api()).originalOf(editor.document.uri)?.toString(), raw().toString());
    assert.ok(!openTabUris().includes(raw().toString()), 'the raw tab gave its place to the view');
    const rawDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === raw().toString());
    assert.ok(!rawDoc?.isDirty, 'opening never makes the raw document dirty');
    const status = await waitFor('status bar text', () => {
      const t = vscode.extensions.getExtension('zhengwu-lens.zhengwu-lens')!.exports.statusText();
      return t && t.includes('繁→简') ? t : undefined;
    });
    assert.match(status, /pinyin/);
  });

  it('Show Original and Open Simplified View switch back and forth in the same tab', async () => {
    await vscode.window.showTextDocument(raw());
    await waitFor('view', () => vscode.window.activeTextEditor?.document.uri.scheme === 'zhengwu-view' || undefined);
    await vscode.commands.executeCommand('zhengwu.showOriginal');
    const original = await waitFor('original', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === raw().toString() ? e : undefined;
    });
    assert.match(original.document.getText(), PINYIN_ANNOTATION, 'the original is shown as it is on disk');
    assert.ok(!openTabUris().some((u) => u.startsWith('zhengwu-view:')), 'the view tab was replaced');
    // The original stays put while the reader looks at it: no bouncing back to the view.
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), raw().toString());

    await vscode.commands.executeCommand('zhengwu.openSimplifiedView');
    await waitFor('view again', () => vscode.window.activeTextEditor?.document.uri.scheme === 'zhengwu-view' || undefined);
  });

  it('edit mode converts the buffer as one undoable edit and never saves', async () => {
    const config = vscode.workspace.getConfiguration('zhengwu');
    await config.update('convertOnOpen', 'edit', vscode.ConfigurationTarget.Global);
    // Another Traditional sample: the one above was switched to "Show Original", which sticks.
    const other = sampleUri('traditional-city-safety-meeting.txt');
    const otherBefore = sha256(other.fsPath);
    try {
      const doc = await vscode.workspace.openTextDocument(other);
      const original = doc.getText();
      await vscode.window.showTextDocument(doc);
      await waitFor('in-place conversion', () => (doc.isDirty && !PINYIN_ANNOTATION.test(doc.getText())) || undefined);
      assert.strictEqual(sha256(other.fsPath), otherBefore, 'nothing was saved');
      await vscode.commands.executeCommand('undo');
      await waitFor('undo', () => doc.getText() === original || undefined);
      assert.ok(!doc.isDirty, 'one undo brings back the exact original');
    } finally {
      await config.update('convertOnOpen', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('off leaves the raw file in place', async () => {
    const config = vscode.workspace.getConfiguration('zhengwu');
    await config.update('convertOnOpen', 'off', vscode.ConfigurationTarget.Global);
    const fresh = sampleUri('traditional-district-fire-safety.txt');
    try {
      await vscode.window.showTextDocument(fresh);
      await new Promise((r) => setTimeout(r, 500));
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), fresh.toString());
    } finally {
      await config.update('convertOnOpen', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('Explain Cleaning and Conversion', () => {
  afterEach(closeAllEditors);

  it('lists what cleaning did and jumps to a corrupt span when it is picked', async () => {
    const zw = await api();
    const file = sampleUri('traditional-district-fire-safety.txt');
    const p = await zw.services.prepared.forUri(file);
    assert.ok(p.cleaning.corrupt.length > 0, 'the sample has a corrupt span');
    const editor = await openInView(file);
    const running = vscode.commands.executeCommand('zhengwu.explainStatus');
    // Items: the script summary, what cleaning did, a separator, then the corrupt spans.
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    const c = p.cleaning.corrupt[0];
    assert.strictEqual(editor.document.getText(editor.selection), p.text.slice(c.start, c.end));
  });
});
