import type { Chars, Normalised } from './normalise';

/**
 * Character k-gram fingerprints. Chinese needs no word segmentation here: a k-gram of characters is as
 * stable as the text itself, whereas segmenters split unknown names and places differently from one
 * context to the next.
 */

/** 32-bit hash of the k code points at `i`. Collisions only cost a wasted seed: seeds are re-checked. */
export function gramHash(chars: Chars, i: number, k: number): number {
  let h = 0x811c9dc5 ^ k;
  for (let j = 0; j < k; j++) {
    h = Math.imul(h ^ chars[i + j], 0x01000193);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** True when the k-grams at `i` in `a` and `j` in `b` are the same characters (not only the same hash). */
export function sameGram(a: Chars, i: number, b: Chars, j: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (a[i + t] !== b[j + t]) return false;
  return true;
}

/** Calls `visit(hash, position)` for every k-gram inside one segment of `[from, to)`. */
export function forEachGram(norm: Normalised, k: number, from: number, to: number, visit: (hash: number, pos: number) => void): void {
  let segStart = from;
  let b = 0;
  while (b < norm.breaks.length && norm.breaks[b] <= from) b++;
  while (segStart < to) {
    const segEnd = Math.min(to, b < norm.breaks.length ? norm.breaks[b] : norm.chars.length);
    for (let i = segStart; i + k <= segEnd; i++) visit(gramHash(norm.chars, i, k), i);
    segStart = segEnd;
    b++;
  }
}

export interface Fingerprints {
  hashes: Int32Array;
  positions: Int32Array;
}

/**
 * Winnowing (Schleimer, Wilkerson & Aiken 2003): in every window of `w` consecutive k-grams keep the
 * smallest hash (the rightmost on ties), each kept position once. Any run of at least `w + k - 1`
 * characters shared by two texts yields the same kept hash in both, so such a run is never missed,
 * while only about 2/(w+1) of the k-grams are stored. Windows stay inside segments; a segment with
 * fewer than `w` k-grams keeps its smallest one.
 */
export function winnow(norm: Normalised, k: number, w: number): Fingerprints {
  const hashes: number[] = [];
  const positions: number[] = [];
  const n = norm.chars.length;
  let segStart = 0;
  for (let b = 0; b <= norm.breaks.length; b++) {
    const segEnd = b < norm.breaks.length ? norm.breaks[b] : n;
    const grams = segEnd - segStart - k + 1;
    if (grams > 0) {
      const h = new Int32Array(grams);
      for (let i = 0; i < grams; i++) h[i] = gramHash(norm.chars, segStart + i, k);
      const win = Math.min(w, grams);
      let last = -1;
      for (let start = 0; start + win <= grams; start++) {
        // Unsigned comparison so the order is the same as on the numbers the hashes stand for.
        let m = start;
        for (let j = start + 1; j < start + win; j++) if (h[j] >>> 0 <= h[m] >>> 0) m = j;
        if (m !== last) {
          hashes.push(h[m]);
          positions.push(segStart + m);
          last = m;
        }
      }
    }
    segStart = segEnd;
  }
  return { hashes: Int32Array.from(hashes), positions: Int32Array.from(positions) };
}

/**
 * Adds every k-gram of the given normalised ranges (sorted, not overlapping) to winnowed fingerprints,
 * without repeating a position already kept; positions stay ascending.
 */
export function withAllGrams(norm: Normalised, k: number, fp: Fingerprints, ranges: readonly { from: number; to: number }[]): Fingerprints {
  if (ranges.length === 0) return fp;
  const extraHashes: number[] = [];
  const extraPositions: number[] = [];
  for (const r of ranges) {
    forEachGram(norm, k, r.from, r.to, (h, pos) => {
      extraHashes.push(h);
      extraPositions.push(pos);
    });
  }
  if (extraPositions.length === 0) return fp;
  const n = fp.positions.length;
  const hashes = new Int32Array(n + extraPositions.length);
  const positions = new Int32Array(n + extraPositions.length);
  let i = 0;
  let j = 0;
  let w = 0;
  while (i < n || j < extraPositions.length) {
    const a = i < n ? fp.positions[i] : Infinity;
    const b = j < extraPositions.length ? extraPositions[j] : Infinity;
    if (a <= b) {
      hashes[w] = fp.hashes[i];
      positions[w++] = a;
      i++;
      if (a === b) j++;
    } else {
      hashes[w] = extraHashes[j];
      positions[w++] = b;
      j++;
    }
  }
  return { hashes: hashes.subarray(0, w), positions: positions.subarray(0, w) };
}
