import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'zhengwu-lens.zhengwu-lens';
// Compiled to out/test/integration/, three levels below the repository.
const repoRoot = path.resolve(__dirname, '..', '..', '..');

describe('extension host smoke test', () => {
  it('finds the development build of the extension', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not among the loaded extensions: is extensionDevelopmentPath the repo root?`);
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.strictEqual(ext.packageJSON.version, pkg.version);
    // The host must run this checkout, not some installed copy of the extension.
    assert.strictEqual(path.resolve(ext.extensionUri.fsPath), repoRoot);
  });

  it('activates and returns an API object from activate()', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const api = await ext.activate();
    assert.ok(ext.isActive, 'extension did not become active');
    assert.strictEqual(typeof api, 'object', `activate() returned ${typeof api}, expected the extension's API object`);
    assert.notStrictEqual(api, null);
    assert.strictEqual(ext.exports, api);
  });

  it('opens a temporary copy of the samples, never the repository itself', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'expected exactly one workspace folder');
    const ws = path.resolve(folders[0].uri.fsPath);
    assert.ok(!ws.startsWith(repoRoot + path.sep) && ws !== repoRoot, `tests would modify the repository: workspace is ${ws}`);
    const samples = path.join(repoRoot, 'samples');
    const expected = fs.existsSync(samples) ? fs.readdirSync(samples).sort() : [];
    assert.deepStrictEqual(fs.readdirSync(ws).sort(), expected, 'workspace is not a copy of samples/');
  });
});
