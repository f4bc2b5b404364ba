/**
 * A set of BMP characters tested by UTF-16 code unit. Scanners ask "is the character at `i` one of
 * these?" at every position of a document: `set.has(text[i])` would create a one-character string per
 * question (V8 interns only Latin-1 ones) and hash it; this reads one bit.
 */
export class CharSet {
  private readonly bits = new Uint32Array(2048);

  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      if (ch.length !== 1) throw new Error(`CharSet holds single UTF-16 code units, not ${JSON.stringify(ch)}`);
      const c = ch.charCodeAt(0);
      this.bits[c >>> 5] |= 1 << (c & 31);
    }
  }

  /** Is the code unit at `i` in the set? False outside the text. */
  at(text: string, i: number): boolean {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    return ((this.bits[c >>> 5] >>> (c & 31)) & 1) === 1;
  }

  /** Same answer as `Set.has` on the characters: only a one-unit string can be a member. */
  has(ch: string | undefined): boolean {
    return ch !== undefined && ch.length === 1 && this.at(ch, 0);
  }
}
