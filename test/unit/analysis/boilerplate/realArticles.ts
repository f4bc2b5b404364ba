import * as path from 'path';
import { sharedArticle } from '../../helpers/paths';

type Prepare = (source: string) => { text: string };

let prepareFn: Prepare | null | undefined;
let converter: ((s: string) => string) | undefined;

/** The project's own cleaner when it is built; loaded at run time so these tests do not depend on it. */
function projectPrepare(): Prepare | null {
  if (prepareFn === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(__dirname, '..', '..', '..', '..', 'src', 'core', 'text')) as { prepare?: Prepare };
      prepareFn = typeof mod.prepare === 'function' ? mod.prepare : null;
    } catch {
      prepareFn = null;
    }
  }
  return prepareFn;
}

const PINYIN = /\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})\)/g;

/**
 * The cleaned Simplified text of a real article in ../shared/corpus: the project's prepare() when it
 * works, otherwise the same steps done plainly (drop pinyin annotations and the `??` left by lost
 * full-width spaces, then OpenCC t→cn). Tests search this text for what they assert, so either works.
 */
export function simplifiedArticle(prefix: string): string {
  const source = sharedArticle(prefix);
  const prepare = projectPrepare();
  if (prepare) {
    try {
      return prepare(source).text;
    } catch {
      // Another helper's cleaner may be half-written: fall through to the plain steps.
    }
  }
  if (!converter) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): (s: string) => string };
    converter = OpenCC.Converter({ from: 't', to: 'cn' });
  }
  return converter(source.replace(PINYIN, '').replace(/^\?\?/gm, ''));
}
