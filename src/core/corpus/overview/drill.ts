import type { CorpusEntry } from '../summary';
import { refsWhere } from './facts';
import { localityLevels } from './locality';
import { seriesMatcher } from './timeline';
import type { DocumentRef, PlacePath, SeriesSelector } from './types';

/** The documents behind one timeline bar (or the whole month when no series is given), chronological. */
export function documentsInMonth(entries: Iterable<CorpusEntry>, month: string, series?: SeriesSelector): DocumentRef[] {
  const inSeries = seriesMatcher(series);
  return refsWhere(entries, (f) => f.month === month && inSeries(f));
}

/**
 * The documents in a place and below it (what `PlaceNode.documents` counts), chronological.
 * `province: null` gives the documents of unknown locality. The place may be given as the document
 * fields name it (上海市 / 上海市 / 闵行区) or as the names along the places tree (上海市 › 闵行区).
 */
export function documentsInPlace(entries: Iterable<CorpusEntry>, place: PlacePath | readonly string[]): DocumentRef[] {
  const wanted = Array.isArray(place) ? [...(place as readonly string[])] : placeLevels(place as PlacePath);
  return refsWhere(entries, (f) => (wanted.length === 0 ? f.levels.length === 0 : wanted.every((name, i) => f.levels[i] === name)));
}

function placeLevels(p: PlacePath): string[] {
  if (!p.province) return [];
  return localityLevels({ locality: { province: p.province, city: p.city ?? null, county: p.county ?? null, confidence: 1 } });
}
