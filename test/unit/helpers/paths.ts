import * as fs from 'fs';
import * as path from 'path';

/** The repository root, found from the compiled test's location (out/test/unit/...) or the source tree. */
export const repoRoot: string = (() => {
  let dir = __dirname;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'zhengwu-lens') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`package.json of zhengwu-lens not found above ${__dirname}`);
    dir = up;
  }
})();

/**
 * The five real scraped articles live beside the project (../shared/corpus), never inside it: tests
 * read them from there and must not copy their text into the repository.
 */
export const sharedCorpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');

export function sharedArticle(prefix: string): string {
  const name = fs.readdirSync(sharedCorpusDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no article ${prefix}* in ${sharedCorpusDir}`);
  return fs.readFileSync(path.join(sharedCorpusDir, name), 'utf8');
}

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const samplesDir = path.join(repoRoot, 'samples');
