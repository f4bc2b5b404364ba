import type { DocumentRef, Overview, SloganSpread } from '../../../core/corpus/overview/types';
import type { ListSubject } from '../protocol';
import { ChartHost, showItem } from './chart';
import { axisStyle, dateValue, intro, tooltipBox, tooltipStyle, type ViewContext } from './context';
import { documentList, subjectHeading } from './documentList';
import { activatable, clear, h, rovingRows } from './dom';

/**
 * The most widespread slogans (a table: documents, localities, first and last seen) and, for the one
 * picked, when it first appeared in each locality (a dot per locality on a time axis) and its reports.
 */
export class SlogansView {
  readonly element: HTMLElement;
  private readonly chart: ChartHost;
  private readonly tableBox = h('div', { class: 'slogan-table' });
  private readonly detail = h('div', { class: 'slogan-detail', attrs: { 'aria-live': 'polite' } });
  private spread: SloganSpread | null | undefined;

  constructor(private readonly ctx: ViewContext) {
    this.chart = new ChartHost('sloganSpread', ctx.t('First appearance per locality'), ctx.actions, ctx.palette(), !!ctx.state.tables.sloganSpread);
    const csv = h('button', { class: 'tool', attrs: { type: 'button', title: ctx.t('Save the data as CSV') }, on: { click: () => ctx.post({ type: 'exportCsv', table: 'slogans' }) } }, 'CSV');
    this.element = h('div', {},
      intro(ctx.t('Slogans are matched across punctuation and scripts. Pick one to see where it appeared first and how it spread; “Show Slogan Spread” in the editor does the same for the text at the cursor.')),
      this.detail,
      h('section', { class: 'chart-section', attrs: { 'aria-label': ctx.t('Most widespread slogans') } },
        h('div', { class: 'chart-head' }, h('h2', {}, ctx.t('Most widespread slogans')), h('div', { class: 'toolbar' }, csv)),
        this.tableBox,
      ),
    );
  }

  select(key: string): void {
    this.ctx.state.slogan = key;
    this.ctx.saveState();
    clear(this.detail);
    this.detail.appendChild(h('p', { class: 'empty-note' }, this.ctx.t('Loading…')));
    this.ctx.post({ type: 'requestSlogan', key });
  }

  render(o: Overview): void {
    const { ctx } = this;
    clear(this.tableBox);
    if (o.slogans.length === 0) {
      this.tableBox.appendChild(h('p', { class: 'empty-note' }, ctx.t('No slogan found in the corpus yet.')));
    } else {
      const body = h('tbody');
      for (const s of o.slogans) {
        const row = h('tr', { class: s.key === ctx.state.slogan ? 'clickable selected' : 'clickable', attrs: { 'aria-label': ctx.t('{0}: {1} reports in {2} localities', s.text, s.documents, s.localities) } },
          h('td', { class: 'slogan' }, s.text),
          h('td', { class: 'num' }, ctx.num(s.documents)),
          h('td', { class: 'num' }, ctx.num(s.localities)),
          h('td', { class: 'num' }, ctx.num(s.provinces)),
          h('td', {}, s.firstSeen ?? '—'),
          h('td', {}, s.lastSeen ?? '—'),
        );
        activatable(row, () => this.select(s.key));
        body.appendChild(row);
      }
      rovingRows(body, 'tr.clickable');
      const th = (text: string, num = false) => h('th', { class: num ? 'num' : undefined, attrs: { scope: 'col' } }, text);
      this.tableBox.appendChild(
        h('table', {},
          h('caption', { class: 'sr-only' }, ctx.t('Most widespread slogans')),
          h('thead', {}, h('tr', {}, th(ctx.t('Slogan')), th(ctx.t('Reports'), true), th(ctx.t('Localities'), true), th(ctx.t('Provinces'), true), th(ctx.t('First seen')), th(ctx.t('Last seen')))),
          body,
        ),
      );
    }
    if (this.spread === undefined && ctx.state.slogan) this.select(ctx.state.slogan);
  }

