import { compareNames } from '../group';
import type { EntryFacts } from './facts';
import { placeOf } from './officialPlace';
import { officialRow } from './officialRows';
import { topRanked } from './rank';
import type { OfficialRow } from './types';

export const DEFAULT_TOP_OFFICIALS = 30;

/** Everything the pass keeps of one name: its documents, and tallies per placing province. */
interface NameStats {
  name: string;
  /** Indexes into the accumulator's facts. */
  docs: number[];
  /** The placing provinces seen ('' for mentions that place nobody), with parallel tallies. */
  places: string[];
  mentions: number[];
  documents: number[];
}

interface Candidate {
  stats: NameStats;
  /** The placing province ('' none) this row stands for when split. */
  place: string;
  province: string | null;
  split: boolean;
  mentions: number;
  documents: number;
}

/**
 * Mentions of each official, filled one entry at a time. A corpus of 50,000 reports names tens of
 * thousands of people and most never reach the table: the pass keeps one record per name with small
 * tallies per province, and rows (with their localities and titles) are only made for the people
 * that can make the cut.
 */
export class OfficialsAccumulator {
  private readonly byName = new Map<string, NameStats>();
  private readonly facts: EntryFacts[] = [];

  add(f: EntryFacts): void {
    if (f.entry.officials.length === 0) return;
    const doc = this.facts.push(f) - 1;
    for (const o of f.entry.officials) {
      let n = this.byName.get(o.name);
      if (!n) this.byName.set(o.name, (n = { name: o.name, docs: [], places: [], mentions: [], documents: [] }));
      n.docs.push(doc);
      const place = placeOf(f, o.titles) ?? '';
      let i = n.places.indexOf(place);
      if (i < 0) i = n.places.push(place) - 1;
      n.mentions[i] = (n.mentions[i] ?? 0) + o.mentions;
      n.documents[i] = (n.documents[i] ?? 0) + 1;
    }
  }

  finish(top: number): OfficialRow[] {
    if (top <= 0) return [];
    const candidates: Candidate[] = [];
    const floor = new TopCounts(top);
    // Rows below the lowest of the best `top` seen so far can never make the cut: not even made.
    const offer = (c: Candidate) => {
      if (floor.full && c.mentions < floor.min) return;
      candidates.push(c);
      floor.add(c.mentions);
    };
    for (const n of this.byName.values()) {
      const placed = n.places.filter((p) => p !== '');
      if (placed.length <= 1) {
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        offer({ stats: n, place: '', province: placed[0] ?? null, split: false, mentions: sum(n.mentions), documents: n.docs.length });
      } else {
        n.places.forEach((place, i) => offer({ stats: n, place, province: place || null, split: true, mentions: n.mentions[i], documents: n.documents[i] }));
      }
    }
    const byCount = (a: Candidate, b: Candidate) => b.mentions - a.mentions || b.documents - a.documents;
    const byName = (a: Candidate, b: Candidate) => compareNames(a.stats.name, b.stats.name) || compareNames(a.province ?? '', b.province ?? '');
    return topRanked(candidates, top, byCount, byName).map((c) => officialRow({ name: c.stats.name, province: c.province, split: c.split, mentions: c.mentions, docs: this.docsOf(c) }));
  }

  /** The documents a row stands for: all of the name's, or, split, those placing the person in its province. */
  private docsOf(c: Candidate): EntryFacts[] {
    const docs = c.stats.docs.map((i) => this.facts[i]);
    if (!c.split) return docs;
    return docs.filter((f) => (placeOf(f, f.entry.officials.find((o) => o.name === c.stats.name)!.titles) ?? '') === c.place);
  }
}

/** The `k` largest counts offered so far (ascending), to know the lowest count still in the top rows. */
class TopCounts {
  private readonly best: number[] = [];
  constructor(private readonly k: number) {}

  get full(): boolean {
    return this.best.length >= this.k;
  }

  get min(): number {
    return this.best[0];
  }

  add(n: number): void {
    if (this.full) {
      if (n <= this.best[0]) return;
      this.best.shift();
    }
    let i = this.best.length;
    while (i > 0 && this.best[i - 1] > n) i--;
    this.best.splice(i, 0, n);
  }
}
