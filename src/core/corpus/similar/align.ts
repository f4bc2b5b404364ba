import type { Chars } from './normalise';

/**
 * Verification of a seed by local alignment over the normalised texts: the seed's exact run is
 * extended both ways by gapped X-drop dynamic programming (the extension step of gapped BLAST), a
 * banded Smith-Waterman that follows the alignment wherever it drifts and stops once every cell falls
 * more than X below the best score. The alignment ends where the score peaks, so an edit (a swapped
 * name, an inserted clause) is bridged only when enough shared text follows it to pay for it, and two
 * stock phrases separated by unrelated text stay two matches.
 */

export interface AlignParams {
  /** Scores (integers): a match, a mismatch, a gap of n characters −(gapOpen + n·gapExtend). */
  match: number;
  mismatch: number;
  gapOpen: number;
  gapExtend: number;
  /** Extension stops when every cell is more than this below the best score seen. */
  xDrop: number;
}

/**
 * +1 / −2 per character (in half units) breaks even at two-thirds identity, so a near-copy with a swapped
 * name stays one match while the meeting-report template (`市委副书记、市长…出席会议并讲话`) filled
 * with other names and clauses does not chain into one; a gap costs 4 + ½ per character, so an inserted
 * clause of up to 32 characters can be bridged when the shared text after it pays for it.
 */
export const DEFAULT_ALIGN: AlignParams = { match: 2, mismatch: -4, gapOpen: 8, gapExtend: 1, xDrop: 40 };

/** Half-open ranges of normalised positions. */
export interface Bounds {
  aLo: number;
  aHi: number;
  bLo: number;
  bHi: number;
}

export interface Alignment {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Identical aligned characters. */
  matches: number;
  /** Alignment columns: matches + mismatches + gap characters on either side. */
  columns: number;
  score: number;
}

interface Extension {
  /** Characters of a and b consumed. */
  da: number;
  db: number;
  matches: number;
  columns: number;
  score: number;
  /** Stopped at the start of a long exact run (see RESYNC): go on from there. */
  resync: boolean;
}

const NONE: Extension = { da: 0, db: 0, matches: 0, columns: 0, score: 0, resync: false };
const NEG = -0x3fffffff;

/**
 * Once the best path reaches a cell followed by this many identical characters, no other path can
 * overtake it within the X-drop, so the dynamic programming stops there, the run is taken as it stands
 * and a fresh extension starts after it. A twin's whole body then costs a few banded rows per edit,
 * not a band's width per character (a 1 MB twin in well under a second instead of seconds).
 */
const RESYNC = 24;

/**
 * Aligns around the seed `a[ai..ai+k) = b[bi..bi+k)`. Returns nothing when the exact run through the
 * seed is shorter than `minRun`: a cheap filter that drops the many 4-grams two reports of the same
 * genre share by chance before any dynamic programming is spent on them.
 */
export function alignSeed(
  a: Chars,
  b: Chars,
  ai: number,
  bi: number,
  k: number,
  bounds: Bounds,
  minRun: number,
  p: AlignParams = DEFAULT_ALIGN,
): Alignment | undefined {
  let s = 0;
  while (ai - s - 1 >= bounds.aLo && bi - s - 1 >= bounds.bLo && a[ai - s - 1] === b[bi - s - 1]) s++;
  let e = k;
  while (ai + e < bounds.aHi && bi + e < bounds.bHi && a[ai + e] === b[bi + e]) e++;
  const run = s + e;
  if (run < minRun) return undefined;
  const a0 = ai - s;
  const b0 = bi - s;
  const right = extendAll(a, b, a0 + run, b0 + run, bounds, 1, p);
  const left = extendAll(a, b, a0 - 1, b0 - 1, bounds, -1, p);
  return {
    aStart: a0 - left.da,
    aEnd: a0 + run + right.da,
    bStart: b0 - left.db,
    bEnd: b0 + run + right.db,
    matches: run + left.matches + right.matches,
    columns: run + left.columns + right.columns,
    score: run * p.match + left.score + right.score,
  };
}

/** Extension in one direction, resuming after each long exact run the X-drop stopped at. */
function extendAll(a: Chars, b: Chars, a0: number, b0: number, bounds: Bounds, dir: number, p: AlignParams): Extension {
  const total: Extension = { ...NONE };
  let x = a0;
  let y = b0;
  for (;;) {
    const aLen = dir > 0 ? bounds.aHi - x : x - bounds.aLo + 1;
    const bLen = dir > 0 ? bounds.bHi - y : y - bounds.bLo + 1;
    const ext = extend(a, b, x, y, aLen, bLen, dir, p);
    total.da += ext.da;
    total.db += ext.db;
    total.matches += ext.matches;
    total.columns += ext.columns;
    total.score += ext.score;
    if (!ext.resync) return total;
    x += dir * ext.da;
    y += dir * ext.db;
    let r = 0;
    while (r < aLen - ext.da && r < bLen - ext.db && a[x + dir * r] === b[y + dir * r]) r++;
    total.da += r;
    total.db += r;
    total.matches += r;
    total.columns += r;
    total.score += r * p.match;
    x += dir * r;
    y += dir * r;
  }
}

/** True when the next `RESYNC` characters from `(x, y)` in direction `dir` are identical and in bounds. */
function runAhead(a: Chars, b: Chars, x: number, y: number, aLeft: number, bLeft: number, dir: number): boolean {
  if (aLeft < RESYNC || bLeft < RESYNC) return false;
  for (let t = 0; t < RESYNC; t++) if (a[x + dir * t] !== b[y + dir * t]) return false;
  return true;
}

