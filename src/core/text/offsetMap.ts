import type { OffsetMap, Span } from './types';

/*
 * A map is a sequence of segments that tile both strings in order. Each segment covers
 * source [S[k], S[k+1]) and target [T[k], T[k+1]) and is either
 *   ALIGNED: equal lengths, offset i inside corresponds to offset i inside (kept or 1:1 replaced text), or
 *   ATOMIC:  one indivisible unit (a replaced phrase, a BMP↔astral character, a deletion when its target
 *            side is empty, an insertion when its source side is empty). Offsets strictly inside an
 *            atomic unit snap to one of its edges, so a map never points inside a surrogate pair that
 *            the other string does not have.
 * Only breakpoints are stored, in typed arrays: identical runs merge, so a 50 MB document whose
 * conversion keeps lengths costs a handful of entries, and a cleaned one about one entry per edit.
 */

const ALIGNED = 0;
const ATOMIC = 1;

type Bias = 'start' | 'end';

export class SegmentMap implements OffsetMap {
  /** @internal S and T have `count + 1` entries (the last is the total length); K has `count`. */
  constructor(
    readonly S: Int32Array,
    readonly T: Int32Array,
    readonly K: Uint8Array,
    readonly count: number,
  ) {}

  get sourceLength(): number {
    return this.S[this.count];
  }

  get targetLength(): number {
    return this.T[this.count];
  }

  /** True when the target is a verbatim copy of the source (as far as offsets can tell). */
  get isIdentity(): boolean {
    return this.count === 0 || (this.count === 1 && this.K[0] === ALIGNED);
  }

  toSource(offset: number, bias: Bias = 'start'): number {
    checkOffset(offset, this.targetLength, 'target');
    return project(this.T, this.S, this.K, this.count, offset, bias, bias);
  }

  toTarget(offset: number, bias: Bias = 'start'): number {
    checkOffset(offset, this.sourceLength, 'source');
    return project(this.S, this.T, this.K, this.count, offset, bias, bias);
  }

  /**
   * The source text a target span stands for: atomic units it touches are taken whole, and source text
   * deleted right after the span (a removed pinyin annotation belongs to the character before it) is
   * included, while deletions right before it are not. An empty span maps to a point.
   */
  spanToSource(span: Span): Span {
    checkSpan(span, this.targetLength, 'target');
    if (span.start === span.end) {
      const p = project(this.T, this.S, this.K, this.count, span.start, 'end', 'start');
      return { start: p, end: p };
    }
    const start = project(this.T, this.S, this.K, this.count, span.start, 'end', 'start');
    const end = project(this.T, this.S, this.K, this.count, span.end, 'end', 'end');
    return { start, end: Math.max(start, end) };
  }

  /**
   * The target text a source span became: atomic units it touches are taken whole; text inserted at its
   * edges is left out. A span inside deleted text maps to the empty span where that text was.
   */
  spanToTarget(span: Span): Span {
    checkSpan(span, this.sourceLength, 'source');
    if (span.start === span.end) {
      const p = project(this.S, this.T, this.K, this.count, span.start, 'start', 'start');
      return { start: p, end: p };
    }
    const start = project(this.S, this.T, this.K, this.count, span.start, 'end', 'start');
    const end = project(this.S, this.T, this.K, this.count, span.end, 'start', 'end');
    return { start, end: Math.max(start, end) };
  }

  /** Segments as plain objects, for diagnostics and tests. */
  *segments(): IterableIterator<{ source: Span; target: Span; aligned: boolean }> {
    for (let k = 0; k < this.count; k++) {
      yield {
        source: { start: this.S[k], end: this.S[k + 1] },
        target: { start: this.T[k], end: this.T[k + 1] },
        aligned: this.K[k] === ALIGNED,
      };
    }
  }
}

/**
 * Maps `offset` on side A (breakpoints `A`) to side B. `boundaryBias` chooses among the B positions that
 * a boundary offset corresponds to when B-only text (a deletion or insertion seen from A) sits there;
 * `interiorBias` chooses the edge of an atomic unit the offset falls strictly inside.
 */
function project(A: Int32Array, B: Int32Array, K: Uint8Array, n: number, offset: number, boundaryBias: Bias, interiorBias: Bias): number {
  if (n === 0) return 0;
  // m = first segment whose A-start is >= offset
  let lo = 0;
  let hi = n + 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (A[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  const m = lo;
  if (m <= n && A[m] === offset) {
    // A boundary. Segments m, m+1, … that are empty on side A hold B-only text at this point.
    if (boundaryBias === 'start') return B[m];
    let k = m;
    while (k < n && A[k + 1] === offset) k++;
    return B[k];
  }
  const k = m - 1; // offset strictly inside segment k
  if (K[k] === ALIGNED) return B[k] + (offset - A[k]);
  return interiorBias === 'start' ? B[k] : B[k + 1];
}

function checkOffset(offset: number, length: number, side: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`${side} offset ${offset} outside [0, ${length}]`);
  }
}

