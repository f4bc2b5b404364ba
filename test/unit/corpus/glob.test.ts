import * as assert from 'assert';
import { anyGlob, compileGlob } from '../../../src/core/corpus/glob';
import { CorpusFilter, DEFAULT_EXCLUDE } from '../../../src/core/corpus/walk';

const sensitive = { caseInsensitive: false };

function check(pattern: string, yes: string[], no: string[]): void {
  const m = compileGlob(pattern, sensitive);
  for (const p of yes) assert.ok(m(p), `${pattern} should match ${p}`);
  for (const p of no) assert.ok(!m(p), `${pattern} should not match ${p}`);
}

describe('corpus globs', () => {
  it('**/*.{txt,md}: any depth, the root included', () => {
    check('**/*.{txt,md}', ['a.txt', 'x/y/z.md', '报道/2023/会议.txt'], ['a.txt.bak', 'a.TXT', 'atxt', 'dir.txt/file']);
  });

  it('* and ? stay inside one segment', () => {
    check('*.txt', ['a.txt'], ['x/a.txt']);
    check('news/?.txt', ['news/a.txt'], ['news/ab.txt', 'news/x/a.txt']);
  });

  it('**/name/** matches the folder itself and everything below it', () => {
    check('**/node_modules/**', ['node_modules', 'node_modules/a/b.txt', 'x/node_modules', 'x/node_modules/y.txt'], ['node_modules2/a.txt', 'my_node_modules/a']);
  });

  it('a/**/b crosses any number of folders, none included', () => {
    check('src/**/test.txt', ['src/test.txt', 'src/a/b/test.txt'], ['srctest.txt', 'src/a/btest.txt']);
  });

  it('character classes, negation and nested braces', () => {
    check('[0-9][0-9]_*.txt', ['01_a.txt'], ['a1_a.txt']);
    check('[!.]*.txt', ['a.txt'], ['.a.txt']);
    check('**/*.{txt,{md,markdown}}', ['a.md', 'b/c.markdown', 'd.txt'], ['e.mdx']);
  });

  it('regular-expression characters are literal', () => {
    check('a+(b).txt', ['a+(b).txt'], ['aa(b).txt', 'a+b.txt']);
  });

  it('case-insensitive matching on request (Windows and macOS file systems)', () => {
    assert.ok(compileGlob('**/*.txt', { caseInsensitive: true })('A/B.TXT'));
    assert.ok(!compileGlob('**/*.txt', sensitive)('A/B.TXT'));
  });

  it('anyGlob ignores blank patterns', () => {
    const m = anyGlob(['', '  ', '**/*.bak'], sensitive);
    assert.ok(m('x/y.bak'));
    assert.ok(!m('x/y.txt'));
  });

  it('the default filter: documents, excluded folders, hidden files and project docs', () => {
    const f = new CorpusFilter(undefined, DEFAULT_EXCLUDE);
    assert.ok(f.isDocument('a/b.txt'));
    assert.ok(f.isDocument('notes.md'));
    assert.ok(!f.isDocument('README.md'));
    assert.ok(!f.isDocument('sub/CHANGELOG.md'));
    assert.ok(!f.isDocument('node_modules/pkg/a.txt'));
    assert.ok(!f.isDocument('.hidden.txt'));
    assert.ok(!f.isDocument('.cache/a.txt'));
    assert.ok(!f.isDocument('image.png'));
    assert.ok(f.skipsFolder('node_modules'));
    assert.ok(f.skipsFolder('x/dist'));
    assert.ok(f.skipsFolder('.git'));
    assert.ok(!f.skipsFolder('reports'));
  });
});
