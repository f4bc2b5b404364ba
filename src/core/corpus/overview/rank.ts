/**
 * The first `k` items in the order `byCount`, then `byName`. A corpus names tens of thousands of
 * people and slogans and most share a count of one, so comparing names (a collator, several times
 * slower than numbers) is only done among the items that can reach the cut: those ranking above
 * the k-th by count, and those tied with it.
 */
export function topRanked<T>(items: T[], k: number, byCount: (a: T, b: T) => number, byName: (a: T, b: T) => number): T[] {
  if (k <= 0 || items.length === 0) return [];
  items.sort(byCount);
  let end = Math.min(k, items.length);
  const last = items[end - 1];
  while (end < items.length && byCount(items[end], last) === 0) end++;
  return items
    .slice(0, end)
    .sort((a, b) => byCount(a, b) || byName(a, b))
    .slice(0, k);
}
