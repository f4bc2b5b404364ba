/**
 * Inverted index from fingerprint hash to where it occurs: `[doc, position, doc, position, …]` per hash,
 * plus each hash's document frequency. Removal is lazy: a removed document's number goes on a dead list,
 * its entries are dropped whenever a lookup meets them, and everything is swept once dead entries
 * outnumber live ones, so `remove` costs the size of that one document, not of the corpus.
 */
export class Postings {
  private readonly lists = new Map<number, number[]>();
  private readonly df = new Map<number, number>();
  private readonly dead = new Set<number>();
  private deadEntries = 0;
  private totalEntries = 0;

  /** Adds one document's fingerprints (hash i at position i). */
  add(doc: number, hashes: Int32Array, positions: Int32Array): void {
    const seen = new Set<number>();
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i];
      let list = this.lists.get(h);
      if (!list) this.lists.set(h, (list = []));
      list.push(doc, positions[i]);
      if (!seen.has(h)) {
        seen.add(h);
        this.df.set(h, (this.df.get(h) ?? 0) + 1);
      }
    }
    this.totalEntries += hashes.length;
  }

  /** Forgets a document added with exactly these hashes. Its number must not be reused. */
  remove(doc: number, hashes: Int32Array): void {
    this.dead.add(doc);
    this.deadEntries += hashes.length;
    const seen = new Set<number>();
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i];
      if (seen.has(h)) continue;
      seen.add(h);
      const left = (this.df.get(h) ?? 1) - 1;
      if (left > 0) {
        this.df.set(h, left);
        continue;
      }
      // No live document has this hash: every entry left in its list is dead.
      this.df.delete(h);
      const list = this.lists.get(h);
      if (list) {
        this.deadEntries -= list.length / 2;
        this.totalEntries -= list.length / 2;
        this.lists.delete(h);
      }
    }
    if (this.deadEntries === 0) this.dead.clear();
    else if (this.deadEntries > 1024 && this.deadEntries * 2 > this.totalEntries) this.sweep();
  }

  /** Number of live documents holding `hash`. */
  docFrequency(hash: number): number {
    return this.df.get(hash) ?? 0;
  }

  /** Live `[doc, position, …]` entries for `hash` (do not modify). */
  lookup(hash: number): readonly number[] | undefined {
    const list = this.lists.get(hash);
    if (!list || this.dead.size === 0) return list;
    return this.compact(list);
  }

  /** Live entries stored (the index size). */
  get size(): number {
    return this.totalEntries - this.deadEntries;
  }

  /** Distinct hashes stored. */
  get distinct(): number {
    return this.df.size;
  }

  private compact(list: number[]): number[] {
    let w = 0;
    for (let r = 0; r < list.length; r += 2) {
      if (this.dead.has(list[r])) continue;
      list[w++] = list[r];
      list[w++] = list[r + 1];
    }
    const removed = (list.length - w) / 2;
    if (removed > 0) {
      list.length = w;
      this.deadEntries -= removed;
      this.totalEntries -= removed;
      if (this.deadEntries === 0) this.dead.clear();
    }
    return list;
  }

  private sweep(): void {
    for (const list of this.lists.values()) this.compact(list);
    this.dead.clear();
    this.deadEntries = 0;
  }
}
