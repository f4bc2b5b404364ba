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

/** Every maximal exact common run of at least `min` characters (strings, or character codes in typed arrays). */
export function commonRuns(a: ArrayLike<string | number>, b: ArrayLike<string | number>, min: number): Run[] {
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

/**
 * Content characters of a document outside its excluded spans, with a unique marker (never equal to
 * anything, `tag` keeps two documents' markers apart) wherever an excluded span cut the text, so no
 * run crosses one.
 */
export function segmentedContent(text: string, exclude: readonly { start: number; end: number }[] = [], tag = ''): Content {
  const all = contentOf(text);
  const chars: string[] = [];
  const offsets: number[] = [];
  const sorted = [...exclude].sort((a, b) => a.start - b.start);
  let lastSegment = 0;
  all.chars.forEach((c, i) => {
    const o = all.offsets[i];
    if (sorted.some((x) => x.start <= o && o < x.end)) return;
    const segment = sorted.filter((x) => x.end <= o).length;
    if (segment !== lastSegment && chars.length > 0) {
      chars.push(`\u0000${tag}${segment}`);
      offsets.push(-1);
    }
    lastSegment = segment;
    chars.push(c);
    offsets.push(o);
  });
  return { chars, offsets };
}

/** Every exact run of at least `min` content characters two documents share, as text offsets in both. */
export function sharedRuns(
  a: { text: string; exclude?: { start: number; end: number }[] },
  b: { text: string; exclude?: { start: number; end: number }[] },
  min: number,
): { a: { start: number; end: number }; b: { start: number; end: number }; length: number; text: string }[] {
  const ca = segmentedContent(a.text, a.exclude, 'a');
  const cb = segmentedContent(b.text, b.exclude, 'b');
  return commonRuns(ca.chars, cb.chars, min).map((r) => {
    const endOf = (c: Content, i: number, text: string) => c.offsets[i] + (text.codePointAt(c.offsets[i])! > 0xffff ? 2 : 1);
    return {
      a: { start: ca.offsets[r.a], end: endOf(ca, r.a + r.length - 1, a.text) },
      b: { start: cb.offsets[r.b], end: endOf(cb, r.b + r.length - 1, b.text) },
      length: r.length,
      text: ca.chars.slice(r.a, r.a + r.length).join(''),
    };
  });
}
