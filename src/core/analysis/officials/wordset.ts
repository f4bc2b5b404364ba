/**
 * A set of words answering "longest word starting (or ending) here" in O(number of distinct lengths)
 * per position, indexed by first and last UTF-16 unit so most positions cost one map lookup.
 */
export class WordSet {
  private readonly words: Set<string>;
  private readonly byFirst = new Map<string, number[]>();
  private readonly byLast = new Map<string, number[]>();

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      if (!w) continue;
      add(this.byFirst, w[0], w.length);
      add(this.byLast, w[w.length - 1], w.length);
    }
    for (const m of [this.byFirst, this.byLast]) for (const lens of m.values()) lens.sort((a, b) => b - a);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Length of the longest word starting at `i`, or 0. */
  longestAt(text: string, i: number): number {
    const lens = this.byFirst.get(text[i]);
    if (!lens) return 0;
    for (const n of lens) if (i + n <= text.length && this.words.has(text.slice(i, i + n))) return n;
    return 0;
  }

  /** Length of the longest word ending at `end` (exclusive), or 0. */
  longestEndingAt(text: string, end: number): number {
    const lens = this.byLast.get(text[end - 1]);
    if (!lens) return 0;
    for (const n of lens) if (end - n >= 0 && this.words.has(text.slice(end - n, end))) return n;
    return 0;
  }

  /** True when some word of the set starts at `i`. */
  startsAt(text: string, i: number): boolean {
    return this.longestAt(text, i) > 0;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.words[Symbol.iterator]();
  }
}

function add(map: Map<string, number[]>, key: string, len: number): void {
  const lens = map.get(key);
  if (!lens) map.set(key, [len]);
  else if (!lens.includes(len)) lens.push(len);
}