  /** The spread of the selected slogan, from the extension (null: no document uses that key). */
  showSpread(key: string, spread: SloganSpread | null): void {
    this.spread = spread;
    const { ctx } = this;
    clear(this.detail);
    for (const row of this.tableBox.querySelectorAll('tr.clickable')) row.classList.toggle('selected', row.firstElementChild?.textContent === key);
    if (!spread || spread.documents.length === 0) {
      this.detail.appendChild(h('p', { class: 'empty-note' }, ctx.t('No report uses the slogan “{0}”.', key)));
      return;
    }
    this.detail.appendChild(h('h2', { class: 'slogan-title' }, spread.text));
    this.detail.appendChild(this.chart.element);
    const p = ctx.palette();
    const dated = spread.firsts.filter((f) => f.date && dateValue(f.date) !== undefined);
    const undatedPlaces = spread.firsts.length - dated.length;
    const name = (locality: string) => locality || ctx.t('unknown locality');
    // One row per locality, the earliest at the top: the order in which the slogan reached them.
    const rows = dated.map((f) => name(f.locality));
    const provinces = [...new Set(dated.map((f) => f.province ?? ''))];
    const colorOf = (province: string | null) => p.series[provinces.indexOf(province ?? '') % p.series.length];
    this.chart.render({
      summary: ctx.t('Dot chart of the first report using the slogan in each of {0} localities, from {1} to {2}.', dated.length, dated[0]?.date ?? '—', dated[dated.length - 1]?.date ?? '—'),
      height: Math.max(140, rows.length * 24 + 64),
      option: {
        grid: { left: 8, right: 24, top: 12, bottom: 28, containLabel: true },
        tooltip: {
          trigger: 'item',
          ...tooltipStyle(p),
          formatter: (e: { dataIndex: number }) => {
            const f = dated[e.dataIndex];
            const doc = spread.documents.find((d) => d.path === f.path);
            return tooltipBox(name(f.locality), [{ color: colorOf(f.province), text: f.date ?? '', value: '' }, { text: doc?.title || f.path }]);
          },
        },
        xAxis: { type: 'time', ...axisStyle(p) },
        yAxis: { type: 'category', inverse: true, data: rows, ...axisStyle(p) },
        series: [
          {
            type: 'scatter',
            symbolSize: 12,
            data: dated.map((f, i) => ({ value: [dateValue(f.date!), i], itemStyle: { color: colorOf(f.province), borderColor: p.border ?? p.background, borderWidth: 1 } })),
            cursor: 'pointer',
          },
        ],
      },
      onClick: (e) => this.ctx.post({ type: 'openDocument', path: dated[e.dataIndex].path }),
      keys: {
        count: () => dated.length,
        show: showItem,
        activate: (i) => this.ctx.post({ type: 'openDocument', path: dated[i].path }),
        describe: (i) => `${name(dated[i].locality)}: ${dated[i].date}`,
      },
      table: {
        caption: ctx.t('First appearance per locality'),
        columns: [ctx.t('Locality'), ctx.t('First seen'), ctx.t('Report')],
        rows: spread.firsts.map((f) => ({
          cells: [name(f.locality), f.date ?? ctx.t('undated'), spread.documents.find((d) => d.path === f.path)?.title || f.path],
          activate: () => this.ctx.post({ type: 'openDocument', path: f.path }),
        })),
      },
    });
    if (undatedPlaces) this.detail.appendChild(h('p', { class: 'intro' }, ctx.t('{0} localities know the slogan only from undated reports (in the table).', undatedPlaces)));
    this.detail.appendChild(documentList(ctx, ctx.t('Reports using “{0}”', spread.text), spread.documents, spread.documents.length));
  }

  /** The reports sharing a passage that is not a known slogan (from the similar-passage engine). */
  showPassage(subject: ListSubject, docs: DocumentRef[], total: number): void {
    this.spread = null;
    clear(this.detail);
    this.detail.appendChild(h('p', { class: 'intro' }, this.ctx.t('Not one of the slogans the analysis found; these reports share the passage:')));
    this.detail.appendChild(documentList(this.ctx, subjectHeading(this.ctx, subject), docs, total));
  }


  refreshTheme(): void {
    this.chart.setPalette(this.ctx.palette());
    if (this.spread) this.showSpread(this.spread.key, this.spread);
  }
}
