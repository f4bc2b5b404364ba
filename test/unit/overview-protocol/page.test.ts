import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { contentSecurityPolicy, overviewHtml } from '../../../src/features/overview/html';
import { repoRoot } from '../helpers/paths';

const webviewDir = path.join(repoRoot, 'src', 'features', 'overview', 'webview');
const webviewSources = () => fs.readdirSync(webviewDir).filter((f) => f.endsWith('.ts')).map((f) => [f, fs.readFileSync(path.join(webviewDir, f), 'utf8')] as const);

describe('overview page', () => {
  const html = overviewHtml({ cspSource: 'https://x.vscode-cdn.net', scriptUri: 'https://x.vscode-cdn.net/ext/dist/overview.js', lang: 'zh-cn' }, 'N0nce');

  it('loads one script, by nonce, and nothing from the network', () => {
    const csp = contentSecurityPolicy('https://x.vscode-cdn.net', 'N0nce');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-N0nce'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.ok(html.includes(`content="${csp.replace(/'/g, "'")}"`), 'the page carries the policy');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepStrictEqual(scripts, ['<script nonce="N0nce" src="https://x.vscode-cdn.net/ext/dist/overview.js">']);
    assert.strictEqual([...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]).join(), '<style nonce="N0nce">');
    assert.doesNotMatch(html, /\bon[a-z]+=|style="/, 'no inline handlers or style attributes');
  });

  it('uses a fresh random nonce by default', () => {
    const src = { cspSource: 'vscode-resource:', scriptUri: 'vscode-resource:/overview.js', lang: 'en' };
    const nonces = [overviewHtml(src), overviewHtml(src)].map((h) => /nonce-([A-Za-z0-9]+)/.exec(h)![1]);
    assert.notStrictEqual(nonces[0], nonces[1]);
    assert.ok(nonces.every((n) => n.length >= 16));
  });

  it('never puts text into the page as HTML', () => {
    for (const [file, text] of webviewSources()) {
      assert.doesNotMatch(text, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/, `${file} writes HTML`);
    }
  });

  it('has a translation slot for every string the page shows', () => {
    const strings = fs.readFileSync(path.join(repoRoot, 'src', 'features', 'overview', 'strings.ts'), 'utf8');
    const provided = new Set([...strings.matchAll(/^\s+'((?:[^'\\]|\\.)*)': vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/gm)].map((m) => {
      assert.strictEqual(m[1], m[2], 'each key is its own English text');
      return m[1];
    }));
    const used = new Set(webviewSources().flatMap(([, text]) => [...text.matchAll(/\bt\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1])));
    assert.ok(used.size > 40, `found only ${used.size} strings: the pattern no longer matches the page's t() calls`);
    assert.deepStrictEqual([...used].filter((k) => !provided.has(k)), [], 'add these to src/features/overview/strings.ts');
  });
});
