import type { Span } from '../../text/types';
import type { Alignment } from './align';
import { forEachGram, winnow, withAllGrams } from './fingerprint';
import { normalise, normBytes, segmentOf, toNormRange, toTextSpan, type Normalised } from './normalise';
import { passageAround, passages } from './passages';
import { Postings } from './postings';
import { quotedSpans } from './quotes';
import {
  QueryCancelled,
  type MatchOptions,
  type PassageMatch,
  type ReuseDocument,
  type ReuseIndexOptions,
  type SerializedReuseIndex,
  type SimilarDocument,
  type StockFormula,
} from './types';
import { rankSimilar } from './rank';
import { seedRun, verifyPair } from './verify';

interface Entry {
  id: string;
  num: number;
  /** Holds the text and its merged excluded spans. */
  norm: Normalised;
}

type Resolved = Required<ReuseIndexOptions>;

const DEFAULTS: Resolved = { k: 4, window: 5, minChars: 8, commonShare: 0.2, minCommonDocs: 5, maxSeedDocs: 100 };
const DEFAULT_MIN_SCORE = 0.6;
/** Results of `matchesFor` kept until the index changes (the editor asks again on every lens refresh). */
const MEMO_ENTRIES = 256;
/** Fingerprints looked up between two polls of `isCancelled`. */
const POLL_EVERY = 256;

/**
 * Text-reuse index over a corpus: winnowed character k-gram fingerprints in an inverted index find
 * candidate seeds, and every seed is verified by local alignment over punctuation-free normalised text,
 * giving exact spans in both documents. Documents are added and removed one at a time; every query
 * reads only the postings of its own fingerprints and the documents they lead to.
 */
export class ReuseIndex {
  private readonly opts: Resolved;
  private readonly entries = new Map<number, Entry>();
  private readonly byId = new Map<string, number>();
  private readonly postings = new Postings();
  private nextNum = 0;
  private readonly memo = new Map<string, PassageMatch[]>();

  constructor(options: ReuseIndexOptions = {}) {
    const o = { ...DEFAULTS, ...stripUndefined(options) };
    if (!Number.isInteger(o.k) || o.k < 2) throw new RangeError(`k must be an integer ≥ 2 (got ${o.k})`);
    if (!Number.isInteger(o.window) || o.window < 1) throw new RangeError(`window must be an integer ≥ 1 (got ${o.window})`);
    if (!Number.isInteger(o.minChars) || o.minChars < 1) throw new RangeError(`minChars must be an integer ≥ 1 (got ${o.minChars})`);
    if (!(o.maxSeedDocs >= 1)) throw new RangeError(`maxSeedDocs must be ≥ 1 (got ${o.maxSeedDocs})`);
    this.opts = o;
  }

