// The Corpus Overview page. Runs in the webview: draws what the extension sends (aggregates computed
// in the extension host) and sends back requests (a month's reports, a place, a slogan, an export).
import type { Overview } from '../../../core/corpus/overview/types';
import { restoreState, TAB_IDS, type ChartId, type CorpusStatus, type FromWebview, type TabId, type ToWebview } from '../protocol';
import type { ViewContext } from './context';
import { clear, h } from './dom';
import { OfficialsView } from './officialsView';
import { PlacesView } from './placesView';
import { SlogansView } from './slogansView';
import { readPalette, watchTheme, type Palette } from './theme';
import { TimelineView } from './timelineView';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const state = restoreState(vscode.getState());
let strings: Record<string, string> = {};
let locale = 'en';
let palette: Palette = readPalette();
let overview: Overview | undefined;
let status: CorpusStatus = { kind: 'ready' };

function t(key: string, ...args: (string | number)[]): string {
  const template = strings[key] ?? key;
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}

const post = (message: FromWebview) => vscode.postMessage(message);
const saveState = () => vscode.setState(state);

const ctx: ViewContext = {
  t,
  palette: () => palette,
  post,
  state,
  saveState,
  num: (n) => n.toLocaleString(locale),
  actions: {
    t,
    exportPicture: (chart, format, data) => post({ type: 'exportChart', chart, format, data }),
    exportCsv: (chart: ChartId) =>
      post(chart === 'sloganSpread' ? { type: 'exportCsv', table: 'sloganSpread', key: state.slogan ?? '' } : { type: 'exportCsv', table: chart }),
    tableShown: (chart, shown) => {
      state.tables[chart] = shown;
      saveState();
    },
  },
};

interface Tab {
  id: TabId;
  button: HTMLButtonElement;
  panel: HTMLElement;
  view: { element: HTMLElement; render(o: Overview): void; refreshTheme(o?: Overview): void };
  /** Drawn from the current overview: tabs are drawn when shown, not on every update. */
  drawn: number;
}

let tabs: Tab[] = [];
let timeline: TimelineView;
let places: PlacesView;
let slogans: SlogansView;
let officials: OfficialsView;
const statusBox = h('div', { class: 'status', attrs: { role: 'status' } });
const root = h('main');

function build(): void {
  clear(document.body);
  timeline = new TimelineView(ctx);
  places = new PlacesView(ctx);
  slogans = new SlogansView(ctx);
  officials = new OfficialsView(ctx);
  const views: Record<TabId, Tab['view']> = { timeline, places, slogans, officials };
  const titles: Record<TabId, string> = { timeline: t('Timeline'), places: t('Places'), slogans: t('Slogan spread'), officials: t('Officials') };
  const tablist = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': t('Corpus Overview') } });
  tabs = TAB_IDS.map((id) => {
    const button = h('button', { class: 'tab', attrs: { role: 'tab', id: `tab-${id}`, 'aria-controls': `panel-${id}`, type: 'button', 'data-tab': id } }, titles[id]);
    const panel = h('div', { class: 'panel', attrs: { role: 'tabpanel', id: `panel-${id}`, 'aria-labelledby': `tab-${id}`, tabindex: 0 } }, views[id].element);
    button.addEventListener('click', () => select(id, true));
    tablist.appendChild(button);
    return { id, button, panel, view: views[id], drawn: -1 };
  });
  // Arrow keys move between tabs (and show them), as in the workbench's own tab lists.
  tablist.addEventListener('keydown', (e) => {
    const at = tabs.findIndex((x) => x.id === state.tab);
    const next = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length].id, true);
  });
  append(root, h('header', { class: 'top' }, h('h1', {}, t('Corpus Overview')), statusBox), tablist, ...tabs.map((x) => x.panel));
  document.body.appendChild(root);
  select(state.tab, false);
}