function checkSpan(span: Span, length: number, side: string): void {
  checkOffset(span.start, length, side);
  checkOffset(span.end, length, side);
  if (span.end < span.start) throw new RangeError(`${side} span [${span.start}, ${span.end}) ends before it starts`);
}

/**
 * Records how a target string is produced from a source string, in order, while scanning the source:
 * `keep` copies, `replace` substitutes one indivisible unit, `delete` drops source text, `insert` adds
 * target text. Adjacent compatible segments merge.
 */
export class MapBuilder {
  private S: Int32Array;
  private T: Int32Array;
  private K: Uint8Array;
  private n = 0;
  private s = 0;
  private t = 0;
  private built = false;

  /** `segments`: how many the caller expects at most, so that the arrays need not grow. */
  constructor(segments = 62) {
    const size = Math.max(2, segments + 2);
    this.S = new Int32Array(size);
    this.T = new Int32Array(size);
    this.K = new Uint8Array(size);
  }

  /** Source code units consumed so far. */
  get sourceLength(): number {
    return this.s;
  }

  /** Target code units produced so far. */
  get targetLength(): number {
    return this.t;
  }

  /** Text copied unchanged (or replaced unit by unit with equal lengths). */
  keep(length: number): this {
    return this.push(length, length, ALIGNED);
  }

  /**
   * One source unit becomes one target unit that cannot be split: a phrase, or a character whose UTF-16
   * length changes (㗲 → 𠵾). A 1:1 replacement of single code units is recorded as aligned.
   */
  replace(sourceLength: number, targetLength: number): this {
    return this.push(sourceLength, targetLength, sourceLength === 1 && targetLength === 1 ? ALIGNED : ATOMIC);
  }

  delete(sourceLength: number): this {
    return this.push(sourceLength, 0, ATOMIC);
  }

  insert(targetLength: number): this {
    return this.push(0, targetLength, ATOMIC);
  }

  /** Appends all segments of `map` as if its source had been scanned here. */
  append(map: OffsetMap): this {
    const m = asSegmentMap(map, 'MapBuilder.append');
    for (let k = 0; k < m.count; k++) {
      this.push(m.S[k + 1] - m.S[k], m.T[k + 1] - m.T[k], m.K[k]);
    }
    return this;
  }

  /**
   * Finishes the map. Passing the expected lengths turns a scanning bug into an immediate error rather
   * than a map that silently points at the wrong text.
   */
  build(expectedSourceLength?: number, expectedTargetLength?: number): SegmentMap {
    if (this.built) throw new Error('MapBuilder.build() called twice');
    if (expectedSourceLength !== undefined && expectedSourceLength !== this.s) {
      throw new Error(`map covers ${this.s} source code units, expected ${expectedSourceLength}`);
    }
    if (expectedTargetLength !== undefined && expectedTargetLength !== this.t) {
      throw new Error(`map covers ${this.t} target code units, expected ${expectedTargetLength}`);
    }
    this.built = true;
    this.ensure(this.n + 1);
    this.S[this.n] = this.s;
    this.T[this.n] = this.t;
    return new SegmentMap(this.S.slice(0, this.n + 1), this.T.slice(0, this.n + 1), this.K.slice(0, this.n), this.n);
  }

  private push(sl: number, tl: number, kind: number): this {
    if (this.built) throw new Error('MapBuilder used after build()');
    if (!Number.isInteger(sl) || !Number.isInteger(tl) || sl < 0 || tl < 0) {
      throw new RangeError(`invalid segment lengths ${sl}, ${tl}`);
    }
    if (sl === 0 && tl === 0) return this;
    if (this.n > 0 && this.mergesWithLast(sl, tl, kind)) {
      this.s += sl;
      this.t += tl;
      return this;
    }
    this.ensure(this.n + 2);
    this.S[this.n] = this.s;
    this.T[this.n] = this.t;
    this.K[this.n] = kind;
    this.n++;
    this.s += sl;
    this.t += tl;
    return this;
  }

  private mergesWithLast(sl: number, tl: number, kind: number): boolean {
    const k = this.n - 1;
    const lastKind = this.K[k];
    if (kind === ALIGNED) return lastKind === ALIGNED;
    if (lastKind !== ATOMIC) return false;
    // Deletions pool with deletions and insertions with insertions. A deletion next to an insertion stays
    // two segments: merging them would claim the inserted text replaces the deleted one.
    const lastS = this.s - this.S[k];
    const lastT = this.t - this.T[k];
    return (lastT === 0 && tl === 0) || (lastS === 0 && sl === 0);
  }

