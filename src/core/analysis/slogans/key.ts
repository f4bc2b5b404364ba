import { CONVERTIBLE_CHARS } from './convertibleChars';

type Convert = (text: string) => string;

let convertibleSet: Set<number> | undefined;
let toSimplified: Convert | undefined;

function convertible(): Set<number> {
  if (!convertibleSet) {
    convertibleSet = new Set();
    for (const ch of CONVERTIBLE_CHARS) convertibleSet.add(ch.codePointAt(0)!);
  }
  return convertibleSet;
}

/** True when OpenCC's Traditional→Simplified conversion could change `text`. */
export function hasConvertibleChars(text: string): boolean {
  const set = convertible();
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp >= 0x2e80 && set.has(cp)) return true;
  }
  return false;
}

/**
 * The converter is loaded on first need only: most documents are already Simplified, and loading plus
 * building it costs tens of milliseconds.
 */
function simplify(text: string): string {
  if (!hasConvertibleChars(text)) return text;
  if (!toSimplified) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): Convert };
    toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
  }
  return toSimplified(text);
}

/**
 * Quote marks of every style, separators and white space: a slogan is the same slogan however it is
 * punctuated (`党政同责，一岗双责` / `党政同责、一岗双责` / `党政同责 一岗双责`).
 */
const DROPPED = /[\s\u3000“”‘’「」『』〝〞〟"'＂＇`´，、,；;：:。.！!？?·・•‧﹑﹐﹔﹕…—–\-－~～_＿()（）[\]【】〔〕<>〈〉《》/／|｜\\]/g;

/**
 * Normalises a slogan so the same formulation matches across documents: full-width letters and digits
 * become ASCII, letters lower-case, quotes/separators/spaces are dropped and Traditional characters are
 * converted to Simplified. `+` (as in `1+N`) is kept: it is part of the formula.
 */
export function sloganKey(text: string): string {
  let s = text.normalize('NFKC');
  s = s.replace(DROPPED, '').toLowerCase();
  return simplify(s);
}
