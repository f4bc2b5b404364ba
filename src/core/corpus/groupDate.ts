import { documentDate } from './documentDate';
import { GroupNode, type CorpusGroup } from './group';
import type { CorpusEntry } from './summary';

export const UNDATED_ID = 'date:?';

const newestFirst = (a: GroupNode, b: GroupNode) => (a.label < b.label ? 1 : a.label > b.label ? -1 : 0);

/**
 * Year → month → documents, newest first, by `documentDate` (publication, else first meeting date).
 * A document known only to the year or quarter sits directly in the year; documents without a year go
 * to one group at the end (kind `undated`).
 */
export function groupByDate(entries: Iterable<CorpusEntry>): CorpusGroup[] {
  const top = new GroupNode('year', 'date:', '', newestFirst);
  const undated = new GroupNode('undated', UNDATED_ID, 'undated', newestFirst);
  for (const e of entries) {
    const date = documentDate(e);
    if (!date) {
      undated.count++;
      undated.docs.push(e);
      continue;
    }
    const year = date.slice(0, 4);
    let node = top.child(year, () => new GroupNode('year', `date:${year}`, year, newestFirst));
    node.count++;
    const month = /^\d{4}-(\d{2})/.exec(date)?.[0];
    if (month) {
      node = node.child(month, () => new GroupNode('month', `date:${month}`, month, newestFirst));
      node.count++;
    }
    node.docs.push(e);
  }
  const groups: CorpusGroup[] = [...top.groups()];
  if (undated.count) groups.push(undated);
  return groups;
}