/**
 * X-drop extension from `(a0, b0)` in direction `dir` (+1 right, −1 left) over at most `aLen`/`bLen`
 * characters, with affine gaps. Only a band of columns is alive at any row (the X-drop bounds how far a
 * path can drift), so rows are stored relative to their first column. With each score go the number of
 * diagonal steps and matches of the path that gave it: the extension's identity comes out without a
 * traceback.
 */
function extend(a: Chars, b: Chars, a0: number, b0: number, aLen: number, bLen: number, dir: number, p: AlignParams): Extension {
  if (aLen <= 0 || bLen <= 0) return NONE;
  const go = p.gapOpen + p.gapExtend;
  const ge = p.gapExtend;
  const maxBand = Math.max(4, Math.floor((p.xDrop - p.gapOpen) / p.gapExtend) * 2 + 8);
  const size = maxBand + 2;
  // Previous row (P*) and current row (C*): H best, E gap in a (consumes b), F gap in b (consumes a);
  // D diagonal steps and M matches of the path behind H and F (E's are carried in scalars).
  let PH = new Int32Array(size), PF = new Int32Array(size), PHD = new Int32Array(size), PHM = new Int32Array(size);
  let PFD = new Int32Array(size), PFM = new Int32Array(size);
  let CH = new Int32Array(size), CF = new Int32Array(size), CHD = new Int32Array(size), CHM = new Int32Array(size);
  let CFD = new Int32Array(size), CFM = new Int32Array(size);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  let bestD = 0;
  let bestM = 0;
  // Row 0: gaps in a only. Columns are absolute (characters of b consumed); row r covers [lo, hi],
  // stored from index 0 at column `base`.
  let base = 0;
  let lo = 0;
  let hi = 0;
  PH[0] = 0;
  PF[0] = NEG;
  for (let j = 1; j <= bLen && j < size; j++) {
    const v = -(p.gapOpen + j * ge);
    if (v < -p.xDrop) break;
    PH[j] = v;
    PF[j] = NEG;
    PHD[j] = PHM[j] = 0;
    hi = j;
  }
  for (let i = 1; i <= aLen; i++) {
    const ca = a[a0 + dir * (i - 1)];
    const cBase = lo;
    const end = Math.min(hi + 1, bLen);
    let rowLo = -1;
    let rowHi = -1;
    let rowBest = NEG;
    let rowBestJ = lo;
    let e = NEG;
    let ed = 0;
    let em = 0;
    for (let j = lo; j <= end; j++) {
      const c = j - cBase;
      // Vertical: a gap in b consuming a[i-1], from the cell above.
      let f = NEG;
      let fd = 0;
      let fm = 0;
      if (j <= hi) {
        const u = j - base;
        const open = PH[u] - go;
        const ext = PF[u] - ge;
        if (open >= ext) {
          f = open;
          fd = PHD[u];
          fm = PHM[u];
        } else {
          f = ext;
          fd = PFD[u];
          fm = PFM[u];
        }
      }
      // Horizontal: a gap in a consuming b[j-1], from the cell to the left in this row.
      if (j > lo) {
        const open = CH[c - 1] - go;
        const ext = e - ge;
        if (open >= ext) {
          e = open;
          ed = CHD[c - 1];
          em = CHM[c - 1];
        } else e = ext;
      }
      let h = NEG;
      let hd = 0;
      let hm = 0;
      // Diagonal from (i-1, j-1), alive only inside the previous row's range.
      if (j - 1 >= lo && j - 1 <= hi) {
        const u = j - 1 - base;
        if (PH[u] > NEG) {
          const same = ca === b[b0 + dir * (j - 1)];
          h = PH[u] + (same ? p.match : p.mismatch);
          hd = PHD[u] + 1;
          hm = PHM[u] + (same ? 1 : 0);
        }
      }
      if (e > h) {
        h = e;
        hd = ed;
        hm = em;
      }
      if (f > h) {
        h = f;
        hd = fd;
        hm = fm;
      }
      if (h < best - p.xDrop) {
        CH[c] = CF[c] = NEG;
        e = NEG;
        continue;
      }
      CH[c] = h;
      CF[c] = f;
      CHD[c] = hd;
      CHM[c] = hm;
      CFD[c] = fd;
      CFM[c] = fm;
      if (rowLo < 0) rowLo = j;
      rowHi = j;
      if (h > rowBest) {
        rowBest = h;
        rowBestJ = j;
      }
      if (h > best) {
        best = h;
        bestI = i;
        bestJ = j;
        bestD = hd;
        bestM = hm;
        if (runAhead(a, b, a0 + dir * i, b0 + dir * j, aLen - i, bLen - j, dir)) {
          return { da: bestI, db: bestJ, matches: bestM, columns: bestI + bestJ - bestD, score: best, resync: true };
        }
      }
    }
    if (rowLo < 0) break;
    // Only a low-complexity stretch (一是…一是…) keeps a band wider than the gap budget alive: keep
    // the part around the row's best cell.
    if (rowHi - rowLo + 1 > maxBand) {
      rowLo = Math.max(rowLo, rowBestJ - (maxBand >> 1));
      rowHi = Math.min(rowHi, rowLo + maxBand - 1);
    }
    [PH, CH] = [CH, PH];
    [PF, CF] = [CF, PF];
    [PHD, CHD] = [CHD, PHD];
    [PHM, CHM] = [CHM, PHM];
    [PFD, CFD] = [CFD, PFD];
    [PFM, CFM] = [CFM, PFM];
    base = cBase;
    lo = rowLo;
    hi = rowHi;
  }
  if (best <= 0) return NONE;
  return { da: bestI, db: bestJ, matches: bestM, columns: bestI + bestJ - bestD, score: best, resync: false };
}
