import { Gazetteer, shortName, type Division, type Surface } from '../../gazetteer';
import { CharSet } from '../charset';
import type { Span } from '../../text/types';
import { findLayout, SpanSet, type Layout } from './layout';
import {
  DATELINE_AFTER,
  EVENT_AFTER,
  LIST_BEFORE_NAME,
  MEDIA_AFTER,
  MEDIA_BRANDS,
  NAME_VERB_AFTER,
  ORGAN_AFTER,
  ORGANISATION_AFTER,
  ORIGIN_AFTER,
  PLACE_AFTER,
  ROAD_AFTER,
  SOURCE_BEFORE,
  SUBUNIT_AFTER,
  SURNAMES,
  TITLE_BEFORE_NAME,
} from './lexicon';

export type Via = 'full' | 'short' | 'former';

/** Where in the document a place is named; the decision weighs these differently. */
export type Role = 'headline' | 'dateline' | 'source' | 'media' | 'lead' | 'body';

export type RejectReason =
  | 'boilerplate'
  | 'road'
  | 'event'
  | 'organisation'
  | 'person'
  | 'subunit'
  | 'origin'
  | 'no-context';

export interface ScannedPlace extends Span {
  /** The text as written: 永州, 冷水滩区, 莱芜市. */
  surface: string;
  via: Via;
  /** A short, generic (城区) or one-character-stem (和县) name: counted only with context. */
  weak: boolean;
  /** Divisions the name can denote here, narrowed by context (北京市朝阳区 → Beijing's only). */
  candidates: Division[];
  role: Role;
  /** Followed by the place's own organs (冷水滩区委, 运城市政府). */
  organ: boolean;
  /** Why a weak name counts: 'venue', 'dateline', 'parent 永州市 adjacent' … */
  context?: string;
}

export interface RejectedPlace extends Span {
  surface: string;
  reason: RejectReason;
  candidates: Division[];
}

export interface PlaceScan {
  places: ScannedPlace[];
  rejected: RejectedPlace[];
  layout: Layout;
}

export interface ScanOptions {
  /** Boilerplate spans: nothing there counts, except the publishing outlet of a source line. */
  exclude?: readonly Span[];
  /** The headline, when known (otherwise the first short line is taken). */
  title?: string;
  /** Personal names found in the text (officials, reporters): places inside them are not places. */
  names?: readonly string[];
  /** Where personal names stand, when known exactly (officials' mentions). */
  nameSpans?: readonly Span[];
}

