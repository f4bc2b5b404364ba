import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, sampleUri, waitFor } from './helpers';

/** Runs a command that shows a quick pick, accepts its first entry once it is there. */
async function pickFirst(command: string, done: () => boolean): Promise<void> {
  const running = vscode.commands.executeCommand(command);
  const deadline = Date.now() + 30000;
  while (!done() && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  await running;
}

describe('Similar passages', () => {
  before(api);
  afterEach(closeAllEditors);

  it('Find Similar Passages jumps from a reused provincial paragraph to the exact span in another report', async () => {
    const zw = await api();
    const province = sampleUri('simplified-province-safety-conference.txt');
    const editor = await vscode.window.showTextDocument(province);
    // The cursor inside the provincial directive paragraph that lower levels reused.
    const text = editor.document.getText();
    const at = text.indexOf('深刻汲取近期省内外事故教训');
    assert.ok(at > 0, 'the sample holds the reused paragraph');
    const pos = editor.document.positionAt(at + 3);
    editor.selection = new vscode.Selection(pos, pos);
    const before = zw.similar.lastJump();
    await pickFirst('zhengwu.findSimilarPassages', () => zw.similar.lastJump() !== before);
    const jump = zw.similar.lastJump();
    assert.ok(jump, 'a similar passage was picked');
    assert.notStrictEqual(jump.file, province.fsPath);
    const target = await waitFor('the other report', () => {
      const e = vscode.window.activeTextEditor;
      return e && (zw.originalOf(e.document.uri) ?? e.document.uri).fsPath === jump.file ? e : undefined;
    });
    const shown = target.document.getText(target.selection);
    assert.ok(shown.length >= 8, shown);
    assert.ok(shown.includes('深刻汲取近期省内外事故教训'), shown);
  });

  it('Show Similar Documents ranks the Traditional twin first and opens it', async () => {
    const zw = await api();
    await vscode.window.showTextDocument(sampleUri('simplified-district-fire-inspection.txt'));
    const twin = sampleUri('traditional-district-fire-inspection.txt');
    const isTwin = () => {
      const e = vscode.window.activeTextEditor;
      return !!e && (zw.originalOf(e.document.uri) ?? e.document.uri).fsPath === twin.fsPath;
    };
    await pickFirst('zhengwu.showSimilarDocuments', isTwin);
    assert.ok(isTwin(), 'the Traditional twin opened');
  });

  it('a CodeLens above a shared passage names the other places and jumps from there', async () => {
    const zw = await api();
    const uri = sampleUri('simplified-province-safety-conference.txt');
    await vscode.window.showTextDocument(uri);
    await zw.services.corpus.ensure();
    // Lenses appear once the corpus and the reuse index are ready: ask until they do.
    let lenses: vscode.CodeLens[] = [];
    for (let i = 0; i < 40 && lenses.length === 0; i++) {
      const all = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 100)) ?? [];
      lenses = all.filter((l) => l.command?.title.startsWith('↔'));
      if (lenses.length === 0) await new Promise((r) => setTimeout(r, 500));
    }
    assert.ok(lenses.length > 0, 'the reused paragraph has a lens');
    const lens = lenses.find((l) => /江阴|鼓楼|吴江/.test(l.command!.title)) ?? lenses[0];
    assert.match(lens.command!.title, /↔ \d+ similar · /);
    const before = zw.similar.lastJump();
    const running = vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    for (let i = 0; i < 60 && zw.similar.lastJump() === before; i++) {
      await new Promise((r) => setTimeout(r, 300));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    await running;
    assert.notStrictEqual(zw.similar.lastJump(), before, 'picking from the lens jumped');
  });

  it('the hover on a slogan says how many documents and localities use it', async () => {
    const zw = await api();
    await zw.services.corpus.ensure();
    const uri = sampleUri('simplified-province-safety-conference.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const insight = await zw.services.analysis.insight(editor.document);
    const slogan = insight!.analysis.slogans.find((s) => s.text.startsWith('党政同责'));
    assert.ok(slogan, 'the sample quotes 党政同责…');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(slogan.start + 1))) ?? [];
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    const m = /Used in (\d+) corpus documents from (\d+) localities/.exec(text);
    assert.ok(m, text);
    assert.ok(Number(m[1]) >= 3 && Number(m[2]) >= 3, text);
  });

  it('Go to References (Peek) on a passage lists every report sharing it, at the exact span', async () => {
    const zw = await api();
    await zw.services.corpus.ensure();
    const uri = sampleUri('simplified-province-safety-conference.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const at = editor.document.getText().indexOf('深刻汲取近期省内外事故教训');
    const refs = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, editor.document.positionAt(at + 3))) ?? [];
    const others = refs.filter((r) => (zw.originalOf(r.uri) ?? r.uri).fsPath !== uri.fsPath);
    assert.ok(others.length >= 2, refs.map((r) => r.uri.toString()).join('\n'));
    // Every range holds wording of this report (punctuation aside); the reused paragraph is among them.
    const bare = (t: string) => t.replace(/[^\p{Script=Han}\w]/gu, '');
    const here = bare(editor.document.getText());
    let paragraph = 0;
    for (const r of others) {
      const shared = (await vscode.workspace.openTextDocument(r.uri)).getText(r.range);
      assert.ok(bare(shared).length >= 8 && here.includes(bare(shared)), `${r.uri.toString(true)}: ${shared}`);
      if (shared.includes('汲取近期省内外事故教训')) paragraph++;
    }
    assert.ok(paragraph >= 2, 'the reused paragraph in at least two other reports');
    // A Traditional report is referenced through its Simplified view.
    assert.ok(others.some((r) => r.uri.scheme === 'zhengwu-view'), 'the Traditional reuse is in the view');
    await vscode.commands.executeCommand('editor.action.referenceSearch.trigger');
  });
});
