import { alignSeed, DEFAULT_ALIGN, type AlignParams, type Alignment } from './align';
import { sameGram } from './fingerprint';
import { charSpan, segmentOf, type Normalised } from './normalise';

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
  let active: Alignment[] = [];
  const xFrom = opts.xFrom ?? 0;
  const xTo = opts.xTo ?? x.chars.length;
  const params = opts.params ?? DEFAULT_ALIGN;
  let last = -1;
  for (const key of sortedSeeds(hits)) {
    if (key === last) continue;
    last = key;
    const px = Math.floor(key / SEED_SCALE);
    const py = key - px * SEED_SCALE;
    if (px < xFrom || px + opts.k > xTo) continue;
    if (!sameGram(x.chars, px, y.chars, py, opts.k)) continue;
    if (active.length > 0) active = active.filter((f) => f.aEnd >= px + opts.k);
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

/** Positions fit in 26 bits (64 M characters per document), so a seed packs into one exact double. */
const SEED_SCALE = 1 << 26;

/** Seeds `[x, y, …]` as packed keys in x, then y order (a numeric typed-array sort, no comparator). */
function sortedSeeds(hits: number[]): Float64Array {
  const keys = new Float64Array(hits.length / 2);
  for (let i = 0; i < hits.length; i += 2) keys[i / 2] = hits[i] * SEED_SCALE + hits[i + 1];
  return keys.sort();
}

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
