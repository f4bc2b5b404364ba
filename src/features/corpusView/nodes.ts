import * as vscode from 'vscode';
import type { CorpusEntry, CorpusGroup, TrailStop } from '../../core/corpus';
import { documentDate } from '../../core/corpus';
import type { PassageMatch } from '../../core/corpus/similar';
import { esc } from '../hovers/markdown';

/** Tree elements: a group (place, month, person) or a document (optionally as a stop on a person's trail). */
export type CorpusNode =
  | { kind: 'group'; group: CorpusGroup; parent?: CorpusNode }
  | { kind: 'doc'; entry: CorpusEntry; stop?: TrailStop; parent?: CorpusNode }
  /** A passage of the parent report that another report shares: a link to the exact span there. */
  | { kind: 'similar'; match: PassageMatch; other?: CorpusEntry; parent: CorpusNode };

const GROUP_ICONS: Record<string, string> = {
  province: 'globe',
  city: 'location',
  county: 'home',
  'unknown-locality': 'question',
  year: 'calendar',
  month: 'calendar',
  undated: 'question',
  person: 'person',
};

export function groupLabel(group: CorpusGroup): string {
  if (group.kind === 'unknown-locality') return vscode.l10n.t('Unknown locality');
  if (group.kind === 'undated') return vscode.l10n.t('Undated');
  return group.label;
}

export function placeOf(entry: CorpusEntry): string {
  const { province, city, county } = entry.locality;
  return [province, city, county].filter((x, i, all): x is string => !!x && all.indexOf(x) === i).join(' › ');
}

export function groupItem(node: CorpusNode & { kind: 'group' }): vscode.TreeItem {
  const g = node.group;
  const item = new vscode.TreeItem(groupLabel(g), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `${node.parent && node.parent.kind === 'group' ? node.parent.group.id + '|' : ''}${g.id}`;
  item.description = [g.description, String(g.count)].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[g.kind] ?? 'folder');
  item.contextValue = `zhengwu.group.${g.kind}`;
  item.tooltip = vscode.l10n.t('{0}: {1} documents', groupLabel(g), g.count);
  return item;
}

export function docItem(node: CorpusNode & { kind: 'doc' }, uri: vscode.Uri): vscode.TreeItem {
  const e = node.entry;
  const item = new vscode.TreeItem(e.title || e.path.split('/').pop() || e.path, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parent && node.parent.kind === 'group' ? node.parent.group.id + '|' : ''}doc:${e.path}`;
  const date = documentDate(e);
  const titles = node.stop?.titles.join('、');
  item.description = [titles, date, placeOf(e)].filter(Boolean).join(' · ');
  item.resourceUri = uri;
  item.iconPath = new vscode.ThemeIcon(e.script === 'traditional' ? 'symbol-text' : 'file-text');
  item.contextValue = 'zhengwu.document';
  item.command = { command: 'zhengwu.corpus.open', title: vscode.l10n.t('Open'), arguments: [uri] };
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${esc(e.title || e.path)}**\n\n${esc([date, placeOf(e)].filter(Boolean).join(' · '))}\n\n`);
  if (e.officials.length) md.appendMarkdown(e.officials.slice(0, 8).map((o) => `- ${esc(o.name)} ${esc(o.titles.join('、'))}`).join('\n') + '\n\n');
  if (e.firstDirective) md.appendMarkdown(`> ${esc(e.firstDirective.speaker ? `${e.firstDirective.speaker}：` : '')}${esc(e.firstDirective.text)}\n\n`);
  // Inside a code span nothing is interpreted, so the path needs no escapes, only no backticks.
  md.appendMarkdown('`' + e.path.replace(/`/g, "'") + '`');
  item.tooltip = md;
  return item;
}

export function similarItem(node: CorpusNode & { kind: 'similar' }): vscode.TreeItem {
  const { match: m, other } = node;
  const item = new vscode.TreeItem(other?.title || m.b.id.split(/[\\/]/).pop() || m.b.id, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.parent.kind === 'doc' ? node.parent.entry.path : ''}|sim:${m.b.id}:${m.b.start}:${m.a.start}`;
  const where = other ? [placeOf(other), documentDate(other)].filter(Boolean).join(' · ') : '';
  item.description = [where, vscode.l10n.t('{0} chars', m.length), m.text.length > 24 ? m.text.slice(0, 24) + '…' : m.text].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon('references');
  item.contextValue = 'zhengwu.similarPassage';
  item.tooltip = new vscode.MarkdownString(`${esc(m.text)}\n\n${esc(vscode.l10n.t('score {0}', m.score.toFixed(2)))}`);
  item.command = { command: 'zhengwu.corpus.openSimilar', title: vscode.l10n.t('Open'), arguments: [m.b.id, { start: m.b.start, end: m.b.end }] };
  return item;
}