/** How far (UTF-16 units) a mention of a parent division makes a short name count. */
const NEAR_PARENT = 30;
const ROUNDS = 3;

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Prepositions and conjunctions that may stand right before a one-character-stem name (在道县, 和县). */
const BOUNDARY_BEFORE = /[在到赴至从于往及与同、，,。：:；;（(\s“"']/;
const HAN = /\p{Script=Han}/u;
/** Surname characters that are mostly prepositions or conjunctions. */
const FUNCTION_WORDS = new Set(['向', '和', '于', '全', '时', '应', '与', '及', '对', '将', '以']);

interface Raw extends Span {
  surface: string;
  via: Via;
  weak: boolean;
  candidates: Division[];
  status: 'accepted' | 'pending' | 'rejected';
  reason?: RejectReason;
  context?: string;
}

function isGenericName(d: Division): boolean {
  if (d.short !== d.name) return false;
  return (/区$/.test(d.name) && d.name.length <= 2) || /^[市城][东西南北中]区$/.test(d.name) || d.name === '新城区';
}

function hasOneCharStem(d: Division): boolean {
  return d.short === d.name && d.name.length === 2 && /[县市区旗]$/.test(d.name);
}

function distinct(divisions: Division[]): Division[] {
  return [...new Map(divisions.map((d) => [d.code, d])).values()];
}

/**
 * The first two code units of every name the gazetteer can match (a superset: full, former and short
 * names all begin like a division's name, short name or former name). Most positions of a text begin
 * none; they are passed over without asking the gazetteer.
 */
class NameStarts {
  private readonly firsts: CharSet;
  /** Second units by first unit; a first unit mapped to `null` begins a one-unit name (any second will do). */
  private readonly seconds = new Map<number, Set<number> | null>();

  constructor(g: Gazetteer) {
    const firsts = new Set<string>();
    for (const d of g.divisions) {
      for (const n of [d.name, d.short, ...(d.former ?? []).flatMap((f) => [f, shortName(f, false), shortName(f, true)])]) {
        if (!n) continue;
        firsts.add(n[0]);
        const a = n.charCodeAt(0);
        if (n.length < 2) this.seconds.set(a, null);
        else if (this.seconds.get(a) !== null) {
          let set = this.seconds.get(a);
          if (!set) this.seconds.set(a, (set = new Set()));
          set.add(n.charCodeAt(1));
        }
      }
    }
    this.firsts = new CharSet(firsts);
  }

  /** May a gazetteer name start at `i`? */
  at(text: string, i: number): boolean {
    if (!this.firsts.at(text, i)) return false;
    const seconds = this.seconds.get(text.charCodeAt(i));
    return seconds === null || (seconds !== undefined && seconds.has(text.charCodeAt(i + 1)));
  }
}

const starts = new WeakMap<Gazetteer, NameStarts>();

function nameStarts(g: Gazetteer): NameStarts {
  let set = starts.get(g);
  if (!set) starts.set(g, (set = new NameStarts(g)));
  return set;
}

/** What a gazetteer match says before its context is read: the same for every mention of the name. */
interface Reading {
  candidates: Division[];
  via: Via;
  /** Weak when a boundary (在, 、, a non-Han character) stands before it, and when none does. */
  weakAtBoundary: boolean;
  weakInside: boolean;
}

function readingOf(surfaces: readonly Surface[]): Reading {
  const fulls = surfaces.filter((s) => s.kind === 'full' || s.kind === 'former');
  if (fulls.length) {
    const candidates = distinct(fulls.map((s) => s.division));
    const via: Via = fulls.some((s) => s.kind === 'full') ? 'full' : 'former';
    return {
      candidates,
      via,
      weakAtBoundary: candidates.every((d) => isGenericName(d)),
      weakInside: candidates.every((d) => isGenericName(d) || hasOneCharStem(d)),
    };
  }
  const candidates = distinct(surfaces.map((s) => s.division));
  const via: Via = surfaces.some((s) => s.kind === 'short') ? 'short' : 'former';
  return { candidates, via, weakAtBoundary: true, weakInside: true };
}

/**
 * A mention as first read. Mentions of one name share its reading (and its candidate list, which later
 * steps replace, never change in place): a text naming a place thousands of times reads it once.
 */
function rawFrom(text: string, start: number, surface: string, reading: Reading): Raw {
  let weak = reading.weakAtBoundary;
  if (weak !== reading.weakInside) {
    const prev = text[start - 1];
    const boundary = !prev || !HAN.test(prev) || BOUNDARY_BEFORE.test(prev);
    weak = boundary ? reading.weakAtBoundary : reading.weakInside;
  }
  return { start, end: start + surface.length, surface, via: reading.via, weak, candidates: reading.candidates, status: 'pending' };
}

/** A short name that is the given name of a person: 常务副区长王宏伟, 由王宏伟主持, 王宏伟同志. */
function looksLikeGivenName(text: string, r: Raw): boolean {
  const surname = text[r.start - 1];
  if (!surname || !SURNAMES.has(surname)) return false;
  const before = text.slice(Math.max(0, r.start - 9), r.start - 1);
  const after = text.slice(r.end, r.end + 4);
  if (TITLE_BEFORE_NAME.test(before)) return true;
  return LIST_BEFORE_NAME.test(before) && NAME_VERB_AFTER.test(after);
}

/**
 * A full name whose suffix belongs to a title after a personal name: 陈宏伟区长 is 陈宏伟 + 区长, not
 * 宏伟区 (the 王征区长 pattern).
 */
function looksLikeNameBeforeTitle(text: string, r: Raw, after: string): boolean {
  if (!/[区县市旗州]$/.test(r.surface) || !/^(?:长|委(?:副)?书记)/.test(after)) return false;
  const surname = text[r.start - 1];
  // 向江阴市长汇报: 向, 和, 于 … are far more often words than surnames.
  if (!surname || !SURNAMES.has(surname) || FUNCTION_WORDS.has(surname)) return false;
  return LIST_BEFORE_NAME.test(text.slice(Math.max(0, r.start - 9), r.start - 1)) || TITLE_BEFORE_NAME.test(text.slice(Math.max(0, r.start - 9), r.start - 1));
}

function occurrences(text: string, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const name of new Set(names)) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) spans.push({ start: at, end: at + name.length });
  }
  return spans;
}

function isAncestor(g: Gazetteer, a: Division, d: Division): boolean {
  return a.code !== d.code && g.contains(a.code, d.code);
}

/**
 * Finds every place name in `text` and decides, name by name, whether it names a place here: events,
 * organisations, roads, personal names and boilerplate are rejected; short names count only with
 * context (a venue, a dateline, the place's organs, an adjacent or nearby parent, a list of siblings).
 */
