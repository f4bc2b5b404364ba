import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../helpers/paths';

/** Every runtime message passed to vscode.l10n.t in src/, as written in the source. */
export function l10nKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(m[1].replace(/\\'/g, "'"));
      }
    }
  };
  walk(path.join(repoRoot, 'src'));
  return keys;
}

describe('localisation', () => {
  it('every runtime message has a Simplified Chinese translation with the same placeholders', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const missing = [...l10nKeys()].filter((k) => !(k in bundle));
    assert.deepStrictEqual(missing, [], 'add these to l10n/bundle.l10n.zh-cn.json');
    for (const [key, value] of Object.entries(bundle)) {
      const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.strictEqual(holes(value), holes(key), `placeholders differ for "${key}"`);
    }
  });

  it('every %key% in package.json exists in both manifest translations', () => {
    const manifest = fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
      assert.deepStrictEqual(keys.filter((k) => !(k in nls)), [], file);
    }
  });
});
