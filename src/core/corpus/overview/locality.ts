import { localityPath, UNKNOWN_LOCALITY_ID } from '../groupLocality';
import type { CorpusEntry, SummaryLocality } from '../summary';

export const PATH_SEPARATOR = ' › ';

/** A document's place as the locality tree files it. Shared between documents of the same place. */
export interface Placed {
  /** Place names, outermost first; empty when the province is unknown. */
  readonly levels: readonly string[];
  /** `浙江省 › 杭州市 › 西湖区`, `上海市 › 徐汇区`; '' when unknown. */
  readonly display: string;
}

/**
 * The place levels a document is filed under, exactly as the Corpus view's locality tree files it (a
 * municipality has no separate city level, a county without a city hangs from its province). Derived
 * from `localityPath` so the two never disagree.
 */
export function localityLevels(entry: Pick<CorpusEntry, 'locality'>): string[] {
  const ids = localityPath(entry as CorpusEntry);
  const last = ids[ids.length - 1];
  if (last === UNKNOWN_LOCALITY_ID) return [];
  return last.slice('loc:'.length).split('/');
}

export function localityDisplay(levels: readonly string[]): string {
  return levels.join(PATH_SEPARATOR);
}

/**
 * Working places out once per distinct place rather than once per document: a corpus of 50,000
 * reports has a few thousand places, and the shared strings also hash once in the aggregates' sets.
 */
export class PlaceCache {
  private readonly known = new Map<string, Placed>();

  of(l: SummaryLocality): Placed {
    const key = `${l.province ?? ''}\u0000${l.city ?? ''}\u0000${l.county ?? ''}`;
    let placed = this.known.get(key);
    if (!placed) {
      const levels = localityLevels({ locality: l });
      this.known.set(key, (placed = { levels, display: localityDisplay(levels) }));
    }
    return placed;
  }
}
