import type { DocSpan, PassageMatch, SimilarDocument } from './types';

/**
 * Ranks the documents that share wording with `id`, from matches in which `id` is either side (so the
 * pairs of `allPairs` serve every document without querying again). A stretch of `id` matched twice in
 * the same document (a slogan it repeats) counts once: the longest match over it wins.
 */
export function rankSimilar(id: string, matches: readonly PassageMatch[]): SimilarDocument[] {
  const byDoc = new Map<string, { mine: DocSpan; length: number }[]>();
  for (const m of matches) {
    const [mine, theirs] = m.a.id === id ? [m.a, m.b] : m.b.id === id ? [m.b, m.a] : [undefined, undefined];
    if (!mine || !theirs || theirs.id === id) continue;
    let list = byDoc.get(theirs.id);
    if (!list) byDoc.set(theirs.id, (list = []));
    list.push({ mine, length: m.length });
  }
  const ranked: SimilarDocument[] = [];
  for (const [other, list] of byDoc) {
    const kept: { mine: DocSpan; length: number }[] = [];
    for (const m of [...list].sort((p, q) => q.length - p.length)) {
      if (!kept.some((k) => m.mine.start < k.mine.end && k.mine.start < m.mine.end)) kept.push(m);
    }
    ranked.push({ id: other, sharedChars: kept.reduce((sum, m) => sum + m.length, 0) });
  }
  return ranked.sort((p, q) => q.sharedChars - p.sharedChars || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
}
