import type { Division, Gazetteer } from '../../gazetteer';
import type { Role, ScannedPlace } from './scan';

/** How much one mention counts, by where it stands. */
export const ROLE_WEIGHT: Record<Role, number> = { headline: 3, dateline: 2.5, source: 2.5, media: 2, lead: 1.5, body: 1 };
const VIA_WEIGHT = { full: 1, former: 0.9, short: 0.8 };
/** 冷水滩区委, 运城市政府: the place acting through its own organs. */
const ORGAN_BONUS = 1.3;
/** A candidate wins an ambiguous name only with this much more support than the next one. */
const MARGIN = 1.5;

export interface ResolvedPlace {
  place: ScannedPlace;
  /** One division when resolved; all remaining ones when the context cannot tell. */
  candidates: Division[];
  weight: number;
  /** For a name that had several candidates: the mention that settled it. */
  resolvedBy?: string;
}

const codesOf = (divisions: readonly Division[]): string => divisions.map((d) => d.code).join(',');

const LEVEL_RANK = { province: 0, city: 1, county: 2 };

function byLevelThenCode(a: Division, b: Division): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || a.code.localeCompare(b.code);
}

/**
 * Weighs each accepted mention (role × name form × organs, repeated body mentions counting less) and
 * settles ambiguous names (朝阳区, 鼓楼区, 通州) by the other places the document names: an ancestor
 * or descendant counts fully, a sibling under the same city half.
 */
export function resolvePlaces(places: readonly ScannedPlace[], g: Gazetteer): ResolvedPlace[] {
  // Mentions of one name share their candidate list: key and sort it once per list, not per mention.
  const lists = new Map<readonly Division[], { key: string; sorted: Division[]; sortedKey: string }>();
  const listOf = (candidates: readonly Division[]) => {
    let list = lists.get(candidates);
    if (!list) {
      const sorted = [...candidates].sort(byLevelThenCode);
      list = { key: codesOf(candidates), sorted, sortedKey: codesOf(sorted) };
      lists.set(candidates, list);
    }
    return list;
  };
  const seen = new Map<string, number>();
  const keys: string[] = [];
  const resolved: ResolvedPlace[] = places.map((place) => {
    const list = listOf(place.candidates);
    let weight = ROLE_WEIGHT[place.role] * VIA_WEIGHT[place.via] * (place.organ ? ORGAN_BONUS : 1);
    if (place.role === 'body' || place.role === 'lead') {
      const k = (seen.get(list.key) ?? 0) + 1;
      seen.set(list.key, k);
      weight /= Math.sqrt(k);
    }
    keys.push(list.sortedKey);
    // The sorted list is shared by the mentions; later steps replace a mention's list, never change it.
    return { place, candidates: list.sorted, weight };
  });

  // Mentions with the same candidates share one decision; grouping keeps this linear in the text.
  const groups = new Map<string, { candidates: Division[]; weight: number; members: ResolvedPlace[] }>();
  resolved.forEach((p, i) => {
    const key = keys[i];
    const group = groups.get(key) ?? { candidates: p.candidates, weight: 0, members: [] };
    group.weight += p.weight;
    group.members.push(p);
    groups.set(key, group);
  });
  for (let round = 0; round < 2; round++) {
    let changed = false;
    for (const [key, p] of groups) {
      if (p.candidates.length < 2) continue;
      const support = new Map<string, { total: number; by?: string }>();
      for (const c of p.candidates) {
        let total = 0;
        let strongest = { w: 0, by: undefined as string | undefined };
        for (const [otherKey, q] of groups) {
          if (otherKey === key) continue;
          const related = q.candidates.some((d) => d.code !== c.code && (g.contains(d.code, c.code) || g.contains(c.code, d.code)));
          const sibling = q.candidates.some((d) => d.code !== c.code && d.level === 'county' && c.level === 'county' && d.parent === c.parent);
          const share = related ? 1 : sibling ? 0.5 : 0;
          if (!share) continue;
          const w = (q.weight * share) / q.candidates.length;
          total += w;
          if (w > strongest.w) strongest = { w, by: q.members[0].place.surface };
        }
        support.set(c.code, { total, by: strongest.by });
      }
      const ranked = [...p.candidates].sort((a, b) => support.get(b.code)!.total - support.get(a.code)!.total);
      const top = support.get(ranked[0].code)!;
      const second = support.get(ranked[1].code)!.total;
      if (top.total > 0 && top.total >= MARGIN * second) {
        p.candidates = [ranked[0]];
        for (const m of p.members) {
          m.candidates = p.candidates;
          m.resolvedBy = top.by;
        }
        changed = true;
      }
    }
    if (!changed) break;
  }
  return resolved;
}
