import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, EXTENSION_ID, waitFor, workspaceRoot } from './helpers';

/*
 * Issue 7, safety: a report whose headline, slogans and directives carry Markdown command links and
 * HTML must not turn into anything clickable or rendered in hovers and tree tooltips; and the manifest
 * declares what Restricted Mode and virtual workspaces get.
 */

const QUIT = '[退出](command:workbench.action.quit)';
const IMG = '<img src=x onerror=alert(1)>';
const REPORT = [
  `${QUIT}临江区召开安全生产工作会议${IMG}`,
  `　　3月5日，临江区召开安全生产工作会议。区委副书记、区长周明远${QUIT}出席会议并讲话。`,
  `　　周明远强调，要坚持“${QUIT}”，全力实现“双下降${IMG}”目标。要落实[责任](command:workbench.action.files.delete)，确保<a href="command:workbench.action.quit">安全</a>。`,
  `　　副区长林海主持会议。（记者 陈晓${QUIT}）`,
].join('\n');

const OUR_COMMANDS = ['zhengwu.findPersonInCorpus'];

/**
 * Link targets Markdown would render from `md`: text after `](` up to `)`, outside code spans and not
 * escaped — what VS Code's renderer turns into a clickable link.
 */
export function linkTargets(md: string): string[] {
  const targets: string[] = [];
  let code = false;
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') code = !code;
    if (code || c !== ']' || md[i + 1] !== '(') continue;
    const close = md.indexOf(')', i + 2);
    if (close > 0) targets.push(md.slice(i + 2, close));
  }
  return targets;
}

/** `<` that Markdown would pass on as the start of HTML: not escaped, outside code spans. */
export function rawHtml(md: string): string[] {
  const found: string[] = [];
  let code = false;
  for (let i = 0; i < md.length; i++) {
    if (md[i] === '\\') {
      i++;
      continue;
    }
    if (md[i] === '`') code = !code;
    else if (!code && md[i] === '<') found.push(md.slice(i, i + 20));
  }
  return found;
}

function assertInert(md: vscode.MarkdownString | string, where: string): void {
  if (typeof md === 'string') return; // plain strings are never rendered as Markdown
  assert.notStrictEqual(md.isTrusted, true, `${where}: fully trusted Markdown`);
  if (typeof md.isTrusted === 'object') {
    const extra = md.isTrusted.enabledCommands.filter((c) => !OUR_COMMANDS.includes(c));
    assert.deepStrictEqual(extra, [], `${where}: enables commands that are not the extension's own`);
  }
  assert.ok(!md.supportHtml, `${where}: HTML enabled`);
  for (const target of linkTargets(md.value)) {
    if (!/^\s*command:/i.test(target)) continue;
    const command = target.replace(/^\s*command:/i, '').split('?')[0];
    assert.ok(OUR_COMMANDS.includes(command), `${where}: a clickable link to ${command}: ${md.value}`);
  }
  assert.deepStrictEqual(rawHtml(md.value), [], `${where}: raw HTML in ${md.value}`);
}

describe('Reliability: safety in the extension host', function () {
  this.timeout(120_000);
  const folder = () => path.join(workspaceRoot(), 'reliability-safety');
  const file = () => path.join(folder(), 'injection.txt');

  before(async () => {
    fs.mkdirSync(folder(), { recursive: true });
    fs.writeFileSync(file(), REPORT);
    const zw = await api();
    await zw.services.corpus.refresh();
  });

  after(async () => {
    await closeAllEditors();
    fs.rmSync(folder(), { recursive: true, force: true });
    const zw = await api();
    await zw.services.corpus.refresh();
  });

  it('hovers over every part of a report carrying command links and HTML create no clickable command and no HTML', async () => {
    const zw = await api();
    const doc = await vscode.workspace.openTextDocument(file());
    await vscode.window.showTextDocument(doc);
    const insight = await zw.services.analysis.insight(doc);
    assert.ok(insight && insight.analysis.officials.length > 0, 'the report was analysed');
    let hovers = 0;
    let sawInjectedText = false;
    for (let offset = 0; offset < doc.getText().length; offset += 2) {
      const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
      for (const hover of result) {
        for (const content of hover.contents) {
          const md = content as vscode.MarkdownString | string;
          assertInert(md, `hover at ${offset}`);
          const value = typeof md === 'string' ? md : md.value;
          // The slogan “双下降<img…>” is shown: its HTML must arrive escaped.
          if (value.includes('\\<img src=x onerror=alert\\(1\\)\\>')) sawInjectedText = true;
          hovers++;
        }
      }
    }
    assert.ok(hovers > 0, 'some hovers were shown');
    assert.ok(sawInjectedText, 'the injected text reached a hover (escaped), so the check above was not vacuous');
  });

  it('tree items of the report: plain labels and inert tooltips', async () => {
    const zw = await api();
    const index = await zw.services.corpus.ensure();
    const entry = await waitFor('the report indexed', () => index?.get(file()), 30_000);
    assert.match(entry.title, /command:|临江区/, 'the headline (with the injected link) is the entry title');
    const checkTree = async (provider: typeof zw.trees.corpus, name: string) => {
      let items = 0;
      const walk = async (nodes: Awaited<ReturnType<typeof provider.getChildren>>): Promise<void> => {
        for (const node of nodes) {
          const item = provider.getTreeItem(node);
          const label = typeof item.label === 'string' ? item.label : item.label?.label;
          assert.strictEqual(typeof label, 'string', `${name}: labels are plain text`);
          if (item.tooltip !== undefined) assertInert(item.tooltip, `${name} tooltip of ${label}`);
          items++;
          if (node.kind !== 'doc') await walk(await provider.getChildren(node));
        }
      };
      await walk(await provider.getChildren());
      return items;
    };
    const node = await zw.trees.corpus.nodeOf(file());
    assert.ok(node, 'the report is in the Corpus view');
    const item = zw.trees.corpus.getTreeItem(node);
    assert.ok(item.tooltip instanceof vscode.MarkdownString && item.tooltip.value.includes('command\\:workbench'), 'the tooltip shows the link text, escaped');
    assert.ok((await checkTree(zw.trees.corpus, 'Corpus view')) > 0);
    assert.ok((await checkTree(zw.trees.officials, 'Officials view')) > 0);
  });

  it('the manifest declares Restricted Mode and virtual workspaces as limited, with what is limited', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const pkg = ext.packageJSON as { capabilities: Record<string, { supported: unknown; description?: string }> };
    const nls = JSON.parse(fs.readFileSync(path.join(ext.extensionPath, 'package.nls.json'), 'utf8')) as Record<string, string>;
    // The manifest may arrive localised or with its %key% placeholders.
    const text = (s = '') => s.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? s);
    for (const key of ['untrustedWorkspaces', 'virtualWorkspaces']) {
      const cap = pkg.capabilities[key];
      assert.strictEqual(cap?.supported, 'limited', key);
      assert.ok(text(cap.description).length > 20, `${key} says what is limited`);
    }
    assert.match(text(pkg.capabilities.untrustedWorkspaces.description), /cache/i);
    assert.match(text(pkg.capabilities.virtualWorkspaces.description), /index/i);
  });
});
