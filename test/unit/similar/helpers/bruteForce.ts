/**
 * An independent, deliberately naive reference: content characters by regular expression (not the
 * engine's normaliser) and every maximal common run by scanning all diagonals, O(n·m).
 */

export interface Content {
  chars: string[];
  /** UTF-16 offset of each content character in the text. */
  offsets: number[];
}

const CONTENT = /[\p{L}\p{N}]/u;

/** Letters, digits and Han of `text[from, to)`, NFKC-folded and lower-cased, with their offsets. */
export function contentOf(text: string, from = 0, to = text.length): Content {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    for (const c of ch.normalize('NFKC').toLowerCase()) {
      if (CONTENT.test(c)) {
        chars.push(c);
        offsets.push(i);
      }
    }
    i += ch.length;
  }
  return { chars, offsets };
}

export interface Run {
  /** Content-character indexes and run length. */
  a: number;
  b: number;
  length: number;
}

/** Every maximal exact common run of at least `min` characters. */
export function commonRuns(a: readonly string[], b: readonly string[], min: number): Run[] {
  const runs: Run[] = [];
  for (let d = -(a.length - 1); d < b.length; d++) {
    // Diagonal: b index = a index + d.
    let i = Math.max(0, -d);
    let len = 0;
    for (; i < a.length && i + d < b.length; i++) {
      if (a[i] === b[i + d]) len++;
      else {
        if (len >= min) runs.push({ a: i - len, b: i - len + d, length: len });
        len = 0;
      }
    }
    if (len >= min) runs.push({ a: i - len, b: i - len + d, length: len });
  }
  return runs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Longest common run of two strings' content. */
export function longestCommonRun(a: string, b: string): number {
  const runs = commonRuns(contentOf(a).chars, contentOf(b).chars, 1);
  return runs.reduce((m, r) => Math.max(m, r.length), 0);
}

/** Length of the longest common subsequence of two content sequences (for near-copies). */
export function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
