import * as vscode from 'vscode';
import { compileQuery, groupByDate, groupByLocality, groupByOfficial, localityPath, type CorpusEntry, type CorpusGroup, type EntryQuery, type PersonGroup } from '../../core/corpus';
import type { CorpusService } from '../../platform/corpusService';
import type { ReuseService } from '../../platform/reuseService';
import { docItem, groupItem, similarItem, type CorpusNode } from './nodes';

export type Grouping = 'locality' | 'date' | 'official';

/**
 * One provider serves both views: the Corpus view (grouped by locality, date or official) and the
 * Officials view (always by official). Groupings are computed once per index revision and filter;
 * each node's children are sorted only when it is expanded.
 */
export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: CorpusNode[] | undefined;
  private builtAt = -1;
  private query: EntryQuery = {};
  private matches: (e: CorpusEntry) => boolean = () => true;
  private readonly listener: vscode.Disposable;

  private throttle: NodeJS.Timeout | undefined;

  constructor(
    private readonly corpus: CorpusService,
    private grouping: Grouping,
    /** Reports expand to their similar passages (Corpus view); without it they are leaves. */
    private readonly reuse?: ReuseService,
  ) {
    // While a large corpus is indexed, changes arrive in batches of a hundred documents; regrouping
    // 50,000 entries takes ~0.1 s, so the tree is rebuilt at most once a second meanwhile.
    this.listener = corpus.onDidChange(() => {
      this.throttle ??= setTimeout(() => {
        this.throttle = undefined;
        this.invalidate();
      }, 1000);
    });
  }

  get mode(): Grouping {
    return this.grouping;
  }

  get filter(): EntryQuery {
    return this.query;
  }

  setGrouping(grouping: Grouping): void {
    this.grouping = grouping;
    this.invalidate();
  }

  /** Throws a RangeError with a one-line message for a malformed date. */
  setFilter(query: EntryQuery): void {
    this.matches = compileQuery(query);
    this.query = query;
    this.invalidate();
  }

  invalidate(): void {
    this.roots = undefined;
    this.emitter.fire(undefined);
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node);
    if (node.kind === 'similar') return similarItem(node);
    const item = docItem(node, this.corpus.uriOf(node.entry));
    if (this.reuse) item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
    return item;
  }

  async getChildren(node?: CorpusNode): Promise<CorpusNode[]> {
    if (!node) return this.rootNodes();
    if (node.kind === 'similar') return [];
    if (node.kind === 'doc') return this.similarOf(node);
    const g = node.group;
    if (g.kind === 'person') {
      return (g as PersonGroup).trail().map((stop) => ({ kind: 'doc', entry: stop.entry, stop, parent: node }));
    }
    return [
      ...g.groups().map((group): CorpusNode => ({ kind: 'group', group, parent: node })),
      ...g.documents().map((entry): CorpusNode => ({ kind: 'doc', entry, parent: node })),
    ];
  }

  getParent(node: CorpusNode): CorpusNode | undefined {
    return node.parent;
  }

  private async rootNodes(): Promise<CorpusNode[]> {
    const index = await this.corpus.ensure();
    if (!index) return [];
    if (this.roots && this.builtAt === index.revision) return this.roots;
    const entries = [...index.entries()].filter(this.matches);
    const groups: CorpusGroup[] =
      this.grouping === 'date' ? groupByDate(entries) : this.grouping === 'official' ? groupByOfficial(entries) : groupByLocality(entries);
    this.builtAt = index.revision;
    this.roots = groups.map((group) => ({ kind: 'group', group }));
    void vscode.commands.executeCommand('setContext', 'zhengwu.corpusEmpty', index.size === 0);
    return this.roots;
  }

  /** The passages of a report that other reports share, longest first: links to the exact spans. */
  private async similarOf(node: CorpusNode & { kind: 'doc' }): Promise<CorpusNode[]> {
    const index = this.corpus.peek();
    if (!this.reuse || !index) return [];
    const groups = await this.reuse.passages(index.absolute(node.entry.path));
    return groups
      .flatMap((g) => g.matches)
      .sort((x, y) => y.length - x.length)
      .map((match): CorpusNode => ({ kind: 'similar', match, other: index.get(match.b.id), parent: node }));
  }

  /** The node of a document in the current grouping, found through its groups (for reveal). */
  async nodeOf(fsPath: string): Promise<CorpusNode | undefined> {
    const index = this.corpus.peek();
    const entry = index?.get(fsPath);
    if (!entry) return undefined;
    // By locality the document's groups are known in advance: only their branches are searched.
    const onPath = this.grouping === 'locality' ? new Set(localityPath(entry)) : undefined;
    const search = async (nodes: CorpusNode[]): Promise<CorpusNode | undefined> => {
      for (const n of nodes) {
        if (n.kind === 'doc' && n.entry.path === entry.path) return n;
        if (n.kind !== 'group' || (onPath && !onPath.has(n.group.id))) continue;
        if (n.group.kind !== 'person' || (n.group as PersonGroup).trail().some((s) => s.entry === entry)) {
          const found = await search(await this.getChildren(n));
          if (found) return found;
        }
      }
      return undefined;
    };
    return search(await this.rootNodes());
  }

  dispose(): void {
    clearTimeout(this.throttle);
    this.listener.dispose();
    this.emitter.dispose();
  }
}
