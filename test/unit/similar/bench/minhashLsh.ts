import { gramHash, sameGram } from '../../../../src/core/corpus/similar/fingerprint';
import { normalise, toNormRange, toTextSpan, type Normalised } from '../../../../src/core/corpus/similar/normalise';
import { passages } from '../../../../src/core/corpus/similar/passages';
import type { PassageMatch } from '../../../../src/core/corpus/similar/types';
import { verifyPair } from '../../../../src/core/corpus/similar/verify';

/**
 * The alternative measured against winnowing: MinHash signatures of character-shingle sets with
 * banded LSH, over units of text (sentences/clause groups, or fixed windows of content characters).
 * Candidates go through the same alignment as the engine's seeds, so only candidate generation differs.
 */
export interface LshOptions {
  unit: 'passages' | 'windows';
  /** For windows: window and step, in content characters. */
  windowChars?: number;
  step?: number;
  shingle: number;
  bands: number;
  rows: number;
  minChars: number;
}

interface Unit {
  doc: number;
  from: number;
  to: number;
}

export class MinHashLsh {
  private readonly norms: Normalised[] = [];
  private readonly texts: string[] = [];
  private readonly units: Unit[] = [];
  private readonly buckets = new Map<string, number[]>();
  private readonly seeds: Int32Array;

  constructor(private readonly o: LshOptions) {
    const n = o.bands * o.rows;
    this.seeds = new Int32Array(n);
    let s = 0x9e3779b9 | 0;
    for (let i = 0; i < n; i++) {
      s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + i;
      this.seeds[i] = s;
    }
  }

  get stats(): { units: number; bucketEntries: number } {
    let entries = 0;
    for (const b of this.buckets.values()) entries += b.length;
    return { units: this.units.length, bucketEntries: entries };
  }

  add(text: string): void {
    const doc = this.norms.length;
    const norm = normalise(text);
    this.norms.push(norm);
    this.texts.push(text);
    for (const [from, to] of this.unitsOf(doc, text, norm)) {
      const id = this.units.length;
      this.units.push({ doc, from, to });
      for (const key of this.bandKeys(norm, from, to)) {
        let list = this.buckets.get(key);
        if (!list) this.buckets.set(key, (list = []));
        list.push(id);
      }
    }
  }

  private unitsOf(doc: number, text: string, norm: Normalised): [number, number][] {
    if (this.o.unit === 'passages') {
      return passages(text)
        .map((p) => toNormRange(norm, p))
        .filter((r) => r.to - r.from >= this.o.shingle)
        .map((r) => [r.from, r.to]);
    }
    const w = this.o.windowChars ?? 24;
    const step = this.o.step ?? 8;
    const out: [number, number][] = [];
    for (let s = 0; s < norm.chars.length; s += step) {
      out.push([s, Math.min(norm.chars.length, s + w)]);
      if (s + w >= norm.chars.length) break;
    }
    return out;
  }

  private bandKeys(norm: Normalised, from: number, to: number): string[] {
    const { bands, rows, shingle } = this.o;
    const mins = new Int32Array(bands * rows).fill(0x7fffffff);
    const minsU = new Float64Array(bands * rows).fill(Infinity);
    for (let i = from; i + shingle <= to; i++) {
      const h = gramHash(norm.chars, i, shingle);
      for (let j = 0; j < mins.length; j++) {
        let x = Math.imul(h ^ this.seeds[j], 0x85ebca6b);
        x ^= x >>> 13;
        const u = x >>> 0;
        if (u < minsU[j]) {
          minsU[j] = u;
          mins[j] = x;
        }
      }
    }
    const keys: string[] = [];
    for (let b = 0; b < bands; b++) keys.push(b + ':' + Array.from(mins.subarray(b * rows, (b + 1) * rows)).join(','));
    return keys;
  }

  /** Candidate unit pairs from shared buckets, verified by alignment (seeds: shared k-grams, k = 4). */
  allPairs(): PassageMatch[] {
    const pairSeeds = new Map<string, number[]>();
    const seen = new Set<string>();
    for (const list of this.buckets.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          let u = this.units[list[i]];
          let v = this.units[list[j]];
          if (u.doc === v.doc) continue;
          if (u.doc > v.doc) [u, v] = [v, u];
          const key = `${list[i]}|${list[j]}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const pk = `${u.doc}|${v.doc}`;
          let seeds = pairSeeds.get(pk);
          if (!seeds) pairSeeds.set(pk, (seeds = []));
          this.sharedGrams(u, v, seeds);
        }
      }
    }
    const out: PassageMatch[] = [];
    for (const [pk, seeds] of pairSeeds) {
      const [x, y] = pk.split('|').map(Number);
      const als = verifyPair(this.norms[x], this.norms[y], seeds, { k: 4, minRun: 8, minChars: this.o.minChars, minScore: 0.6 });
      for (const al of als) {
        const a = toTextSpan(this.norms[x], al.aStart, al.aEnd);
        const b = toTextSpan(this.norms[y], al.bStart, al.bEnd);
        out.push({
          a: { id: String(x), ...a },
          b: { id: String(y), ...b },
          length: al.matches,
          score: al.matches / al.columns,
          text: this.texts[x].slice(a.start, a.end),
        });
      }
    }
    return out;
  }

  private sharedGrams(u: Unit, v: Unit, into: number[]): void {
    const k = 4;
    const nu = this.norms[u.doc];
    const nv = this.norms[v.doc];
    const at = new Map<number, number[]>();
    for (let i = u.from; i + k <= u.to; i++) {
      const h = gramHash(nu.chars, i, k);
      let l = at.get(h);
      if (!l) at.set(h, (l = []));
      l.push(i);
    }
    for (let j = v.from; j + k <= v.to; j++) {
      const l = at.get(gramHash(nv.chars, j, k));
      if (!l) continue;
      for (const i of l) if (sameGram(nu.chars, i, nv.chars, j, k)) into.push(i, j);
    }
  }
}
