import { alignSeed, DEFAULT_ALIGN, type AlignParams, type Alignment } from './align';
import { sameGram } from './fingerprint';
import { segmentOf, type Normalised } from './normalise';

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
  const order: number[] = [];
  for (let i = 0; i < hits.length; i += 2) order.push(i);
  order.sort((p, q) => hits[p] - hits[q] || hits[p + 1] - hits[q + 1]);
  const found: Alignment[] = [];
  const xFrom = opts.xFrom ?? 0;
  const xTo = opts.xTo ?? x.chars.length;
  let lastX = -1;
  let lastY = -1;
  for (const i of order) {
    const px = hits[i];
    const py = hits[i + 1];
    if (px === lastX && py === lastY) continue;
    lastX = px;
    lastY = py;
    if (px < xFrom || px + opts.k > xTo) continue;
    if (!sameGram(x.chars, px, y.chars, py, opts.k)) continue;
    if (covered(found, px, py, opts.k)) continue;
    const sx = segmentOf(x, px);
    const sy = segmentOf(y, py);
    const bounds = { aLo: Math.max(sx.start, xFrom), aHi: Math.min(sx.end, xTo), bLo: sy.start, bHi: sy.end };
    const al = alignSeed(x.chars, y.chars, px, py, opts.k, bounds, opts.minRun, opts.params ?? DEFAULT_ALIGN);
    if (al) found.push(al);
  }
  return resolve(found).filter((al) => al.matches >= opts.minChars && al.matches / al.columns >= opts.minScore);
}

function covered(found: readonly Alignment[], px: number, py: number, k: number): boolean {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (f.aStart <= px && px + k <= f.aEnd && f.bStart <= py && py + k <= f.bEnd) return true;
  }
  return false;
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