export function scanPlaces(text: string, opts: ScanOptions = {}, g: Gazetteer = Gazetteer.load()): PlaceScan {
  const exclude = new SpanSet(opts.exclude);
  const layout = findLayout(text, opts.title, exclude);
  const names = new SpanSet([...occurrences(text, opts.names ?? []), ...(opts.nameSpans ?? [])]);

  const raws: Raw[] = [];
  const readings = new Map<readonly Surface[], Reading>();
  const firsts = nameStarts(g);
  for (let i = 0; i < text.length; i++) {
    if (!firsts.at(text, i)) continue;
    const m = g.matchAt(text, i);
    if (!m) continue;
    let reading = readings.get(m.surfaces);
    if (!reading) readings.set(m.surfaces, (reading = readingOf(m.surfaces)));
    raws.push(rawFrom(text, i, m.surface, reading));
  }

  for (const r of raws) classify(text, r, layout, exclude, names);
  promote(text, raws, g);
  for (const r of raws) {
    if (r.status === 'pending') {
      r.status = 'rejected';
      r.reason = 'no-context';
    }
  }

  // Leftmost accepted names win; a name overlapping an accepted one was only a substring of it.
  const places: ScannedPlace[] = [];
  let until = 0;
  for (const r of raws) {
    if (r.status !== 'accepted' || r.start < until) continue;
    places.push(toPlace(text, r, layout));
    until = r.end;
  }
  const taken = new SpanSet(places);
  const rejected: RejectedPlace[] = raws
    .filter((r) => r.status === 'rejected' && !taken.overlaps(r.start, r.end))
    .map((r) => ({ start: r.start, end: r.end, surface: r.surface, reason: r.reason!, candidates: r.candidates }));
  return { places, rejected, layout };
}

function reject(r: Raw, reason: RejectReason): void {
  r.status = 'rejected';
  r.reason = reason;
}

function accept(r: Raw, context?: string): void {
  r.status = 'accepted';
  if (context) r.context = context;
}

function classify(text: string, r: Raw, layout: Layout, exclude: SpanSet, names: SpanSet): void {
  const after = afterOf(text, r);
  const before = beforeOf(text, r);
  if (names.overlaps(r.start, r.end)) return reject(r, 'person');
  if (ROAD_AFTER.test(after)) return reject(r, 'road');
  if (EVENT_AFTER.test(after)) return reject(r, 'event');
  if (ORGANISATION_AFTER.test(after)) return reject(r, 'organisation');
  if (ORIGIN_AFTER.test(after)) return reject(r, 'origin');
  if (r.weak && MEDIA_BRANDS.has(r.surface) && MEDIA_AFTER.test(after)) return reject(r, 'organisation');
  if (r.weak && SUBUNIT_AFTER.test(after)) return reject(r, 'subunit');
  if (r.weak && looksLikeGivenName(text, r)) return reject(r, 'person');
  if (!r.weak && looksLikeNameBeforeTitle(text, r, after)) return reject(r, 'person');

  const source = SOURCE_BEFORE.test(before);
  const dateline = DATELINE_AFTER.test(after);
  if (exclude.overlaps(r.start, r.end)) {
    // A source line is dimmed as boilerplate, yet its outlet (来源:运城日报) says where the report is from.
    if (source) return accept(r, 'source line');
    if (dateline) return accept(r, 'dateline');
    return reject(r, 'boilerplate');
  }
  if (!r.weak) return accept(r);

  const province = r.candidates.find((d) => d.level === 'province' && d.short === r.surface);
  if (province) {
    // 上海, 四川, 河北: a province-level short is a place in running text (河北区 would be written in full).
    r.candidates = [province];
    return accept(r, 'province-level name');
  }
  if (dateline) return accept(r, 'dateline');
  if (source) return accept(r, 'source line');
  if (MEDIA_AFTER.test(after)) return accept(r, 'media');
  if (PLACE_AFTER.test(after)) return accept(r, `followed by ${after.match(PLACE_AFTER)![0]}`);
  if (/^[:：]/.test(after)) {
    const lineStart = text.lastIndexOf('\n', r.start - 1) + 1;
    const inHeadline = layout.headline && r.start >= layout.headline.start && r.end <= layout.headline.end;
    if (inHeadline || r.start - lineStart <= 8) return accept(r, 'heads the line');
  }
}

