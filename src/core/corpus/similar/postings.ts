/**
 * Inverted index from fingerprint hash to where it occurs, with each hash's document frequency, in typed
 * arrays: an open-addressing table (hash → first entry, df) and a pool of entries (doc, position, next)
 * chained per hash. About 12 bytes per posting and 26 per distinct hash, where a Map of arrays cost over
 * 100 bytes per posting, which matters at millions of postings in the extension host.
 *
 * Removal is lazy: a removed document's number goes on a dead list, its entries are unlinked whenever a
 * lookup walks past them, and everything is swept once dead entries outnumber live ones, so `remove`
 * costs the size of that one document, not of the corpus.
 */
export class Postings {
  private bits = 10;
  private keys = new Int32Array(1 << this.bits);
  private heads = new Int32Array(1 << this.bits).fill(-1);
  private dfs = new Int32Array(1 << this.bits);
  private used = new Uint8Array(1 << this.bits);
  /** Used slots, and those of them whose hash no live document holds (df 0; dropped on rehash). */
  private slots = 0;
  private emptySlots = 0;

  private eDoc = new Int32Array(1024);
  private ePos = new Int32Array(1024);
  private eNext = new Int32Array(1024);
  private poolUsed = 0;
  private freeList = -1;

  private readonly dead = new Set<number>();
  private deadEntries = 0;
  private totalEntries = 0;

  /** Adds one document's fingerprints (hash i at position i). */
  add(doc: number, hashes: Int32Array, positions: Int32Array): void {
    const seen = new Set<number>();
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i];
      const slot = this.slotFor(h, true);
      const e = this.allocate();
      this.eDoc[e] = doc;
      this.ePos[e] = positions[i];
      this.eNext[e] = this.heads[slot];
      this.heads[slot] = e;
      if (!seen.has(h)) {
        seen.add(h);
        if (this.dfs[slot]++ === 0) this.emptySlots--;
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
      const slot = this.slotFor(h, false);
      if (slot < 0) continue;
      if (--this.dfs[slot] > 0) continue;
      // No live document holds this hash: every entry in its chain is dead.
      let e = this.heads[slot];
      while (e >= 0) {
        const next = this.eNext[e];
        this.release(e);
        this.deadEntries--;
        this.totalEntries--;
        e = next;
      }
      this.heads[slot] = -1;
      this.emptySlots++;
    }
    if (this.deadEntries === 0) this.dead.clear();
    else if (this.deadEntries > 1024 && this.deadEntries * 2 > this.totalEntries) this.sweep();
    if (this.emptySlots > 1024 && this.emptySlots * 2 > this.slots) this.rehash(this.bits);
  }

  /** Number of live documents holding `hash`. */
  docFrequency(hash: number): number {
    const slot = this.slotFor(hash, false);
    return slot < 0 ? 0 : this.dfs[slot];
  }

  /** Calls `visit(doc, position)` for each live entry of `hash`. */
  forEach(hash: number, visit: (doc: number, pos: number) => void): void {
    const slot = this.slotFor(hash, false);
    if (slot < 0) return;
    const checkDead = this.dead.size > 0;
    let prev = -1;
    let e = this.heads[slot];
    while (e >= 0) {
      const next = this.eNext[e];
      if (checkDead && this.dead.has(this.eDoc[e])) {
        if (prev < 0) this.heads[slot] = next;
        else this.eNext[prev] = next;
        this.release(e);
        this.deadEntries--;
        this.totalEntries--;
      } else {
        visit(this.eDoc[e], this.ePos[e]);
        prev = e;
      }
      e = next;
    }
    if (checkDead && this.deadEntries === 0) this.dead.clear();
  }

  /** Live entries stored. */
  get size(): number {
    return this.totalEntries - this.deadEntries;
  }

  /** Distinct hashes held by live documents. */
  get distinct(): number {
    return this.slots - this.emptySlots;
  }

  /** Bytes of the typed arrays (capacity, not only what is used). */
  get bytes(): number {
    return this.keys.byteLength + this.heads.byteLength + this.dfs.byteLength + this.used.byteLength + this.eDoc.byteLength * 3;
  }

  private slotFor(hash: number, insert: boolean): number {
    const mask = (1 << this.bits) - 1;
    let i = Math.imul(hash, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      if (!this.used[i]) break;
      if (this.keys[i] === hash) return i;
      i = (i + 1) & mask;
    }
    if (!insert) return -1;
    if ((this.slots + 1) * 2 > 1 << this.bits) {
      this.rehash(this.bits + 1);
      return this.slotFor(hash, true);
    }
    this.used[i] = 1;
    this.keys[i] = hash;
    this.heads[i] = -1;
    this.dfs[i] = 0;
    this.slots++;
    this.emptySlots++;
    return i;
  }

  /** Rebuilds the table with `bits` bits, dropping hashes no live document holds. */
  private rehash(bits: number): void {
    const { keys, heads, dfs, used } = this;
    let live = 0;
    for (let i = 0; i < used.length; i++) if (used[i] && dfs[i] > 0) live++;
    while (live * 2 > 1 << bits) bits++;
    this.bits = bits;
    this.keys = new Int32Array(1 << bits);
    this.heads = new Int32Array(1 << bits).fill(-1);
    this.dfs = new Int32Array(1 << bits);
    this.used = new Uint8Array(1 << bits);
    this.slots = 0;
    this.emptySlots = 0;
    const mask = (1 << bits) - 1;
    for (let s = 0; s < used.length; s++) {
      if (!used[s] || dfs[s] === 0) continue;
      let i = Math.imul(keys[s], 0x9e3779b1) >>> (32 - bits);
      while (this.used[i]) i = (i + 1) & mask;
      this.used[i] = 1;
      this.keys[i] = keys[s];
      this.heads[i] = heads[s];
      this.dfs[i] = dfs[s];
      this.slots++;
    }
  }

  private allocate(): number {
    if (this.freeList >= 0) {
      const e = this.freeList;
      this.freeList = this.eNext[e];
      return e;
    }
    if (this.poolUsed === this.eDoc.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.eDoc = grow(this.eDoc);
      this.ePos = grow(this.ePos);
      this.eNext = grow(this.eNext);
    }
    return this.poolUsed++;
  }

  private release(e: number): void {
    this.eNext[e] = this.freeList;
    this.freeList = e;
  }

  private sweep(): void {
    for (let s = 0; s < this.used.length; s++) {
      if (this.used[s] && this.heads[s] >= 0) this.forEachSlot(s);
    }
    this.dead.clear();
    this.deadEntries = 0;
  }

  private forEachSlot(slot: number): void {
    let prev = -1;
    let e = this.heads[slot];
    while (e >= 0) {
      const next = this.eNext[e];
      if (this.dead.has(this.eDoc[e])) {
        if (prev < 0) this.heads[slot] = next;
        else this.eNext[prev] = next;
        this.release(e);
        this.totalEntries--;
      } else prev = e;
      e = next;
    }
  }
}
