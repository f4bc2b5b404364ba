/**
 * A set of words answering "longest word starting (or ending) here" by walking a trie of UTF-16 code
 * units forwards (or a second one backwards) from the position: no substring is made, and most
 * positions cost one bit test (no word starts with that unit). Scanners ask this at every position of
 * a document, so it must not allocate.
 */
interface Node {
  next: Map<number, Node> | undefined;
  /** The word ending here, if one does. */
  word: string | undefined;
}

export class WordSet {
  private readonly words: Set<string>;
  private readonly forward: Node = { next: undefined, word: undefined };
  private readonly backward: Node = { next: undefined, word: undefined };
  /** Code units that start (end) some word: the usual answer, "none", without a map lookup. */
  private readonly firsts = new Uint32Array(2048);
  private readonly lasts = new Uint32Array(2048);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      if (!w) continue;
      let node = this.forward;
      for (let k = 0; k < w.length; k++) node = child(node, w.charCodeAt(k));
      node.word = w;
      node = this.backward;
      for (let k = w.length - 1; k >= 0; k--) node = child(node, w.charCodeAt(k));
      node.word = w;
      setBit(this.firsts, w.charCodeAt(0));
      setBit(this.lasts, w.charCodeAt(w.length - 1));
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  /** Length of the longest word starting at `i`, or 0. */
  longestAt(text: string, i: number): number {
    if (i < 0 || i >= text.length || !hasBit(this.firsts, text.charCodeAt(i))) return 0;
    let node: Node | undefined = this.forward;
    let best = 0;
    for (let p = i; p < text.length; p++) {
      node = node.next?.get(text.charCodeAt(p));
      if (!node) break;
      if (node.word !== undefined) best = p - i + 1;
    }
    return best;
  }

  /** The longest word starting at `i` (the set's own string: nothing is sliced), or undefined. */
  longestWordAt(text: string, i: number): string | undefined {
    if (i < 0 || i >= text.length || !hasBit(this.firsts, text.charCodeAt(i))) return undefined;
    let node: Node | undefined = this.forward;
    let best: string | undefined;
    for (let p = i; p < text.length; p++) {
      node = node.next?.get(text.charCodeAt(p));
      if (!node) break;
      if (node.word !== undefined) best = node.word;
    }
    return best;
  }

  /** Length of the longest word ending at `end` (exclusive), or 0. */
  longestEndingAt(text: string, end: number): number {
    if (end < 1 || end > text.length || !hasBit(this.lasts, text.charCodeAt(end - 1))) return 0;
    let node: Node | undefined = this.backward;
    let best = 0;
    for (let p = end - 1; p >= 0; p--) {
      node = node.next?.get(text.charCodeAt(p));
      if (!node) break;
      if (node.word !== undefined) best = end - p;
    }
    return best;
  }

  /** True when some word of the set starts at `i`. */
  startsAt(text: string, i: number): boolean {
    return this.longestAt(text, i) > 0;
  }

  /** Is `text.slice(start, end)` a word of the set? (Without making the slice.) */
  isWordAt(text: string, start: number, end: number): boolean {
    if (start < 0 || end > text.length || start >= end) return false;
    let node: Node | undefined = this.forward;
    for (let p = start; p < end && node; p++) node = node.next?.get(text.charCodeAt(p));
    return node?.word !== undefined;
  }

  /** Does some word of the set lie wholly inside [start, end) of `text`? */
  occursWithin(text: string, start: number, end: number): boolean {
    const stop = Math.min(end, text.length);
    for (let i = Math.max(0, start); i < stop; i++) {
      if (!hasBit(this.firsts, text.charCodeAt(i))) continue;
      let node: Node | undefined = this.forward;
      for (let p = i; p < stop; p++) {
        node = node.next?.get(text.charCodeAt(p));
        if (!node) break;
        if (node.word !== undefined) return true;
      }
    }
    return false;
  }

  /**
   * Where each word occurs in `text`, overlapping occurrences included, in ascending order: what calling
   * `indexOf` word by word finds, in one pass instead of one per word.
   */
  occurrences(text: string): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (let i = 0; i < text.length; i++) {
      if (!hasBit(this.firsts, text.charCodeAt(i))) continue;
      let node: Node | undefined = this.forward;
      for (let p = i; p < text.length; p++) {
        node = node.next?.get(text.charCodeAt(p));
        if (!node) break;
        if (node.word === undefined) continue;
        const list = out.get(node.word);
        if (list) list.push(i);
        else out.set(node.word, [i]);
      }
    }
    return out;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.words[Symbol.iterator]();
  }
}

function child(node: Node, unit: number): Node {
  node.next ??= new Map();
  let next = node.next.get(unit);
  if (!next) node.next.set(unit, (next = { next: undefined, word: undefined }));
  return next;
}

function setBit(bits: Uint32Array, c: number): void {
  bits[c >>> 5] |= 1 << (c & 31);
}

function hasBit(bits: Uint32Array, c: number): boolean {
  return ((bits[c >>> 5] >>> (c & 31)) & 1) === 1;
}
