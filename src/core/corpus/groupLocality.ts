import { GroupNode, groupOrder, type CorpusGroup, type GroupOptions } from './group';
import type { CorpusEntry } from './summary';

export const UNKNOWN_LOCALITY_ID = 'loc:?';

/**
 * Province → city → county → documents. A document known only to the city (or province) level sits
 * directly in that group. Municipalities (上海市, whose city is the province itself) skip the city
 * level: 上海市 → 徐汇区. A county without a city (administered by the province directly) hangs from
 * the province. Documents without a province go to one group at the end (kind `unknown-locality`).
 */
export function groupByLocality(entries: Iterable<CorpusEntry>, opts: GroupOptions = {}): CorpusGroup[] {
  const order = groupOrder(opts.order);
  const top = new GroupNode('province', 'loc:', '', order);
  const unknown = new GroupNode('unknown-locality', UNKNOWN_LOCALITY_ID, 'unknown locality', order);
  for (const e of entries) {
    const { province, city, county } = e.locality;
    if (!province) {
      unknown.count++;
      unknown.docs.push(e);
      continue;
    }
    const levels: [GroupNode['kind'], string][] = [['province', province]];
    if (city && city !== province) levels.push(['city', city]);
    if (county && county !== city) levels.push(['county', county]);
    let node = top;
    let id = 'loc:';
    for (const [kind, name] of levels) {
      id += (id === 'loc:' ? '' : '/') + name;
      const at = id;
      node = node.child(name, () => new GroupNode(kind, at, name, order));
      node.count++;
    }
    node.docs.push(e);
  }
  const groups: CorpusGroup[] = [...top.groups()];
  if (unknown.count) groups.push(unknown);
  return groups;
}

/** The ids of the groups a document sits under, outermost first: for revealing it in the tree. */
export function localityPath(entry: CorpusEntry): string[] {
  const { province, city, county } = entry.locality;
  if (!province) return [UNKNOWN_LOCALITY_ID];
  const names = [province];
  if (city && city !== province) names.push(city);
  if (county && county !== city) names.push(county);
  return names.map((_, i) => 'loc:' + names.slice(0, i + 1).join('/'));
}
