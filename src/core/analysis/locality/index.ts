import { Gazetteer } from '../../gazetteer';
import type { Span } from '../../text/types';
import type { Locality, LocalityLevel } from '../types';
import { decide } from './decide';
import { looksLikeHeadline, SpanSet } from './layout';
import { officialHints, textHints, type OfficialLike } from './levels';
import { resolvePlaces, type ResolvedPlace } from './resolve';
import { scanPlaces, type ScanOptions } from './scan';

export { scanPlaces, type PlaceScan, type RejectReason, type RejectedPlace, type Role, type ScannedPlace, type ScanOptions } from './scan';
export { levelFromTitle, type LevelKey, type OfficialLike } from './levels';

export interface PlaceMention extends Span {
  /** Current full name of the division, Simplified (永州 in the text → 永州市). */
  name: string;
  code: string;
  level: LocalityLevel;
  via: 'full' | 'short' | 'former';
  /** Other divisions the name may denote when the document does not settle it (朝阳区: Beijing or Changchun). */
  alternatives?: string[];
  /** Province › city › county names, when the caller asked for them (LocalityInput.pathOf). */
  path?: string[];
}

export interface FindPlacesOptions {
  /** Boilerplate spans. */
  exclude?: Span[];
  /** Personal names already found (officials, reporters): a place inside one is not a place. */
  names?: string[];
  /** The headline, when known: names in it weigh more (and 永州冷水滩: counts as a headline). */
  title?: string;
}

/**
 * Each mention is made whole in one literal, its path (when asked for) included: adding a property to
 * hundreds of thousands of finished objects costs a second allocation for each.
 */
function toMention({ place, candidates }: ResolvedPlace, pathOf?: (code: string) => string[]): PlaceMention {
  const [d, ...others] = candidates;
  const { start, end, via } = place;
  const { name, code, level } = d;
  if (others.length) {
    const alternatives = others.map((o) => o.code);
    return pathOf ? { start, end, name, code, level, via, alternatives, path: pathOf(code) } : { start, end, name, code, level, via, alternatives };
  }
  return pathOf ? { start, end, name, code, level, via, path: pathOf(code) } : { start, end, name, code, level, via };
}

/**
 * Place names that name a place in `text` (distractors rejected, short names only with context),
 * each with the division it denotes, ambiguous names settled by the document's other places.
 */
export function findPlaces(text: string, opts: FindPlacesOptions = {}): PlaceMention[] {
  const g = Gazetteer.load();
  return resolvePlaces(scanPlaces(text, opts, g).places, g).map((r) => toMention(r));
}

export interface LocalityInput {
  /** The headline, when known; otherwise the first short line of the text is taken. */
  title?: string;
  /** Officials with their titles (names and mentions, when given, keep 王宏伟 from being 宏伟区). */
  officials?: readonly OfficialLike[];
  /** Boilerplate spans. */
  exclude?: Span[];
  /** Gives each place mention its administrative path (a fresh array per mention). */
  pathOf?: (code: string) => string[];
}

/**
 * Which place the document is about: province, city and county (Simplified names), the code of the
 * most specific level, a confidence in 0..1 and the evidence, strongest first.
 */
export function decideLocality(text: string, input: LocalityInput = {}): Locality {
  return analyzeLocality(text, input).locality;
}

/** The decision and the place mentions it rests on, from one scan of the text. */
export function analyzeLocality(text: string, input: LocalityInput = {}): { locality: Locality; places: PlaceMention[] } {
  const g = Gazetteer.load();
  const officials = input.officials ?? [];
  const names = officials.filter((o) => o.name && !o.mentions?.length).map((o) => o.name!);
  const nameSpans = officials.flatMap((o) => o.mentions ?? []);
  const scanOpts: ScanOptions = { exclude: input.exclude, title: input.title, names, nameSpans };
  const scan = scanPlaces(text, scanOpts, g);
  const resolvedInText = resolvePlaces(scan.places, g);
  let resolved = resolvedInText;
  // A headline passed in but absent from the text still counts, without a span in the text.
  if (input.title && !scan.layout.headline && looksLikeHeadline(input.title.trim())) {
    const fromTitle = scanPlaces(input.title, { names }, g).places.map((p) => ({ ...p, role: 'headline' as const, start: 0, end: 0 }));
    if (fromTitle.length) resolved = resolvePlaces([...scan.places, ...fromTitle], g);
  }
  const skip = new SpanSet([...(input.exclude ?? []), ...scan.places]);
  const hints = [...officialHints(officials, g), ...textHints(text, skip, officials.length === 0)];
  const locality = decide(resolved, hints, g);
  const places = resolved.filter((r) => r.place.end > r.place.start).map((r) => toMention(r, input.pathOf));
  return { locality, places };
}