  private ensure(size: number): void {
    if (size <= this.S.length) return;
    const cap = Math.max(size, this.S.length * 2);
    const S = new Int32Array(cap);
    S.set(this.S);
    const T = new Int32Array(cap);
    T.set(this.T);
    const K = new Uint8Array(cap);
    K.set(this.K);
    this.S = S;
    this.T = T;
    this.K = K;
  }
}

export function identityMap(length: number): SegmentMap {
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`invalid segment lengths ${length}, ${length}`);
  if (length === 0) return new SegmentMap(new Int32Array(1), new Int32Array(1), new Uint8Array(0), 0);
  return new SegmentMap(Int32Array.of(0, length), Int32Array.of(0, length), new Uint8Array(1), 1);
}

function asSegmentMap(map: OffsetMap, where: string): SegmentMap {
  if (map instanceof SegmentMap) return map;
  throw new TypeError(`${where} needs a map made by MapBuilder, identityMap or composeMaps`);
}

/**
 * Chains two maps: `first` maps B back to A, `second` maps C back to B; the result maps C back to A.
 * Pieces of B that are atomic in either map (or whose units overlap across the two) become one atomic
 * unit, so exactness per code point survives composition.
 */
export function composeMaps(first: OffsetMap, second: OffsetMap): SegmentMap {
  const f = asSegmentMap(first, 'composeMaps');
  const g = asSegmentMap(second, 'composeMaps');
  if (f.targetLength !== g.sourceLength) {
    throw new Error(`composeMaps: first map's target has ${f.targetLength} code units, second map's source ${g.sourceLength}`);
  }
  // Maps are immutable and their segments canonical (merged by MapBuilder), so chaining with an identity
  // is the other map itself: a conversion that kept every length (most Traditional→Simplified) costs nothing.
  if (g.isIdentity) return f;
  if (f.isIdentity) return g;
  const out = new MapBuilder();
  const fn = f.count;
  const gn = g.count;
  // i: segment of f whose target side holds position b (zero-width ones consumed as they come);
  // j: same for g's source side.
  let i = 0;
  let j = 0;
  let b = 0;
  // Start of the open piece in A and C, and whether it has been aligned throughout.
  let pieceA = 0;
  let pieceC = 0;
  let pieceAligned = true;
  const bLength = f.targetLength;

  for (;;) {
    // b is a cut unless it lies strictly inside a unit that replaces something with something. Inside an
    // insertion of f (no A text) or a deletion of g (no C text) every position maps to one point.
    const fInside = i < fn && f.T[i] < b && b < f.T[i + 1] && f.K[i] === ATOMIC && f.S[i] < f.S[i + 1];
    const gInside = j < gn && g.S[j] < b && b < g.S[j + 1] && g.K[j] === ATOMIC && g.T[j] < g.T[j + 1];
    if (!fInside && !gInside) {
      // Position of b in A before f's deletions at b, and in C before g's insertions at b.
      const aLo = i >= fn ? f.sourceLength : f.K[i] === ALIGNED ? f.S[i] + (b - f.T[i]) : f.S[i];
      const cLo = j >= gn ? g.targetLength : g.K[j] === ALIGNED ? g.T[j] + (b - g.S[j]) : g.T[j];
      let aHi = aLo;
      while (i < fn && f.T[i] === b && f.T[i + 1] === b) {
        aHi = f.S[i + 1];
        i++;
      }
      let cHi = cLo;
      while (j < gn && g.S[j] === b && g.S[j + 1] === b) {
        cHi = g.T[j + 1];
        j++;
      }
      if (aLo > pieceA || cLo > pieceC) {
        if (pieceAligned) out.keep(aLo - pieceA);
        else out.replace(aLo - pieceA, cLo - pieceC);
      }
      out.delete(aHi - aLo).insert(cHi - cLo);
      pieceA = aHi;
      pieceC = cHi;
      pieceAligned = true;
    }
    if (b >= bLength) break;
    // Step to the next breakpoint of either map on B.
    const fEnd = f.T[i + 1];
    const gEnd = g.S[j + 1];
    const next = Math.min(fEnd, gEnd);
    if (f.K[i] !== ALIGNED || g.K[j] !== ALIGNED) pieceAligned = false;
    b = next;
    if (fEnd === next) i++;
    if (gEnd === next) j++;
  }
  return out.build(f.sourceLength, g.targetLength);
}