function append(parent: HTMLElement, ...children: HTMLElement[]): void {
  for (const c of children) parent.appendChild(c);
}

function select(id: TabId, focus: boolean): void {
  state.tab = id;
  saveState();
  for (const x of tabs) {
    const on = x.id === id;
    x.button.setAttribute('aria-selected', String(on));
    x.button.tabIndex = on ? 0 : -1;
    x.panel.hidden = !on;
    if (on && focus) x.button.focus();
  }
  drawActive();
}

function drawActive(): void {
  const tab = tabs.find((x) => x.id === state.tab);
  if (!tab || !overview || tab.drawn === overview.revision) return;
  tab.drawn = overview.revision;
  tab.view.render(overview);
}

function showStatus(s: CorpusStatus): void {
  status = s;
  clear(statusBox);
  const button = (label: string, command: 'openFolder' | 'openSamples' | 'refresh') =>
    h('button', { class: 'primary', attrs: { type: 'button' }, on: { click: () => post({ type: 'command', command }) } }, label);
  root.classList.toggle('blank', s.kind === 'noFolder' || s.kind === 'empty');
  if (s.kind === 'noFolder') {
    statusBox.appendChild(h('div', { class: 'empty-state' }, h('p', {}, t('Open a folder of scraped reports to see when they were published, where they come from and how slogans spread.')), button(t('Open Folder'), 'openFolder'), button(t('Open Sample Corpus'), 'openSamples')));
  } else if (s.kind === 'empty') {
    statusBox.appendChild(h('div', { class: 'empty-state' }, h('p', {}, t('No corpus documents (.txt, .md) in this folder.')), button(t('Open Sample Corpus'), 'openSamples'), button(t('Refresh'), 'refresh')));
  } else if (s.kind === 'indexing') {
    const progress = h('progress', { attrs: { max: Math.max(1, s.total), value: s.done, 'aria-label': t('Indexing the corpus') } });
    statusBox.appendChild(h('div', { class: 'indexing' }, progress, h('span', {}, t('Indexing {0} / {1}: the charts update as reports are read.', ctx.num(s.done), ctx.num(s.total)))));
  }
}

function redrawForTheme(): void {
  palette = readPalette();
  if (!tabs.length) return;
  for (const x of tabs) x.drawn = -1;
  timeline.refreshTheme();
  places.refreshTheme();
  officials.refreshTheme();
  slogans.refreshTheme();
  drawActive();
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  switch (m?.type) {
    case 'init':
      strings = m.strings;
      locale = m.locale;
      document.documentElement.lang = m.locale;
      build();
      showStatus(status);
      break;
    case 'status':
      showStatus(m.status);
      break;
    case 'overview':
      if (overview && m.overview.revision < overview.revision) return;
      overview = m.overview;
      if (tabs.length) drawActive();
      break;
    case 'documents':
      if (m.subject.kind === 'month') timeline.list.show(m.subject, m.documents, m.total);
      else if (m.subject.kind === 'place') places.list.show(m.subject, m.documents, m.total);
      else if (m.subject.kind === 'official') officials.list.show(m.subject, m.documents, m.total);
      else slogans.showPassage(m.subject, m.documents, m.total);
      break;
    case 'sloganSpread':
      slogans.showSpread(m.key, m.spread);
      break;
    case 'focusSlogan':
      select('slogans', false);
      if (m.key) slogans.select(m.key);
      break;
    case 'notice':
      clear(statusBox);
      statusBox.appendChild(h('p', { class: 'notice' }, m.text));
      break;
  }
});

// A blocked style or script would leave a chart half drawn without a word: tell the extension's log,
// and count them on the page (the UI check reads the count).
let violations = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  document.documentElement.dataset.cspViolations = String(++violations);
  post({ type: 'cspViolation', directive: e.effectiveDirective.slice(0, 200), blocked: e.blockedURI.slice(0, 500) });
});

watchTheme(redrawForTheme);
post({ type: 'ready' });
