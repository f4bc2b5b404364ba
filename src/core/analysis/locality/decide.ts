import type { Division, Gazetteer } from '../../gazetteer';
import type { Locality, LocalityEvidence, LocalityLevel } from '../types';
import type { LevelHint } from './levels';
import type { ResolvedPlace } from './resolve';

/** Share of the evidence a province, city or county needs among its rivals to be named. */
const MIN_SHARE = 0.55;
/** Scale of the evidence that makes a decision near-certain (a headline name ≈ 3, an official ≈ 1). */
const STRENGTH_SCALE = 2.5;

interface Votes {
  province: number;
  city: number;
  county: number;
}

interface Scores {
  direct: Map<string, number>;
  subtree: Map<string, number>;
}

/**
 * Sums each mention's share into its candidates (direct) and everything above them (subtree). A name
 * repeated thousands of times would cost a dozen map updates per mention; instead each distinct candidate
 * list is turned once into accumulator slots, and a mention adds its share slot by slot. The additions
 * per division happen in the same order as map updates would (so the sums are the same to the last bit),
 * and the maps are filled in the order divisions were first met.
 */
function scoresOf(places: readonly ResolvedPlace[], g: Gazetteer): Scores {
  const directSlot = new Map<string, number>();
  const subtreeSlot = new Map<string, number>();
  const order: { code: string; direct: boolean }[] = [];
  const slotsOf = new Map<readonly Division[], number[]>();
  let sums = new Float64Array(64);
  const slot = (slots: Map<string, number>, code: string, direct: boolean): number => {
    let k = slots.get(code);
    if (k === undefined) {
      k = order.length;
      order.push({ code, direct });
      slots.set(code, k);
      if (k >= sums.length) {
        const grown = new Float64Array(sums.length * 2);
        grown.set(sums);
        sums = grown;
      }
    }
    return k;
  };
  for (const p of places) {
    const share = p.weight / p.candidates.length;
    let slots = slotsOf.get(p.candidates);
    if (!slots) {
      slots = [];
      for (const c of p.candidates) {
        slots.push(slot(directSlot, c.code, true));
        for (const a of g.path(c.code)) slots.push(slot(subtreeSlot, a.code, false));
      }
      slotsOf.set(p.candidates, slots);
    }
    for (const k of slots) sums[k] += share;
  }
  const direct = new Map<string, number>();
  const subtree = new Map<string, number>();
  order.forEach(({ code, direct: isDirect }, k) => (isDirect ? direct : subtree).set(code, sums[k]));
  return { direct, subtree };
}

