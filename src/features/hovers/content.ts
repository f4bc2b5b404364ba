import * as vscode from 'vscode';
import type { FullAnalysis } from '../../core/analysis/analyze';
import type { DateMention, Directive, Locality, Official, Person, Slogan } from '../../core/analysis/types';
import type { Span } from '../../core/text/types';
import { commandLink, esc } from './markdown';

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

export const FIND_PERSON_COMMAND = 'zhengwu.findPersonInCorpus';

const within = (s: Span, offset: number) => s.start <= offset && offset < s.end;

export function localityPath(l: Locality): string {
  return [l.province, l.city, l.county].filter((x): x is string => !!x && x !== l.province + '市辖区').filter((x, i, all) => all.indexOf(x) === i).join(' › ');
}

function localityLine(l: Locality): string {
  const where = localityPath(l);
  if (!where) return vscode.l10n.t('Document locality: unknown');
  return vscode.l10n.t('Document locality: {0} (confidence {1})', esc(where), l.confidence.toFixed(2));
}

function officialHover(o: Official, a: FullAnalysis): string[] {
  return [
    `**${esc(o.name)}** — ${o.titles.length ? esc(o.titles.join('、')) : vscode.l10n.t('official (title not stated)')}`,
    vscode.l10n.t('{0} mentions in this document', o.mentions.length),
    localityLine(a.locality),
    commandLink(vscode.l10n.t('Find {0} in other workspace documents…', o.name), FIND_PERSON_COMMAND, [o.name]),
  ];
}

function personHover(p: Person): string[] {
  return [`**${esc(p.name)}** — ${esc(p.role)}`, vscode.l10n.t('Named in the byline; not an official.')];
}

export function weekday(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${WEEKDAYS_ZH[d.getUTCDay()]} ${d.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' })}`;
}

function dateHover(d: DateMention): string[] {
  if (!d.iso) return [`**${vscode.l10n.t('Date not resolved')}**`, esc(d.how)];
  const day = weekday(d.iso);
  const value = d.isoEnd ? `${d.iso} – ${d.isoEnd}` : d.iso;
  return [`**${esc(value)}**${day ? ` · ${day}` : ''}`, esc(d.how)];
}

function directiveHover(d: Directive): string[] {
  const kind = { verb: vscode.l10n.t('directive'), modal: vscode.l10n.t('obligation'), enumeration: vscode.l10n.t('enumerated task') }[d.kind];
  return [
    `**${vscode.l10n.t('Directive')}** (${esc(kind)}, ${vscode.l10n.t('cue')} “${esc(d.cue)}”)`,
    d.speaker ? vscode.l10n.t('Speaker: {0}', esc(d.speaker)) : vscode.l10n.t('Speaker: not stated'),
  ];
}

/** How widely the corpus uses a slogan (by its normalised key), when the corpus index is there. */
export interface SloganSpread {
  documents: number;
  localities: number;
}

function sloganHover(s: Slogan, spread?: (key: string) => SloganSpread | undefined): string[] {
  const lines = [`**${vscode.l10n.t('Slogan')}** “${esc(s.text)}”`];
  const use = spread?.(s.key);
  if (use) lines.push(vscode.l10n.t('Used in {0} corpus documents from {1} localities', use.documents, use.localities));
  lines.push(vscode.l10n.t('Matching key: {0}', esc(s.key)));
  return lines;
}

/** Hover paragraphs for everything the analysis found at `offset` (prepared-text coordinates). */
export function hoverSections(a: FullAnalysis, offset: number, spread?: (key: string) => SloganSpread | undefined): string[][] {
  const out: string[][] = [];
  for (const o of a.officials) {
    if (o.mentions.some((m) => within(m, offset)) || o.titleSpans.some((t) => within(t, offset))) out.push(officialHover(o, a));
  }
  for (const p of a.people) if (p.mentions.some((m) => within(m, offset))) out.push(personHover(p));
  for (const d of a.dates) if (within(d, offset)) out.push(dateHover(d));
  for (const s of a.slogans) if (within(s, offset)) out.push(sloganHover(s, spread));
  for (const d of a.directives) if (within(d, offset)) out.push(directiveHover(d));
  for (const p of a.places) {
    if (!within(p, offset)) continue;
    out.push([`**${esc(p.path.join(' › ') || p.name)}**`, localityLine(a.locality), ...a.locality.evidence.slice(0, 5).map((e) => `- ${esc(e.reason)}`)]);
  }
  if (a.boilerplate.some((b) => within(b, offset))) out.push([vscode.l10n.t('Web boilerplate: dimmed and left out of analysis and the corpus index.')]);
  return out;
}
