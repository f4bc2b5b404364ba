// Checks the built package, not the ignore file: what users install is dist/zhengwu-lens.vsix.
// `npm test` builds and packages right before running this file (stage "packaging");
// alone: `npm run build && npm run package && npx mocha out/test/unit/packaging/vsix.test.js`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../helpers/paths';
import { listZip, readZipEntry, ZipEntry } from './zip';

const vsixPath = path.join(repoRoot, 'dist', 'zhengwu-lens.vsix');
const bundlePath = path.join(repoRoot, 'dist', 'extension.js');

/** Repo files in these folders (and the nls files) are allow-listed: each one must be shipped. */
const SHIPPED_FOLDERS = ['l10n', 'media'];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

/** dist/ files the bundle loads by name at run time (worker bundles, the jieba .wasm). */
function distFilesReferencedByBundle(): string[] {
  const bundle = fs.readFileSync(bundlePath, 'utf8');
  return fs
    .readdirSync(path.join(repoRoot, 'dist'))
    .filter((f) => /\.(js|wasm)$/.test(f) && f !== 'extension.js' && bundle.includes(f));
}

/** Relative image paths of a README (Markdown images and <img> tags), as the package must hold them. */
function relativeImages(markdown: string): string[] {
  const links = [
    ...[...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]),
    ...[...markdown.matchAll(/<img[^>]+src=["']([^"']+)["']/g)].map((m) => m[1]),
  ];
  return links.filter((l) => !/^[a-z]+:/i.test(l)).map((l) => path.posix.normalize(l.replace(/^\.\//, '')));
}

describe('packaged extension (.vsix)', () => {
  let zip: Buffer;
  let entries: ZipEntry[];
  let files: string[]; // paths inside the extension, without the 'extension/' prefix

  before(function () {
    assert.ok(fs.existsSync(vsixPath), `${vsixPath} not found: run \`npm run build && npm run package\` (npm test does this before this test)`);
    assert.ok(fs.existsSync(bundlePath), `${bundlePath} not found: run \`npm run build\``);
    assert.ok(
      fs.statSync(vsixPath).mtimeMs >= fs.statSync(bundlePath).mtimeMs,
      'dist/zhengwu-lens.vsix is older than dist/extension.js: run `npm run package` again',
    );
    zip = fs.readFileSync(vsixPath);
    entries = listZip(zip);
    files = entries.filter((e) => e.name.startsWith('extension/')).map((e) => e.name.slice('extension/'.length));
  });

  it('is a VS Code package with a manifest', () => {
    const names = entries.map((e) => e.name);
    assert.ok(names.includes('extension.vsixmanifest'), 'extension.vsixmanifest missing');
    assert.ok(names.includes('[Content_Types].xml'), '[Content_Types].xml missing');
  });

  it('ships the bundle, the manifest, the README and the jieba .wasm', () => {
    for (const required of ['package.json', 'dist/extension.js', 'dist/jieba_rs_wasm_bg.wasm']) {
      assert.ok(files.includes(required), `${required} is not in the package`);
    }
    assert.ok(files.some((f) => /^readme\.md$/i.test(f)), 'README is not in the package');
  });

  it('ships every dist/ file the bundle loads at run time', () => {
    const needed = distFilesReferencedByBundle().map((f) => `dist/${f}`);
    const missing = needed.filter((f) => !files.includes(f));
    assert.deepStrictEqual(missing, [], `extension.js loads files the package lacks (add them to .vscodeignore's allow-list)`);
  });

  it('ships every allow-listed resource of the repository (grammars, media, l10n, nls)', () => {
    const resources = [
      ...SHIPPED_FOLDERS.flatMap((d) => filesUnder(path.join(repoRoot, d))),
      ...filesUnder(path.join(repoRoot, 'syntaxes')).filter((f) => path.dirname(f) === path.join(repoRoot, 'syntaxes') && f.endsWith('.json')),
      ...fs.readdirSync(repoRoot).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)).map((f) => path.join(repoRoot, f)),
    ].map((f) => path.relative(repoRoot, f).split(path.sep).join('/'));
    const missing = resources.filter((f) => !files.includes(f));
    assert.deepStrictEqual(missing, []);
  });

  it('ships every image the README shows, so its page in VS Code is not broken', () => {
    const readme = entries.find((e) => /^extension\/readme\.md$/i.test(e.name));
    assert.ok(readme, 'README is not in the package');
    const missing = relativeImages(readZipEntry(zip, readme).toString('utf8')).filter((img) => !files.includes(img));
    assert.deepStrictEqual(missing, [], 'README images missing from the package (allow-list them in .vscodeignore)');
  });

  it('contains nothing outside the allow-list: no sources, tests, scripts, dependencies or maps', () => {
    const bundleRefs = new Set(distFilesReferencedByBundle());
    const readme = entries.find((e) => /^extension\/readme\.md$/i.test(e.name));
    const readmeImages = new Set(readme ? relativeImages(readZipEntry(zip, readme).toString('utf8')) : []);
    const allowed = (f: string) =>
      f === 'package.json' ||
      /^package\.nls(\.[\w-]+)?\.json$/.test(f) ||
      /^(readme|changelog)\.md$/i.test(f) ||
      /^license(\.txt|\.md)?$/i.test(f) ||
      /^(l10n|media)\//.test(f) ||
      /^syntaxes\/[^/]+\.json$/.test(f) ||
      f === 'dist/extension.js' ||
      /^dist\/[^/]+\.wasm$/.test(f) ||
      (/^docs\/screenshots\/[^/]+\.png$/.test(f) && readmeImages.has(f)) ||
      // The sample corpus opened by the Corpus view's welcome button: reports and their README only.
      /^samples\/[^/]+\.txt$/.test(f) ||
      f === 'samples/README.md' ||
      (f.startsWith('dist/') && bundleRefs.has(f.slice('dist/'.length)));
    const unexpected = files.filter((f) => !allowed(f));
    assert.deepStrictEqual(unexpected, [], 'files outside the allow-list were packaged');
    for (const f of files) {
      assert.ok(!/^(src|node_modules|out|test|scripts|bench|\.ci)\//.test(f), `${f} must not be packaged`);
      assert.ok(!/\.(map|ts|vsix)$/.test(f), `${f} must not be packaged`);
    }
    assert.ok(!files.includes('dist/cli.js'), 'the CLI bundle is not part of the extension');
    assert.ok(files.includes('samples/traditional-district-safety-meeting.txt'), 'the sample corpus ships for "Open Sample Corpus"');
  });

  it("packages this checkout's manifest, whose entry point is shipped", () => {
    const entry = entries.find((e) => e.name === 'extension/package.json');
    assert.ok(entry);
    const packaged = JSON.parse(readZipEntry(zip, entry).toString('utf8'));
    const repo = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    assert.strictEqual(packaged.name, repo.name);
    assert.strictEqual(packaged.publisher, repo.publisher);
    assert.strictEqual(packaged.version, repo.version);
    const main = path.posix.normalize(String(packaged.main).replace(/^\.\//, ''));
    assert.ok(files.includes(main) || files.includes(`${main}.js`), `package.json main (${packaged.main}) is not in the package`);
    const shippedBundle = readZipEntry(zip, entries.find((e) => e.name === 'extension/dist/extension.js')!);
    assert.ok(shippedBundle.equals(fs.readFileSync(bundlePath)), 'the packaged extension.js differs from dist/extension.js');
  });
});
