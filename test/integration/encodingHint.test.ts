import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as path from 'path';
import * as vscode from 'vscode';
import { api, closeAllEditors, sha256, waitFor, workspaceRoot } from './helpers';

describe('Encoding hint', () => {
  const gbkFile = () => path.join(workspaceRoot(), 'gbk-copy-of-flood-control.txt');
  before(api);
  afterEach(closeAllEditors);
  after(() => fs.rmSync(gbkFile(), { force: true }));

  it('tells the reader a GBK report was opened as UTF-8, and changes nothing on disk', async () => {
    const zw = await api();
    const text = fs.readFileSync(path.join(workspaceRoot(), 'simplified-city-flood-control.txt'), 'utf8');
    fs.writeFileSync(gbkFile(), iconv.encode(text, 'gbk'));
    const before = sha256(gbkFile());
    const uri = vscode.Uri.file(gbkFile());
    await vscode.window.showTextDocument(uri);
    const name = await waitFor('the encoding hint', () => zw.encodingHints().get(uri.toString()));
    assert.strictEqual(name, 'GBK');
    assert.strictEqual(sha256(gbkFile()), before);
    // The corpus index reads the same file correctly whatever the editor did.
    const index = (await zw.services.corpus.ensure())!;
    const entry = await waitFor('the GBK copy in the index', () => index.get(gbkFile()), 30000);
    assert.strictEqual(entry.encoding, 'gbk');
    assert.strictEqual(entry.locality.city, '荆州市');
  });
});