function best(divisions: readonly Division[], score: (d: Division) => number): { top?: Division; share: number; total: number } {
  let total = 0;
  let top: Division | undefined;
  for (const d of divisions) {
    const s = score(d);
    total += s;
    if (s > 0 && (!top || s > score(top))) top = d;
  }
  return { top, share: top && total > 0 ? score(top) / total : 0, total };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Picks province, then city, then county, each by the weight of everything named beneath it, and the
 * level the document speaks from by its officials and self-references (区长, 全区 → a district).
 */
export function decide(places: readonly ResolvedPlace[], hints: readonly LevelHint[], g: Gazetteer): Locality {
  const { direct, subtree } = scoresOf(places, g);
  const score = (d: Division) => subtree.get(d.code) ?? 0;
  const provinces = [...subtree.keys()].map((c) => g.byCode(c)!).filter((d) => d.level === 'province');
  const prov = best(provinces, score);
  const raw = rawVotes(hints);
  const formerShi = new Set(
    places.filter((p) => p.place.via === 'former' && p.place.surface.endsWith('市')).flatMap((p) => p.candidates.map((d) => d.code)),
  );

  const evidence: LocalityEvidence[] = [];
  let province: Division | undefined;
  let city: Division | undefined;
  let county: Division | undefined;
  let shares = 1;
  let countyWanted = false;
  let votes: Votes = { province: raw.province, city: raw.prefecture + raw.shi, county: raw.county };

  if (prov.top && prov.share >= MIN_SHARE) {
    province = prov.top;
    shares *= prov.share;
    const municipality = g.isMunicipality(province.code);
    const kids = g.children(province.code).filter((d) => score(d) > 0);
    const cityPick = municipality ? { top: province, share: 1 } : best(kids, score);
    const cityOk = cityPick.top && cityPick.share >= MIN_SHARE;
    if (cityOk && cityPick.top!.level === 'county') {
      // A county the province administers directly (济源市, 仙桃市): no city level above it.
      const k = cityPick.top!;
      votes = allocate(raw, k, 0, 0, formerShi);
      if (votes.county + votes.city >= votes.province) {
        county = k;
        shares *= cityPick.share;
      }
    } else if (cityOk) {
      const c = cityPick.top!;
      if (!municipality) shares *= cityPick.share;
      const counties = g.children(c.code).filter((d) => score(d) > 0);
      const k = best(counties, score);
      votes = allocate(raw, k.top, k.top ? score(k.top) : 0, direct.get(c.code) ?? 0, formerShi);
      const provinceSpeaks = !municipality && votes.province > 1.5 * (votes.city + votes.county);
      if (!provinceSpeaks) {
        city = c;
        countyWanted = wantsCounty(votes, k, counties.length, score(c), direct.get(c.code) ?? 0);
        if (countyWanted && k.top && k.share >= MIN_SHARE) {
          county = k.top;
          shares *= k.share;
        }
      }
    }
  }

  const chosen = county ?? city ?? province;
  const level: LocalityLevel | undefined = county ? 'county' : city ? 'city' : province ? 'province' : undefined;
  evidence.push(...placeEvidence(places, g, chosen));
  for (const h of hints) evidence.push({ reason: h.reason, span: h.span, weight: round2(h.weight) });
  if (countyWanted && !county && city) {
    evidence.push({ reason: `the officials and wording point to a county or district, but none of ${city.name} is named unambiguously`, weight: 0 });
  }
  evidence.sort((a, b) => b.weight - a.weight);

  const result: Locality = { confidence: 0, evidence };
  if (!chosen || !level) return result;
  result.province = province!.name;
  if (city) result.city = city.name;
  if (county) result.county = county.name;
  if (!city && county && g.isMunicipality(province!.code)) result.city = province!.name;
  result.code = chosen.code;
  result.level = level;
  result.confidence = confidence(level, score(chosen), direct.get(chosen.code) ?? 0, votes, shares, countyWanted && !county);
  return result;
}

function rawVotes(hints: readonly LevelHint[]): { province: number; prefecture: number; shi: number; county: number } {
  const v = { province: 0, prefecture: 0, shi: 0, county: 0 };
  for (const h of hints) v[h.level] += h.weight;
  return v;
}

/**
 * 市 in a title or in 全市 belongs to the county level when the place in question is a county-level
 * city (江阴市) that the text names more than its prefecture; otherwise to the city level.
 */
function allocate(
  raw: { province: number; prefecture: number; shi: number; county: number },
  county: Division | undefined,
  countyScore: number,
  cityDirect: number,
  formerShi: ReadonlySet<string>,
): Votes {
  // 江阴市 is a 市 today; 吴江市 and 莱芜市 were one when the text was written (now 吴江区, 莱芜区).
  const isShi = !!county && (county.name.endsWith('市') || formerShi.has(county.code));
  const shiIsCounty = isShi && countyScore >= cityDirect;
  return {
    province: raw.province,
    city: raw.prefecture + (shiIsCounty ? 0 : raw.shi),
    county: raw.county + (shiIsCounty ? raw.shi : 0),
  };
}

function wantsCounty(
  votes: Votes,
  k: { top?: Division; share: number },
  namedCounties: number,
  cityScore: number,
  cityDirect: number,
): boolean {
  if (votes.county > votes.city) return true;
  if (votes.county < votes.city || !k.top) return false;
  // No level evidence either way: the county must carry the city's weight, alone.
  if (namedCounties >= 2 && k.share < 0.6) return false;
  return cityScore - cityDirect >= 0.75 * cityScore;
}

function confidence(
  level: LocalityLevel,
  strength: number,
  named: number,
  votes: Votes,
  shares: number,
  countyMissing: boolean,
): number {
  const agreeing = level === 'county' ? votes.county : level === 'city' ? votes.city : votes.province;
  const total = votes.province + votes.city + votes.county;
  const agreement = total > 0 ? agreeing / total : 0.5;
  const support = strength + 0.5 * Math.min(4, agreeing);
  let c = (1 - Math.exp(-support / STRENGTH_SCALE)) * Math.sqrt(shares) * (0.6 + 0.4 * agreement);
  // Known only through the places below it (南江县、通江县 → 巴中市): less sure than a place named itself.
  if (named === 0) c *= 0.8;
  if (countyMissing) c *= 0.8;
  return round2(Math.max(0, Math.min(0.99, c)));
}

const ROLE_LABEL = { headline: 'headline', dateline: 'dateline', source: 'source', media: 'newspaper/media', lead: 'text', body: 'text' };

function pathText(g: Gazetteer, d: Division): string {
  return g.path(d.code).map((x) => x.name).join(' › ');
}

/** One evidence line per place and kind of mention, with the weight it added. */
function placeEvidence(places: readonly ResolvedPlace[], g: Gazetteer, chosen: Division | undefined): LocalityEvidence[] {
  // Grouped by candidate codes, then name, then role; `lists` keeps the groups in order of first mention.
  const groups = new Map<string, Map<string, Map<string, ResolvedPlace[]>>>();
  const lists: ResolvedPlace[][] = [];
  // Mentions of one name share their candidate list: spell its codes once.
  const codes = new Map<readonly Division[], string>();
  for (const p of places) {
    let spelled = codes.get(p.candidates);
    if (spelled === undefined) codes.set(p.candidates, (spelled = p.candidates.map((d) => d.code).join(',')));
    let bySurface = groups.get(spelled);
    if (!bySurface) groups.set(spelled, (bySurface = new Map()));
    let byRole = bySurface.get(p.place.surface);
    if (!byRole) bySurface.set(p.place.surface, (byRole = new Map()));
    const role = ROLE_LABEL[p.place.role];
    // Appended in place: copying the list per mention made a text naming one place often quadratic.
    const list = byRole.get(role);
    if (list) list.push(p);
    else {
      const created = [p];
      byRole.set(role, created);
      lists.push(created);
    }
  }
  const out: LocalityEvidence[] = [];
  for (const list of lists) {
    const first = list[0];
    const { place, candidates } = first;
    const weight = list.reduce((s, p) => s + p.weight, 0);
    const label = ROLE_LABEL[place.role];
    const times = list.length > 1 ? ` ×${list.length}` : '';
    let reason: string;
    if (candidates.length > 1) {
      reason = `${label}: ${place.surface}${times} is ambiguous (${candidates.map((d) => pathText(g, d)).join('; ')})`;
    } else {
      const d = candidates[0];
      const where = pathText(g, d);
      const offPath = chosen && !g.contains(chosen.code, d.code) && !g.contains(d.code, chosen.code);
      const below = chosen && d.code !== chosen.code && g.contains(chosen.code, d.code);
      const notes: string[] = [];
      if (place.via === 'former') notes.push(`former name of ${d.name}`);
      if (place.context && place.weak) notes.push(place.context);
      if (list.some((p) => p.place.organ)) notes.push('its own organs');
      if (first.resolvedBy) notes.push(`ambiguous name settled by ${first.resolvedBy}`);
      const note = notes.length ? ` (${notes.join('; ')})` : '';
      if (below && d.level === 'county') reason = `${label === 'text' ? '' : `${label}: `}county ${place.surface}${times} → ${where}${note}`;
      else if (offPath) reason = `also named: ${place.surface}${times} → ${where}${note}`;
      else reason = `${label}: ${place.surface}${times}${place.surface === where ? '' : ` → ${where}`}${note}`;
    }
    // Headline names scanned from a title outside the text have no span in it.
    const span = place.end > place.start ? { start: place.start, end: place.end } : undefined;
    out.push({ reason, span, weight: round2(weight) });
  }
  return out;
}