  /** Characters every shared run of which is guaranteed a seed: k + window − 1. */
  get guaranteedLength(): number {
    return this.opts.k + this.opts.window - 1;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Documents a fingerprint must be held by to count as a stock formula at the index's current size:
   * more than `commonShare` of the documents or more than `maxSeedDocs` of them, whichever is fewer,
   * and never fewer than `minCommonDocs`. Wording that common does not seed whole-document matches
   * (`matchesFor`, `passageMatches`, `similarDocuments`, `allPairs`) but is found by explicit queries.
   */
  get stockFormulaDocs(): number {
    const { commonShare, maxSeedDocs, minCommonDocs } = this.opts;
    return Math.max(minCommonDocs, Math.floor(Math.min(commonShare * this.entries.size, maxSeedDocs)) + 1);
  }

  /** Index size: live postings, distinct fingerprints, and bytes held beyond the texts themselves. */
  get stats(): { documents: number; postings: number; fingerprints: number; bytes: number } {
    let bytes = this.postings.bytes;
    for (const e of this.entries.values()) bytes += normBytes(e.norm);
    return { documents: this.entries.size, postings: this.postings.size, fingerprints: this.postings.distinct, bytes };
  }

  ids(): string[] {
    return [...this.entries.values()].map((e) => e.id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The text a document was added with (what its matches' offsets index). */
  text(id: string): string | undefined {
    const num = this.byId.get(id);
    return num === undefined ? undefined : this.entries.get(num)!.norm.text;
  }

  /** Adds a document, replacing any document with the same id. */
  add(doc: ReuseDocument): void {
    if (this.byId.has(doc.id)) this.remove(doc.id);
    const entry: Entry = { id: doc.id, num: this.nextNum++, norm: normalise(doc.text, doc.exclude) };
    const fp = this.fingerprints(entry);
    this.entries.set(entry.num, entry);
    this.byId.set(entry.id, entry.num);
    this.postings.add(entry.num, fp.hashes, fp.positions);
    this.memo.clear();
  }

  /** Removes a document; true if it was there. */
  remove(id: string): boolean {
    const num = this.byId.get(id);
    if (num === undefined) return false;
    const entry = this.entries.get(num)!;
    this.postings.remove(num, this.fingerprints(entry).hashes);
    this.entries.delete(num);
    this.byId.delete(id);
    this.memo.clear();
    return true;
  }

  /** Every match of one document against the rest of the corpus, in the document's text order. */
  matchesFor(id: string, options: MatchOptions = {}): PassageMatch[] {
    const entry = this.entry(id);
    const key = `${entry.num}|${options.minChars ?? ''}|${options.minScore ?? ''}|${options.includeCommon ?? ''}`;
    const memo = this.memo.get(key);
    if (memo) return memo.map(cloneMatch);
    const found = this.documentMatches(entry, options, () => true);
    if (this.memo.size >= MEMO_ENTRIES) this.memo.delete(this.memo.keys().next().value!);
    this.memo.set(key, found);
    return found.map(cloneMatch);
  }

  /**
   * Matches of the passage at `span` in document `id`: a selection as given, or for an empty span (a
   * cursor) the sentence or clause group around it. Stock formulas are searched too: a slogan is a
   * legitimate query. `a` stays inside the span, and matches in the document itself are left out.
   * Wording of at least `k + window − 1` characters is always found; shorter wording where it is
   * quoted (every k-gram of a short quotation is indexed), elsewhere only where winnowing kept one.
   */
  querySpan(id: string, span: Span, options: MatchOptions = {}): PassageMatch[] {
    const entry = this.entry(id);
    let target: Span | undefined = span;
    if (span.start === span.end) target = passageAround(entry.norm.text, entry.norm.excluded, span.start);
    if (!target) return [];
    const { from, to } = toNormRange(entry.norm, target);
    return this.search(entry.id, entry.norm, from, to, entry.num, options);
  }

  /** Where the wording of `text` (cleaned Simplified text, not in the index) appears; `a.id` is `''`. */
  queryText(text: string, options: MatchOptions & { exclude?: Span[] } = {}): PassageMatch[] {
    const norm = normalise(text, options.exclude);
    return this.search('', norm, 0, norm.chars.length, -1, options);
  }

  /** Other documents ranked by how much of this one's wording they share. */
  similarDocuments(id: string, limit = 20): SimilarDocument[] {
    return rankSimilar(id, this.matchesFor(id)).slice(0, Math.max(0, limit));
  }

  /**
   * The stretches of a document made of stock formulas (fingerprints held by `stockFormulaDocs` or more
   * documents), in text order: what whole-document matching does not seed from, so that a reader can
   * be told the wording is shared widely and query it explicitly. Overlapping or touching fingerprints
   * within one segment make one stretch.
   */
  stockFormulas(id: string): StockFormula[] {
    const entry = this.entry(id);
    const { norm } = entry;
    const k = this.opts.k;
    const threshold = this.stockFormulaDocs;
    const out: StockFormula[] = [];
    let from = -1;
    let to = -1;
    let documents = 0;
    const flush = () => {
      if (from >= 0) out.push({ ...toTextSpan(norm, from, to), documents });
    };
    const { hashes, positions } = this.fingerprints(entry);
    for (let i = 0; i < hashes.length; i++) {
      const df = this.postings.docFrequency(hashes[i]);
      if (df < threshold) continue;
      const p = positions[i];
      if (from >= 0 && (p < to || (p === to && segmentOf(norm, p).start <= from))) {
        to = Math.max(to, p + k);
        documents = Math.min(documents, df);
      } else {
        flush();
        from = p;
        to = p + k;
        documents = df;
      }
    }
    flush();
    return out;
  }

  /** Every matching pair in the corpus once, `a` being the document added first. */
  allPairs(options: MatchOptions = {}): PassageMatch[] {
    const out: PassageMatch[] = [];
    for (const entry of this.entries.values()) out.push(...this.documentMatches(entry, options, (other) => other > entry.num));
    return out;
  }

  /** The passages (sentences, clause groups) of a document, outside its excluded spans. */
  passages(id: string): Span[] {
    const entry = this.entry(id);
    return passages(entry.norm.text, entry.norm.excluded);
  }

  /** Each passage of the document that has matches, with them (a match spanning passages is in each). */
  passageMatches(id: string, options: MatchOptions = {}): { passage: Span; matches: PassageMatch[] }[] {
    const list = this.passages(id);
    const groups: PassageMatch[][] = list.map(() => []);
    for (const m of this.matchesFor(id, options)) {
      // First passage ending after the match starts, then every one it overlaps.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid].end <= m.a.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < list.length && list[i].start < m.a.end; i++) groups[i].push(m);
    }
    return list.map((passage, i) => ({ passage, matches: groups[i] })).filter((g) => g.matches.length > 0);
  }

  serialize(): SerializedReuseIndex {
    const { k, window, minChars, commonShare, minCommonDocs, maxSeedDocs } = this.opts;
    return {
      format: 'zhengwu-reuse-index',
      version: 1,
      options: { k, window, minChars, commonShare, minCommonDocs, maxSeedDocs },
      documents: [...this.entries.values()].map((e) => ({ id: e.id, text: e.norm.text, exclude: e.norm.excluded.map((s) => ({ ...s })) })),
    };
  }

  /**
   * Rebuilds an index from `serialize()` output. Fingerprints are recomputed (linear, much cheaper than
   * the cleaning and conversion that produced the texts), which keeps the stored form small and valid
   * across changes of the hash function.
   */
  static deserialize(data: SerializedReuseIndex): ReuseIndex {
    if (!data || data.format !== 'zhengwu-reuse-index') throw new Error('not a serialized reuse index');
    if (data.version !== 1) throw new Error(`unsupported reuse index version ${String(data.version)}`);
    const index = new ReuseIndex(data.options);
    for (const d of data.documents) index.add(d);
    return index;
  }

  private entry(id: string): Entry {
    const num = this.byId.get(id);
    if (num === undefined) throw new Error(`document not in the reuse index: ${id}`);
    return this.entries.get(num)!;
  }

  /**
   * Winnowed k-grams, plus every k-gram of short quotations (slogans are what readers ask about, and
   * are often shorter than the winnowing guarantee). Recomputed when needed (linear and fast) rather
   * than kept: they would double the index's memory.
   */
  private fingerprints(entry: Entry) {
    const { norm } = entry;
    const quoted = quotedSpans(norm.text).map((s) => toNormRange(norm, s));
    return withAllGrams(norm, this.opts.k, winnow(norm, this.opts.k, this.opts.window), quoted);
  }

  /**
   * A document against the others `accept`s: seeds are pairs of equal fingerprints (the same on both
   * sides whichever document asks), and each pair is aligned from the document added first, so the
   * result for (A, B) mirrors the result for (B, A) exactly.
   */
  private documentMatches(entry: Entry, options: MatchOptions, accept: (other: number) => boolean): PassageMatch[] {
    const mine = entry.norm;
    const stock = options.includeCommon ? Infinity : this.stockFormulaDocs;
    const minChars = options.minChars ?? this.opts.minChars;
    const verify = {
      k: this.opts.k,
      minRun: Math.min(minChars, this.guaranteedLength),
      minChars,
      minScore: options.minScore ?? DEFAULT_MIN_SCORE,
    };
    const hits = new SeedTable();
    const { hashes, positions } = this.fingerprints(entry);
    for (let i = 0; i < hashes.length; i++) {
      if (i % POLL_EVERY === 0) poll(options);
      const h = hashes[i];
      if (this.postings.docFrequency(h) >= stock) continue;
      const pos = positions[i];
      this.postings.forEach(h, (other, otherPos) => {
        // Chance 4-grams are dropped here rather than stored, sorted and dropped by `verifyPair`.
        if (other !== entry.num && accept(other) && seedRun(mine.chars, pos, this.entries.get(other)!.norm.chars, otherPos, verify.k) >= verify.minRun) {
          hits.add(other, pos, otherPos);
        }
      });
    }
    const out: PassageMatch[] = [];
    for (const [num, seeds] of hits.entries()) {
      poll(options);
      const other = this.entries.get(num)!;
      const theirs = other.norm;
      if (entry.num < num) {
        for (const al of verifyPair(mine, theirs, seeds, verify)) out.push(toMatch(entry.id, mine, other.id, theirs, al));
      } else {
        const swapped: number[] = new Array(seeds.length);
        for (let i = 0; i < seeds.length; i += 2) {
          swapped[i] = seeds[i + 1];
          swapped[i + 1] = seeds[i];
        }
        for (const al of verifyPair(theirs, mine, swapped, verify)) out.push(toMatch(entry.id, mine, other.id, theirs, flip(al)));
      }
    }
    return out.sort(byA);
  }

  /** Matches of normalised range `[from, to)` of a text, seeded from every k-gram in it. */
  private search(id: string, norm: Normalised, from: number, to: number, self: number, options: MatchOptions): PassageMatch[] {
    const k = this.opts.k;
    if (to - from < k) return [];
    const stock = (options.includeCommon ?? true) ? Infinity : this.stockFormulaDocs;
    // A short selection (a slogan) is a whole query: it need not reach the corpus-wide minimum.
    const minChars = Math.min(options.minChars ?? this.opts.minChars, to - from);
    const verify = {
      k,
      minRun: Math.min(minChars, this.guaranteedLength),
      minChars,
      minScore: options.minScore ?? DEFAULT_MIN_SCORE,
      xFrom: from,
      xTo: to,
    };
    const hits = new SeedTable();
    let looked = 0;
    forEachGram(norm, k, from, to, (h, pos) => {
      if (++looked % POLL_EVERY === 0) poll(options);
      if (this.postings.docFrequency(h) >= stock) return;
      this.postings.forEach(h, (other, otherPos) => {
        if (other !== self && seedRun(norm.chars, pos, this.entries.get(other)!.norm.chars, otherPos, k, from, to) >= verify.minRun) hits.add(other, pos, otherPos);
      });
    });
    const out: PassageMatch[] = [];
    for (const [num, seeds] of hits.entries()) {
      poll(options);
      const other = this.entries.get(num)!;
      for (const al of verifyPair(norm, other.norm, seeds, verify)) out.push(toMatch(id, norm, other.id, other.norm, al));
    }
    return out.sort(byA);
  }
}

/** Seeds per other document, `[myPos, theirPos, …]`: an array per document met, found by a sparse index. */
class SeedTable {
  private readonly byDoc = new Map<number, number[]>();
  private lastDoc = -1;
  private last: number[] = [];

  add(doc: number, mine: number, theirs: number): void {
    // Consecutive entries of a chain often name the same document: skip the map lookup then.
    if (doc !== this.lastDoc) {
      let list = this.byDoc.get(doc);
      if (!list) this.byDoc.set(doc, (list = []));
      this.lastDoc = doc;
      this.last = list;
    }
    this.last.push(mine, theirs);
  }

  entries(): IterableIterator<[number, number[]]> {
    return this.byDoc.entries();
  }
}

function toMatch(id: string, mine: Normalised, otherId: string, theirs: Normalised, al: Alignment): PassageMatch {
  const a = toTextSpan(mine, al.aStart, al.aEnd);
  const b = toTextSpan(theirs, al.bStart, al.bEnd);
  return {
    a: { id, start: a.start, end: a.end },
    b: { id: otherId, start: b.start, end: b.end },
    length: al.matches,
    score: Math.round((al.matches / al.columns) * 1000) / 1000,
    text: mine.text.slice(a.start, a.end),
  };
}

function poll(options: MatchOptions): void {
  if (options.isCancelled?.()) throw new QueryCancelled();
}

function flip(al: Alignment): Alignment {
  return { ...al, aStart: al.bStart, aEnd: al.bEnd, bStart: al.aStart, bEnd: al.aEnd };
}

function byA(p: PassageMatch, q: PassageMatch): number {
  return p.a.start - q.a.start || p.a.end - q.a.end || (p.b.id < q.b.id ? -1 : p.b.id > q.b.id ? 1 : 0) || p.b.start - q.b.start;
}

function cloneMatch(m: PassageMatch): PassageMatch {
  return { a: { ...m.a }, b: { ...m.b }, length: m.length, score: m.score, text: m.text };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
