import { documentDate } from './documentDate';
import type { CorpusEntry } from './summary';

export type GroupKind = 'province' | 'city' | 'county' | 'unknown-locality' | 'year' | 'month' | 'undated' | 'person';

/**
 * A node of a corpus tree. Counts are known when the tree is built (one pass over the entries);
 * sub-groups and documents are sorted on first request, so a view expanding one node pays only for it.
 */
export interface CorpusGroup {
  readonly kind: GroupKind;
  /** Stable across rebuilds (tree item ids, expansion state), e.g. `loc:上海市/徐汇区`, `date:2024-03`. */
  readonly id: string;
  /** Place name, `2024`, `2024-03`, a person's name; for the unknown and undated groups an English word the view replaces. */
  readonly label: string;
  /** What tells two same-named groups apart (a person's province). */
  readonly description?: string;
  /** Documents in this group and below it. */
  readonly count: number;
  /** Sub-groups, sorted. */
  groups(): readonly CorpusGroup[];
  /** Documents directly in this group (not in a sub-group), sorted. */
  documents(): readonly CorpusEntry[];
}

export interface GroupOptions {
  /** Sub-groups by name (Chinese in pinyin order, the default) or by number of documents. */
  order?: 'name' | 'count';
}

// Made on first use: building a collator costs milliseconds of every activation otherwise.
let collator: Intl.Collator | undefined;

export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-Hans-CN', { numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Newest first, undated last, then by path: the order of documents inside a place or a month. */
export function compareNewestFirst(a: CorpusEntry, b: CorpusEntry): number {
  const da = documentDate(a);
  const db = documentDate(b);
  if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? 1 : -1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A group filled by one pass over the entries; sorting waits for the first look. */
export class GroupNode implements CorpusGroup {
  count = 0;
  readonly children = new Map<string, GroupNode>();
  readonly docs: CorpusEntry[] = [];
  description?: string;
  private sortedGroups?: GroupNode[];
  private sortedDocs?: CorpusEntry[];

  constructor(
    readonly kind: GroupKind,
    readonly id: string,
    readonly label: string,
    private readonly groupOrder: (a: GroupNode, b: GroupNode) => number,
    private readonly docOrder: (a: CorpusEntry, b: CorpusEntry) => number = compareNewestFirst,
  ) {}

  child(key: string, make: () => GroupNode): GroupNode {
    let node = this.children.get(key);
    if (!node) {
      node = make();
      this.children.set(key, node);
    }
    return node;
  }

  groups(): readonly CorpusGroup[] {
    return (this.sortedGroups ??= [...this.children.values()].sort(this.groupOrder));
  }

  documents(): readonly CorpusEntry[] {
    return (this.sortedDocs ??= [...this.docs].sort(this.docOrder));
  }
}

export function groupOrder(order: GroupOptions['order']): (a: GroupNode, b: GroupNode) => number {
  return order === 'count' ? (a, b) => b.count - a.count || compareNames(a.label, b.label) : (a, b) => compareNames(a.label, b.label);
}
