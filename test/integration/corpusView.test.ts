import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusNode } from '../../src/features/corpusView/nodes';
import { api, closeAllEditors, waitFor, workspaceRoot } from './helpers';

async function children(node?: CorpusNode): Promise<CorpusNode[]> {
  return (await api()).trees.corpus.getChildren(node);
}

function label(node: CorpusNode): string {
  return node.kind === 'group' ? node.group.label : node.kind === 'doc' ? node.entry.title : node.match.b.id;
}

async function child(parent: CorpusNode | undefined, name: string): Promise<CorpusNode> {
  const nodes = await children(parent);
  const found = nodes.find((n) => n.kind === 'group' && n.group.label === name);
  assert.ok(found, `"${name}" under ${parent ? label(parent) : 'the root'}; found ${nodes.map(label).join(', ')}`);
  return found;
}

describe('Corpus view', () => {
  const added = () => path.join(workspaceRoot(), 'new-county-report.txt');
  before(api);
  after(() => fs.rmSync(added(), { force: true }));
  afterEach(closeAllEditors);

  it('opens in the activity bar and groups the samples province › city › county', async () => {
    await vscode.commands.executeCommand('zhengwu.corpus.focus');
    const zw = await api();
    await zw.services.corpus.ensure();
    await waitFor('indexed samples', () => (zw.services.corpus.peek()?.size ?? 0) >= 12 || undefined, 60000);
    // Municipalities are their own city: 重庆市 › 渝北区.
    const chongqing = await child(undefined, '重庆市');
    const yubei = await child(chongqing, '渝北区');
    const docs = (await children(yubei)).filter((n) => n.kind === 'doc');
    assert.strictEqual(docs.length, 1);
    const item = zw.trees.corpus.getTreeItem(docs[0]);
    assert.strictEqual(item.label, '渝北区召开2024年安全生产工作会议');
    assert.match(String(item.description), /2024-03-0\d · 重庆市 › 渝北区/);
    // A county-level city under its prefecture and province.
    await child(await child(await child(undefined, '江苏省'), '无锡市'), '江阴市');
    const groupItem = zw.trees.corpus.getTreeItem(chongqing);
    assert.match(String(groupItem.description), /\d+/, 'groups show their counts');
  });

  it('clicking a Traditional report opens it converted', async () => {
    const zw = await api();
    const yubei = await child(await child(undefined, '重庆市'), '渝北区');
    const [doc] = (await children(yubei)).filter((n) => n.kind === 'doc');
    const command = zw.trees.corpus.getTreeItem(doc).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the Simplified view', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.scheme === 'zhengwu-view' ? e : undefined;
    });
    assert.ok(editor.document.getText().includes('渝北区召开'), 'Simplified text');
  });

  it('groups by date and by official, and filters', async () => {
    const zw = await api();
    await vscode.commands.executeCommand('zhengwu.corpus.groupByDate');
    const years = (await children()).map(label);
    assert.ok(years.includes('2024'), years.join());
    await vscode.commands.executeCommand('zhengwu.corpus.groupByOfficial');
    const people = await children();
    const li = people.find((n) => label(n) === '黎光宇');
    assert.ok(li, 'an official of the samples');
    const trail = await children(li);
    assert.strictEqual(zw.trees.corpus.getTreeItem(trail[0]).description?.toString().startsWith('区委副书记、区长'), true);
    await vscode.commands.executeCommand('zhengwu.corpus.groupByLocality');
    zw.trees.corpus.setFilter({ text: '渝北' });
    try {
      assert.deepStrictEqual((await children()).map(label), ['重庆市']);
    } finally {
      zw.trees.corpus.setFilter({});
    }
  });

  it('a new file on disk appears in the tree under its place', async () => {
    const zw = await api();
    const source = fs.readFileSync(path.join(workspaceRoot(), 'simplified-county-flood-control.txt'), 'utf8');
    // Same report moved to another county of the same city: the tree must follow the file's own text.
    fs.writeFileSync(added(), source.replace(/都昌县/g, '湖口县').replace(/都昌/g, '湖口'));
    await waitFor('the new report in the index', () => zw.services.corpus.peek()?.get(added()) || undefined, 30000);
    const jiujiang = await child(await child(undefined, '江西省'), '九江市');
    const counties = (await children(jiujiang)).map(label);
    assert.ok(counties.includes('湖口县'), counties.join());
  });

  it('unsaved edits in an open editor update that report, and reverting restores it', async () => {
    const zw = await api();
    const file = path.join(workspaceRoot(), 'simplified-city-safety-committee.txt');
    const index = (await zw.services.corpus.ensure())!;
    const before = index.get(file)!.title;
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(file));
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '【修订稿】'));
    await waitFor('the edited headline in the index', () => index.get(file)?.title.startsWith('【修订稿】') || undefined, 20000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('the file headline again', () => index.get(file)?.title === before || undefined, 20000);
  });

  it('a report expands to its similar passages, each a link to the exact span in the other report', async () => {
    const zw = await api();
    const jiangsu = await child(undefined, '江苏省');
    const docs = (await children(jiangsu)).filter((n) => n.kind === 'doc');
    const province = docs.find((n) => n.kind === 'doc' && n.entry.path.endsWith('simplified-province-safety-conference.txt'));
    assert.ok(province, `the provincial report sits under 江苏省; found ${docs.map(label).join(', ')}`);
    assert.strictEqual(zw.trees.corpus.getTreeItem(province).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const links = await children(province);
    assert.ok(links.length >= 3, 'reused in several reports');
    const link = links[0];
    assert.ok(link.kind === 'similar');
    const item = zw.trees.corpus.getTreeItem(link);
    assert.match(String(item.description), /\d+/);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = await waitFor('the other report at the span', () => {
      const e = vscode.window.activeTextEditor;
      return e && (zw.originalOf(e.document.uri) ?? e.document.uri).fsPath === link.match.b.id && !e.selection.isEmpty ? e : undefined;
    });
    assert.ok(editor.document.getText(editor.selection).length >= 8);
  });

  it('the Officials view lists a person with their trail', async () => {
    const zw = await api();
    const people = await zw.trees.officials.getChildren();
    const person = people.find((n) => label(n) === '欧阳振华');
    assert.ok(person, 'compound-surname official of the samples');
    const stops = await zw.trees.officials.getChildren(person);
    assert.ok(stops.length >= 1 && stops.every((s) => s.kind === 'doc'));
  });
});
