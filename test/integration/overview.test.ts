import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { sloganKey } from '../../src/core/analysis/slogans/key';
import { decodeText } from '../../src/core/corpus';
import { prepare } from '../../src/core/text';
import { api, closeAllEditors, EXTENSION_ID, waitFor, workspaceRoot } from './helpers';

interface Truth {
  locality: { province: string | null };
  publishedAt: string | null;
  slogans: string[];
}

/** The samples' ground truth (test/fixtures/expected), written by hand: what the charts must add up to. */
function truths(): Map<string, Truth> {
  const dir = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'test', 'fixtures', 'expected');
  const samples = fs.readdirSync(workspaceRoot()).filter((f) => f.endsWith('.txt'));
  return new Map(samples.map((f) => [f, JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as Truth]));
}

/** Opens (or reveals) the panel: closing all editors between tests closes it too. */
async function showPanel(): Promise<void> {
  const zw = await api();
  await vscode.commands.executeCommand('zhengwu.showOverview');
  await waitFor('the overview panel', () => zw.overview.panelVisible());
}

describe('Corpus Overview', function () {
  this.timeout(120_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zwu-overview-'));
  before(api);
  after(async () => {
    (await api()).overview.setSaveDialog(undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  afterEach(closeAllEditors);

  it('opens from the command and receives the aggregates of the workspace', async () => {
    const zw = await api();
    const truth = truths();
    await showPanel();
    // `init` answers the page's `ready`: the webview script loaded and ran under its CSP.
    await waitFor('the page to load', () => zw.overview.lastMessage('init'), 30_000);
    const overview = await waitFor('aggregates of every sample', () => {
      const o = zw.overview.lastPosted();
      return o && o.documents === truth.size ? o : undefined;
    }, 90_000);
    const provinces = new Set([...truth.values()].map((t) => t.locality.province).filter(Boolean));
    assert.deepStrictEqual(new Set(overview.places.map((p) => p.name)), provinces);
    assert.strictEqual(overview.located, [...truth.values()].filter((t) => t.locality.province).length);
    const jiangsu = overview.places.find((p) => p.name === '江苏省')!;
    assert.strictEqual(jiangsu.documents, [...truth.values()].filter((t) => t.locality.province === '江苏省').length);
    assert.ok(jiangsu.children.some((c) => c.name === '无锡市' && c.children.some((k) => k.name === '江阴市')), 'province › city › county');
    const onTimeline = overview.timeline.series.reduce((n, s) => n + s.total, 0);
    assert.strictEqual(onTimeline + overview.timeline.undated + overview.timeline.withoutMonth, overview.documents);
    const may2023 = overview.timeline.months.indexOf('2023-05');
    assert.ok(may2023 >= 0, overview.timeline.months.join());
    const expectedMay = [...truth.values()].filter((t) => t.publishedAt?.startsWith('2023-05')).length;
    assert.strictEqual(overview.timeline.series.reduce((n, s) => n + s.counts[may2023], 0), expectedMay);
    assert.ok(overview.slogans.length > 0 && overview.officials.length > 0);
  });

  it('answers drill-down requests with the matching reports', async () => {
    const zw = await api();
    await showPanel();
    const truth = truths();
    await zw.overview.receive({ type: 'requestMonth', month: '2023-05', series: '江苏省' });
    const month = zw.overview.lastMessage('documents')!;
    assert.deepStrictEqual(month.subject, { kind: 'month', month: '2023-05', series: '江苏省' });
    const expected = [...truth].filter(([, t]) => t.publishedAt?.startsWith('2023-05') && t.locality.province === '江苏省').map(([f]) => f);
    assert.deepStrictEqual(month.documents.map((d) => d.path).sort(), expected.sort());
    assert.ok(month.documents.every((d) => d.title && d.locality.startsWith('江苏省')));

    await zw.overview.receive({ type: 'requestPlace', path: ['上海市'] });
    const place = zw.overview.lastMessage('documents')!;
    assert.deepStrictEqual(place.subject, { kind: 'place', path: ['上海市'] });
    assert.deepStrictEqual(place.documents.map((d) => d.path).sort(), [...truth].filter(([, t]) => t.locality.province === '上海市').map(([f]) => f).sort());

    const written = '党政同责，一岗双责，齐抓共管，失职追责';
    await zw.overview.receive({ type: 'requestSlogan', key: written });
    const spread = zw.overview.lastMessage('sloganSpread')!;
    const users = [...truth].filter(([, t]) => t.slogans.some((s) => sloganKey(s) === sloganKey(written))).map(([f]) => f);
    assert.strictEqual(spread.key, sloganKey(written));
    assert.deepStrictEqual(spread.spread?.documents.map((d) => d.path).sort(), users.sort());
    assert.ok(spread.spread!.firsts.length >= 3, 'several localities');
  });

  it('ignores malformed messages', async () => {
    const zw = await api();
    await showPanel();
    const before = zw.overview.lastMessage('documents');
    await zw.overview.receive({ type: 'requestPlace', path: '<img src=x onerror=alert(1)>' });
    await zw.overview.receive({ type: 'openDocument', path: '/etc/passwd' });
    await zw.overview.receive({ type: 'runCommand', command: 'workbench.action.terminal.new' });
    assert.strictEqual(zw.overview.lastMessage('documents'), before, 'nothing answered');
    assert.strictEqual(vscode.window.activeTextEditor, undefined, 'nothing opened');
  });

  it('opens a listed report in its Simplified view', async () => {
    const zw = await api();
    await showPanel();
    await zw.overview.receive({ type: 'openDocument', path: 'traditional-district-safety-meeting.txt' });
    const editor = await waitFor('the Simplified view', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.scheme === 'zhengwu-view' ? e : undefined;
    }, 30_000);
    assert.ok(editor.document.getText().includes('渝北区'));
  });

  it('exports a table as CSV and a chart as SVG where the save dialog says', async () => {
    const zw = await api();
    await showPanel();
    const asked: vscode.SaveDialogOptions[] = [];
    let target = vscode.Uri.file(path.join(tmp, 'places.csv'));
    zw.overview.setSaveDialog(async (options) => {
      asked.push(options);
      return target;
    });
    await zw.overview.receive({ type: 'exportCsv', table: 'places' });
    const csv = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok(csv.startsWith('\uFEFF'), 'a BOM, so spreadsheets read UTF-8');
    assert.match(csv, /江苏省/);
    assert.match(csv, /无锡市/);
    assert.deepStrictEqual(asked[0].filters, { CSV: ['csv'] });

    target = vscode.Uri.file(path.join(tmp, 'timeline.svg'));
    await zw.overview.receive({ type: 'exportChart', chart: 'timeline', format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>' });
    assert.match(fs.readFileSync(target.fsPath, 'utf8'), /^<\?xml[^>]*>\n<svg/);

    zw.overview.setSaveDialog(async () => undefined);
    const count = zw.overview.exported().length;
    await zw.overview.receive({ type: 'exportCsv', table: 'officials' });
    assert.strictEqual(zw.overview.exported().length, count, 'a cancelled dialog writes nothing');
  });

  it('"Show Slogan Spread" on a selected slogan switches the panel to it', async () => {
    const zw = await api();
    const doc = await vscode.workspace.openTextDocument(path.join(workspaceRoot(), 'simplified-district-gas-safety.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    const written = '三管三必须';
    const at = doc.getText().indexOf(written);
    assert.ok(at >= 0, 'the sample quotes the slogan');
    editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + written.length));
    await vscode.commands.executeCommand('zhengwu.showSloganSpread');
    const focus = await waitFor('the slogan sent to the panel', () => {
      const m = zw.overview.lastMessage('focusSlogan');
      return m?.key === sloganKey(written) ? m : undefined;
    }, 30_000);
    assert.strictEqual(focus.key, '三管三必须');
    assert.ok(zw.overview.panelVisible() || vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview)));
  });

  it('"Show Slogan Spread" on a passage that is no slogan lists the reports sharing it', async () => {
    const zw = await api();
    // Two samples report the same inspection (one in Traditional): find a sentence-length run they share.
    const read = (f: string) => prepare(decodeText(fs.readFileSync(path.join(workspaceRoot(), f)))).text;
    const mine = read('simplified-district-fire-inspection.txt');
    const other = read('traditional-district-fire-inspection.txt');
    let at = -1;
    for (let i = 0; i + 30 <= mine.length && at < 0; i++) {
      const run = mine.slice(i, i + 30);
      if (/^\p{Script=Han}[^\n“”「」]+$/u.test(run) && other.includes(run)) at = i;
    }
    assert.ok(at >= 0, 'the two samples share a 30-character run');
    const doc = await vscode.workspace.openTextDocument(path.join(workspaceRoot(), 'simplified-district-fire-inspection.txt'));
    const editor = await vscode.window.showTextDocument(doc);
    const start = doc.getText().indexOf(mine.slice(at, at + 30));
    assert.ok(start >= 0, 'the run is in the file as written');
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + 30));
    await vscode.commands.executeCommand('zhengwu.showSloganSpread');
    const list = await waitFor('the reports sharing the passage', () => {
      const m = zw.overview.lastMessage('documents');
      return m?.subject.kind === 'passage' ? m : undefined;
    }, 60_000);
    assert.ok(list.documents.some((d) => d.path === 'traditional-district-fire-inspection.txt'), list.documents.map((d) => d.path).join());
    assert.ok(!list.documents.some((d) => d.path === 'simplified-district-fire-inspection.txt'), 'not the report itself');
  });
});
