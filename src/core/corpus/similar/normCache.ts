import type { Fingerprints } from './fingerprint';
import type { Normalised } from './normalise';

export interface Prepared {
  norm: Normalised;
  fingerprints: Fingerprints;
}

/**
 * Least-recently-used store of normalised texts and their fingerprints, bounded in characters.
 * Verification needs the normalised text of every candidate document; keeping all of them would cost
 * 12 bytes per character on top of the text, and recomputing one is linear and fast.
 */
export class NormCache {
  private readonly entries = new Map<number, Prepared>();
  private chars = 0;

  constructor(private readonly capacity: number) {}

  get(doc: number, make: () => Prepared): Prepared {
    let entry = this.entries.get(doc);
    if (entry) {
      this.entries.delete(doc);
      this.entries.set(doc, entry);
      return entry;
    }
    entry = make();
    this.entries.set(doc, entry);
    this.chars += entry.norm.chars.length;
    // The newest entry always stays, even when it alone is over capacity.
    for (const [key, old] of this.entries) {
      if (this.chars <= this.capacity || key === doc) break;
      this.entries.delete(key);
      this.chars -= old.norm.chars.length;
    }
    return entry;
  }

  delete(doc: number): void {
    const entry = this.entries.get(doc);
    if (!entry) return;
    this.entries.delete(doc);
    this.chars -= entry.norm.chars.length;
  }
}
