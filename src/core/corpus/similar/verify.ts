import { alignSeed, DEFAULT_ALIGN, type AlignParams, type Alignment } from './align';
import { sameGram } from './fingerprint';
import { charSpan, segmentOf, type Chars, type Normalised } from './normalise';

export interface VerifyOptions {
  k: number;
  /** Shortest exact run through a seed worth aligning. */
  minRun: number;
  minChars: number;
  minScore: number;
  /** Limits x's side (a query span); y is searched whole. */
  xFrom?: number;
  xTo?: number;
  params?: AlignParams;
}

/**
 * Turns the seeds between two documents (`hits` = `[xPos, yPos, …]`, equal fingerprint hashes) into
 * verified, non-overlapping alignments. Seeds are taken in text order and a seed inside an alignment
 * already found is skipped, so a long shared passage (a twin's whole body) costs one extension however
 * many seeds it holds.
 */
export function verifyPair(x: Normalised, y: Normalised, hits: number[], opts: VerifyOptions): Alignment[] {
  const found: Alignment[] = [];
  // Alignments that may still cover a later seed (seeds come in x order, so the others are done with).
  const active: Alignment[] = [];
  const xFrom = opts.xFrom ?? 0;
  const xTo = opts.xTo ?? x.chars.length;
  const params = opts.params ?? DEFAULT_ALIGN;
  const { xs, ys } = sortedSeeds(hits);
  for (let i = 0; i < xs.length; i++) {
    const px = xs[i];
    const py = ys[i];
    if (i > 0 && px === xs[i - 1] && py === ys[i - 1]) continue;
    if (px < xFrom || px + opts.k > xTo) continue;
    if (seedRun(x.chars, px, y.chars, py, opts.k, xFrom, xTo) < opts.minRun) continue;
    let live = 0;
    for (const f of active) if (f.aEnd >= px + opts.k) active[live++] = f;
    active.length = live;
    if (active.some((f) => f.aStart <= px && f.bStart <= py && py + opts.k <= f.bEnd)) continue;
    const sx = segmentOf(x, px);
    const sy = segmentOf(y, py);
    const bounds = { aLo: Math.max(sx.start, xFrom), aHi: Math.min(sx.end, xTo), bLo: sy.start, bHi: sy.end };
    const al = alignSeed(x.chars, y.chars, px, py, opts.k, bounds, opts.minRun, params);
    if (al) {
      found.push(al);
      active.push(al);
    }
  }
  return resolve(found)
    .map((al) => trimFragments(x, y, al, params.match, opts.minChars))
    .filter((al) => al.matches >= opts.minChars && al.matches / al.columns >= opts.minScore);
}

/**
 * Length of the exact run through a seed (0 when its k-grams differ: a hash collision), limited only by
 * x's `[xFrom, xTo)` and y's ends. Most seeds between two reports of the genre are chance 4-grams: this
 * bound drops them before any other work. It ignores segment breaks, so it is never shorter than the
 * run `alignSeed` measures, and a seed it drops would have been dropped there.
 */
export function seedRun(x: Chars, px: number, y: Chars, py: number, k: number, xFrom = 0, xTo = x.length): number {
  if (!sameGram(x, px, y, py, k)) return 0;
  let s = 0;
  while (px - s > xFrom && py - s > 0 && x[px - s - 1] === y[py - s - 1]) s++;
  let e = k;
  while (px + e < xTo && py + e < y.length && x[px + e] === y[py + e]) e++;
  return s + e;
}

/** Seeds `[x, y, …]` in x, then y order. */
function sortedSeeds(hits: number[]): { xs: Int32Array; ys: Int32Array } {
  const n = hits.length / 2;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  let max = 0;
  for (let i = 0; i < hits.length; i++) if (hits[i] > max) max = hits[i];
  if (max < SEED_SCALE) {
    // Packed into one exact double each, the seeds sort natively, without a comparator call per pair.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = hits[2 * i] * SEED_SCALE + hits[2 * i + 1];
    keys.sort();
    for (let i = 0; i < n; i++) {
      xs[i] = Math.floor(keys[i] / SEED_SCALE);
      ys[i] = keys[i] - xs[i] * SEED_SCALE;
    }
  } else {
    const order = Array.from({ length: n }, (_, i) => i).sort((p, q) => hits[2 * p] - hits[2 * q] || hits[2 * p + 1] - hits[2 * q + 1]);
    order.forEach((o, i) => {
      xs[i] = hits[2 * o];
      ys[i] = hits[2 * o + 1];
    });
  }
  return { xs, ys };
}

/** Positions below 2^26 (64 M characters) pack two to an exact double. */
const SEED_SCALE = 1 << 26;

/** Longest sentence fragment trimmed from either end of a match. */
const MAX_FRAGMENT = 2;
const SENTENCE_BREAK = /[。！？!?；;\n\r]/;

/**
 * A match that runs a character or two past the end of a shared sentence into the next one (both
 * reports happen to start their next paragraph with 各) ends at the sentence end instead, and
 * likewise at its start: the exact shared span a reader expects. Only exact ends are trimmed, only
 * where both texts have the sentence break at the same place, and never below the minimum length.
 */
function trimFragments(x: Normalised, y: Normalised, al: Alignment, match: number, minChars: number): Alignment {
  const breakBefore = (n: Normalised, p: number) => SENTENCE_BREAK.test(n.text.slice(charSpan(n, p - 1).end, charSpan(n, p).start));
  const exact = (i: number, j: number, len: number) => {
    for (let t = 0; t < len; t++) if (x.chars[i + t] !== y.chars[j + t]) return false;
    return true;
  };
  let out = al;
  for (let t = 1; t <= MAX_FRAGMENT && out.matches - t >= minChars; t++) {
    const a = out.aEnd - t;
    const b = out.bEnd - t;
    if (exact(a, b, t) && breakBefore(x, a) && breakBefore(y, b)) {
      out = { ...out, aEnd: a, bEnd: b, matches: out.matches - t, columns: out.columns - t, score: out.score - match * t };
      break;
    }
  }
  for (let t = 1; t <= MAX_FRAGMENT && out.matches - t >= minChars; t++) {
    const a = out.aStart + t;
    const b = out.bStart + t;
    if (exact(out.aStart, out.bStart, t) && breakBefore(x, a) && breakBefore(y, b)) {
      out = { ...out, aStart: a, bStart: b, matches: out.matches - t, columns: out.columns - t, score: out.score - match * t };
      break;
    }
  }
  return out;
}

/**
 * Alignments grown from different seeds of one region can overlap on both sides; the best-scoring one
 * stands for the region. Overlap on one side only is legitimate (a slogan that occurs twice in the other
 * document matches twice).
 */
function resolve(found: Alignment[]): Alignment[] {
  if (found.length < 2) return found;
  const byScore = [...found].sort((p, q) => q.score - p.score || p.aStart - q.aStart || p.bStart - q.bStart);
  const kept: Alignment[] = [];
  for (const al of byScore) {
    const clash = kept.some((k) => al.aStart < k.aEnd && k.aStart < al.aEnd && al.bStart < k.bEnd && k.bStart < al.bEnd);
    if (!clash) kept.push(al);
  }
  return kept.sort((p, q) => p.aStart - q.aStart || p.bStart - q.bStart);
}
