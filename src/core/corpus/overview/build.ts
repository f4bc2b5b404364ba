import type { CorpusEntry } from '../summary';
import { factsReader } from './facts';
import { DEFAULT_TOP_OFFICIALS, OfficialsAccumulator } from './officials';
import { PlacesAccumulator } from './places';
import { DEFAULT_TOP_SLOGANS, SlogansAccumulator } from './slogans';
import { DEFAULT_TIMELINE_PROVINCES, TimelineAccumulator } from './timeline';
import type { Overview, OverviewOptions } from './types';

/**
 * Every aggregate of the overview in one pass over the entries (the index may hold 50,000): each
 * entry's date and place are worked out once and fed to each accumulator; sorting and cutting to the
 * top rows happen once at the end, over distinct keys only.
 */
export function buildOverview(entries: Iterable<CorpusEntry>, revision: number, opts: OverviewOptions = {}): Overview {
  const timeline = new TimelineAccumulator();
  const places = new PlacesAccumulator();
  const slogans = new SlogansAccumulator();
  const officials = new OfficialsAccumulator();
  const factsOf = factsReader();
  let documents = 0;
  let dated = 0;
  let located = 0;
  for (const entry of entries) {
    const f = factsOf(entry);
    documents++;
    if (f.date) dated++;
    if (f.levels.length) located++;
    timeline.add(f);
    places.add(f);
    slogans.add(f);
    officials.add(f);
  }
  return {
    revision,
    documents,
    dated,
    located,
    timeline: timeline.finish(count(opts.maxProvincesInTimeline, DEFAULT_TIMELINE_PROVINCES)),
    places: places.finish(),
    slogans: slogans.finish(count(opts.topSlogans, DEFAULT_TOP_SLOGANS)),
    officials: officials.finish(count(opts.topOfficials, DEFAULT_TOP_OFFICIALS)),
  };
}

/** A missing, negative or fractional option falls back to the default / is floored, never throws: it comes from settings. */
function count(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) || value < 0 ? fallback : Math.floor(value);
}
