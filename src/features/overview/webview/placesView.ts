import type { Overview, PlaceNode } from '../../../core/corpus/overview/types';
import { ChartHost, showItem } from './chart';
import { intro, rankedBars, rankedHeight, tooltipBox, type ViewContext } from './context';
import { ListSlot } from './documentList';
import { clear, h } from './dom';

/** Bars shown at one level; the table (and the CSV) hold every place. */
const MAX_BARS = 30;

/**
 * Reports per province, then per city and county of the one clicked: a ranked bar chart with a
 * breadcrumb. No choropleth: no maintained package ships China's division boundaries small enough
 * for the bundle (the gazetteer packages have names and codes, not shapes).
 */
export class PlacesView {
  readonly element: HTMLElement;
  readonly list: ListSlot;
  private readonly chart: ChartHost;
  private readonly crumbs = h('nav', { class: 'crumbs', attrs: { 'aria-label': 'breadcrumb' } });
  private readonly extra = h('div', { class: 'place-extra' });
  private readonly body = h('div');
  private overview: Overview | undefined;

  constructor(private readonly ctx: ViewContext) {
    this.chart = new ChartHost('places', ctx.t('Reports by place'), ctx.actions, ctx.palette(), !!ctx.state.tables.places);
    this.list = new ListSlot(ctx);
    this.crumbs.setAttribute('aria-label', ctx.t('Place'));
    this.element = h('div', {}, intro(ctx.t('Click a province to see its cities, a city to see its counties; a place without subdivisions lists its reports.')), this.crumbs, this.extra, this.body, this.list.element);
  }

  /** The nodes at the drilled level, and the drill path cut back to what still exists. */
  private level(o: Overview): { nodes: PlaceNode[]; path: string[]; parent: PlaceNode | undefined } {
    let nodes = o.places;
    let parent: PlaceNode | undefined;
    const path: string[] = [];
    for (const name of this.ctx.state.drill) {
      const next = nodes.find((n) => n.name === name);
      if (!next || next.children.length === 0) break;
      path.push(name);
      parent = next;
      nodes = next.children;
    }
    return { nodes, path, parent };
  }

  private drill(path: string[]): void {
    this.ctx.state.drill = path;
    this.ctx.saveState();
    this.list.clear();
    if (this.overview) this.render(this.overview);
    (this.crumbs.lastElementChild as HTMLElement | null)?.focus();
  }

  private requestPlace(path: string[]): void {
    this.list.loading(this.ctx.t('Loading…'));
    this.ctx.post({ type: 'requestPlace', path });
  }

  private open(node: PlaceNode, path: string[]): void {
    if (node.children.length > 0) this.drill([...path, node.name]);
    else this.requestPlace([...path, node.name]);
  }

  render(o: Overview): void {
    this.overview = o;
    const { ctx } = this;
    const { nodes, path, parent } = this.level(o);
    clear(this.crumbs);
    const trail = [{ name: ctx.t('All provinces'), path: [] as string[] }, ...path.map((name, i) => ({ name, path: path.slice(0, i + 1) }))];
    trail.forEach((c, i) => {
      const last = i === trail.length - 1;
      if (i > 0) this.crumbs.appendChild(h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, '›'));
      this.crumbs.appendChild(
        h('button', { class: last ? 'crumb current' : 'crumb', attrs: { type: 'button', 'aria-current': last ? 'location' : undefined }, on: { click: () => this.drill(c.path) } }, c.name),
      );
    });
    clear(this.extra);
    if (path.length && parent) {
      this.extra.appendChild(h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => this.requestPlace(path) } }, ctx.t('List the reports in {0}', parent.name)));
      // A provincial meeting names no city: counted in the province, in none of its bars.
      const direct = parent.documents - nodes.reduce((n, c) => n + c.documents, 0);
      if (direct > 0) this.extra.appendChild(h('span', { class: 'note' }, ctx.t('{0} of its {1} reports name no smaller place.', ctx.num(direct), ctx.num(parent.documents))));
    } else if (o.documents > o.located) {
      this.extra.appendChild(h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => this.requestPlace([]) } }, ctx.t('{0} reports of unknown locality', ctx.num(o.documents - o.located))));
    }
    clear(this.body);
    if (nodes.length === 0) {
      this.body.appendChild(h('p', { class: 'empty-note' }, ctx.t('No report has a known place yet.')));
      return;
    }
    this.body.appendChild(this.chart.element);
    const p = ctx.palette();
    const shown = nodes.slice(0, MAX_BARS);
    const where = path.length ? path.join(' › ') : ctx.t('All provinces');
    this.chart.render({
      summary: ctx.t('Ranked bar chart of reports by place in {0}: {1} places, most in {2} ({3}).', where, nodes.length, nodes[0].name, nodes[0].documents),
      height: rankedHeight(shown.length),
      option: rankedBars(p, {
        names: shown.map((n) => n.name),
        values: shown.map((n) => n.documents),
        series: ctx.t('Reports'),
        color: p.accent,
        tooltip: (i) => {
          const n = shown[i];
          const subs = n.children.length ? [{ text: ctx.t('{0} subdivisions', n.children.length) }] : [];
          return tooltipBox(n.name, [{ color: p.accent, text: ctx.t('Reports'), value: ctx.num(n.documents) }, ...subs]);
        },
      }),
      onClick: (e) => this.open(shown[e.dataIndex], path),
      keys: {
        count: () => shown.length,
        show: showItem,
        activate: (i) => this.open(shown[i], path),
        describe: (i) => ctx.t('{0}: {1} reports', shown[i].name, shown[i].documents),
      },
      table: {
        caption: ctx.t('Reports by place'),
        columns: [ctx.t('Place'), ctx.t('Reports'), ctx.t('Subdivisions')],
        numeric: [false, true, true],
        rows: nodes.map((n) => ({
          cells: [n.name, ctx.num(n.documents), n.children.length],
          activate: () => this.open(n, path),
          label: ctx.t('{0}: {1} reports', n.name, n.documents),
        })),
      },
    });
  }


  refreshTheme(o?: Overview): void {
    this.chart.setPalette(this.ctx.palette());
    if (o) this.render(o);
  }
}
