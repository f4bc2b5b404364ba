/**
 * Where each pair of adjacent CJK ideographs occurs in a text. Finding every occurrence of a word with
 * `indexOf` costs a scan of the text per word; a document that asks about thousands of distinct words
 * (the names in a long report) would be scanned thousands of times. With the index, a word's
 * occurrences are the positions of its first two characters where the rest also matches.
 */
const LOW = 0x3400;
const HIGH = 0x9fff;
const SPAN = HIGH - LOW + 1;

/** A small integer (an unboxed map key) for two ideographs in U+3400–U+9FFF, or -1. */
function pairKey(a: number, b: number): number {
  if (a < LOW || a > HIGH || b < LOW || b > HIGH) return -1;
  return (a - LOW) * SPAN + (b - LOW);
}

export class PairIndex {
  private readonly positions = new Map<number, number[]>();

  constructor(private readonly text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      const key = pairKey(text.charCodeAt(i), text.charCodeAt(i + 1));
      if (key < 0) continue;
      const list = this.positions.get(key);
      if (list) list.push(i);
      else this.positions.set(key, [i]);
    }
  }

  /**
   * Calls `visit` with each occurrence of `word` in ascending order, overlapping ones included (what
   * `indexOf(word, at + 1)` steps through), until it returns true; returns whether one did. For the
   * empty word that walk never ends: the visitor must stop it.
   */
  some(word: string, visit: (at: number) => boolean): boolean {
    const { text } = this;
    const key = word.length >= 2 ? pairKey(word.charCodeAt(0), word.charCodeAt(1)) : -1;
    if (key < 0) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (visit(at)) return true;
      return false;
    }
    for (const at of this.positions.get(key) ?? []) if (text.startsWith(word, at) && visit(at)) return true;
    return false;
  }
}