/** Weak names that count through their neighbours: 永州冷水滩, 巴中南江, 南江、通江两县, a parent nearby. */
function promote(text: string, raws: Raw[], g: Gazetteer): void {
  // Only pending names can be promoted; most texts have few, and the indexes below cost a map entry a name.
  if (!raws.some((r) => r.status === 'pending')) return;
  const byStart = new Map<number, Raw[]>();
  const byEnd = new Map<number, Raw[]>();
  for (const r of raws) {
    // Appended in place: copying the list per name made a text naming one place often slow.
    appendTo(byStart, r.start, r);
    appendTo(byEnd, r.end, r);
  }
  const starting = (at: number) => byStart.get(at) ?? [];
  const ending = (at: number) => byEnd.get(at) ?? [];
  const SEPARATOR = /^[、和及与]$/;
  for (let round = 0; round < ROUNDS; round++) {
    let changed = false;
    for (const r of raws) {
      if (r.status !== 'pending') continue;
      if (promoteByNeighbours(text, r, starting, ending, SEPARATOR, g) || promoteByNearParent(text, r, raws, g)) changed = true;
    }
    if (!changed) break;
  }
}

function promoteByNeighbours(
  text: string,
  r: Raw,
  starting: (at: number) => Raw[],
  ending: (at: number) => Raw[],
  separator: RegExp,
  g: Gazetteer,
): boolean {
  // Adjacent parent → child, either of them weak: 永州冷水滩, 上海徐汇, 巴中南江县.
  for (const next of starting(r.end)) {
    if (next.status === 'rejected') continue;
    const parents = r.candidates.filter((a) => next.candidates.some((d) => isAncestor(g, a, d)));
    if (!parents.length) continue;
    r.candidates = parents;
    accept(r, `followed by ${next.surface}`);
    if (next.status === 'pending') {
      next.candidates = next.candidates.filter((d) => parents.some((a) => isAncestor(g, a, d)));
      accept(next, `after ${r.surface}`);
    }
    return true;
  }
  for (const prev of ending(r.start)) {
    if (prev.status !== 'accepted') continue;
    const children = r.candidates.filter((d) => prev.candidates.some((a) => isAncestor(g, a, d)));
    if (!children.length) continue;
    r.candidates = children;
    accept(r, `after ${prev.surface}`);
    return true;
  }
  // A list of siblings: 南江、通江两县 (通江 counts by 两县, 南江 through it).
  const listed = [
    ...(separator.test(text[r.end] ?? '') ? starting(r.end + 1) : []),
    ...(separator.test(text[r.start - 1] ?? '') ? ending(r.start - 1) : []),
  ];
  for (const sibling of listed) {
    if (sibling.status !== 'accepted') continue;
    const same = r.candidates.filter((d) => sibling.candidates.some((s) => s.parent === d.parent && s.code !== d.code));
    if (!same.length) continue;
    r.candidates = same;
    accept(r, `listed with ${sibling.surface}`);
    return true;
  }
  return false;
}

/** A parent named in full close by, in the same sentence: 巴中市……南江. */
function promoteByNearParent(text: string, r: Raw, raws: Raw[], g: Gazetteer): boolean {
  let lo = 0;
  let hi = raws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (raws[mid].start < r.start - NEAR_PARENT - 20) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < raws.length && raws[i].start <= r.end + NEAR_PARENT; i++) {
    const n = raws[i];
    if (n === r || n.status !== 'accepted' || n.weak) continue;
    const gap = Math.max(n.start - r.end, r.start - n.end);
    if (gap > NEAR_PARENT || /[。！？\n]/.test(text.slice(Math.min(n.end, r.end), Math.max(n.start, r.start)))) continue;
    const children = r.candidates.filter((d) => n.candidates.some((a) => isAncestor(g, a, d)));
    if (!children.length) continue;
    r.candidates = children;
    accept(r, `near ${n.surface}`);
    return true;
  }
  return false;
}

const afterOf = (text: string, r: Span) => text.slice(r.end, r.end + 12);
const beforeOf = (text: string, r: Span) => text.slice(Math.max(0, r.start - 12), r.start);

function toPlace(text: string, r: Raw, layout: Layout): ScannedPlace {
  // Read again rather than kept from classify: a few short strings per name, alive only here.
  const after = afterOf(text, r);
  const before = beforeOf(text, r);
  const within = (s?: Span) => !!s && r.start >= s.start && r.end <= s.end;
  let role: Role = 'body';
  if (within(layout.headline)) role = 'headline';
  else if (DATELINE_AFTER.test(after)) role = 'dateline';
  else if (SOURCE_BEFORE.test(before)) role = 'source';
  else if (MEDIA_AFTER.test(after) && !(r.weak && MEDIA_BRANDS.has(r.surface))) role = 'media';
  else if (within(layout.lead)) role = 'lead';
  return {
    start: r.start,
    end: r.end,
    surface: r.surface,
    via: r.via,
    weak: r.weak,
    candidates: r.candidates,
    role,
    organ: ORGAN_AFTER.test(after),
    context: r.context,
  };
}
