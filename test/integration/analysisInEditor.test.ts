import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, openInView, sampleUri, waitFor } from './helpers';

const TRADITIONAL = 'traditional-district-safety-meeting.txt';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1'); // markdown escapes
}

describe('Analysis in the editor', () => {
  before(api);
  afterEach(closeAllEditors);

  it('decorates officials, dates and directives in the Simplified view of a Traditional file', async () => {
    const zw = await api();
    const editor = await openInView(sampleUri(TRADITIONAL));
    const counts = await waitFor('decorations', () => {
      const c = zw.decorationCounts(editor.document.uri);
      return c && c.officials > 0 ? c : undefined;
    }, 20000);
    assert.ok(counts.dates > 0, JSON.stringify(counts));
    assert.ok(counts.directives > 0, JSON.stringify(counts));
    assert.ok(counts.titles > 0, JSON.stringify(counts));

    // Hover on the first official mention shows the titles and the document's locality.
    const insight = await zw.services.analysis.insight(editor.document);
    assert.ok(insight, 'analysis available');
    const official = insight.analysis.officials.find((o) => o.titles.length > 0)!;
    assert.ok(official, 'the sample names an official with a title');
    const at = editor.document.positionAt(insight.toDocument(official.mentions[0]).start);
    const text = await hoverText(editor.document.uri, at);
    assert.ok(text.includes(official.name), text);
    assert.ok(text.includes(official.titles[official.titles.length - 1]), text);
    assert.match(text, /locality|所在地/i);

    const date = insight.analysis.dates.find((d) => /^\d{4}-\d{2}-\d{2}/.test(d.iso))!;
    const dateHover = await hoverText(editor.document.uri, editor.document.positionAt(insight.toDocument(date).start));
    assert.ok(dateHover.includes(date.iso.slice(0, 10)), dateHover);
    assert.match(dateHover, /星期/);
  });

  it('decorates the raw Traditional file too, through the offset map', async () => {
    const zw = await api();
    const config = vscode.workspace.getConfiguration('zhengwu');
    await config.update('convertOnOpen', 'off', vscode.ConfigurationTarget.Global);
    try {
      const raw = sampleUri(TRADITIONAL);
      const editor = await vscode.window.showTextDocument(raw);
      const counts = await waitFor('raw decorations', () => {
        const c = zw.decorationCounts(raw);
        return c && c.officials > 0 ? c : undefined;
      }, 20000);
      const insight = (await zw.services.analysis.insight(editor.document))!;
      const o = insight.analysis.officials[0];
      // The mapped range in the raw file holds the Traditional form of the same name.
      const rawName = editor.document.getText(new vscode.Range(
        editor.document.positionAt(insight.toDocument(o.mentions[0]).start),
        editor.document.positionAt(insight.toDocument(o.mentions[0]).end),
      ));
      assert.strictEqual(rawName.replace(/\([a-zǖ́̌̀āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/g, '').length, o.name.length, `${rawName} vs ${o.name}`);
      assert.ok(counts.dates > 0);
    } finally {
      await config.update('convertOnOpen', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('reports corrupt spans as warnings in the Problems panel', async () => {
    const zw = await api();
    const files = await vscode.workspace.findFiles('**/*.txt');
    // Find a sample whose cleaning reported corrupt text (the samples include a mojibake run).
    let target: vscode.Uri | undefined;
    for (const f of files) {
      const p = await zw.services.prepared.forUri(f);
      if (p.cleaning.corrupt.length > 0) target = f;
    }
    assert.ok(target, 'a sample with a corrupt span exists');
    // It opens in its Simplified view; the warnings point into the text the reader sees.
    const editor = await openInView(target);
    const diags = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(editor.document.uri).filter((x) => x.source === 'Zhengwu Lens');
      return d.length > 0 ? d : undefined;
    });
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(diags[0].message.length > 10, diags[0].message);
  });

  it('the toggle command hides and restores all annotations', async () => {
    const zw = await api();
    const editor = await openInView(sampleUri(TRADITIONAL));
    await waitFor('decorated', () => (zw.decorationCounts(editor.document.uri)?.officials ?? 0) > 0 || undefined, 20000);
    await vscode.commands.executeCommand('zhengwu.toggleDecorations');
    try {
      await waitFor('hidden', () => Object.values(zw.decorationCounts(editor.document.uri) ?? { x: 1 }).every((n) => n === 0) || undefined);
    } finally {
      await vscode.commands.executeCommand('zhengwu.toggleDecorations');
    }
    await waitFor('shown again', () => (zw.decorationCounts(editor.document.uri)?.officials ?? 0) > 0 || undefined, 20000);
  });
});
