import type { OfficialRow, Overview } from '../../../core/corpus/overview/types';
import { ChartHost, showItem } from './chart';
import { intro, rankedBars, rankedHeight, tooltipBox, type ViewContext } from './context';
import { ListSlot } from './documentList';
import { clear, h } from './dom';

const MAX_BARS = 20;

/** `区长 2023-01 – 2024-03` for each title a person held, in the order they first appear. */
function titleTrail(ctx: ViewContext, o: OfficialRow): string {
  return o.titles
    .map((t) => {
      const when = !t.first ? ctx.t('undated') : t.first === t.last || !t.last ? t.first : `${t.first} – ${t.last}`;
      return `${t.title} (${when})`;
    })
    .join('；');
}

/** Who the corpus mentions most, where, and under which titles over time; a bar lists their reports. */
export class OfficialsView {
  readonly element: HTMLElement;
  readonly list: ListSlot;
  private readonly chart: ChartHost;
  private readonly body = h('div');

  constructor(private readonly ctx: ViewContext) {
    // The table carries the localities and titles: shown under the chart unless hidden.
    this.chart = new ChartHost('officials', ctx.t('Most-mentioned officials'), ctx.actions, ctx.palette(), ctx.state.tables.officials !== false);
    this.list = new ListSlot(ctx);
    this.element = h('div', {}, intro(ctx.t('Mentions summed over the reports. Click a bar or a row to list the reports naming that official.')), this.body, this.list.element);
  }

  private label(o: OfficialRow): string {
    return o.split && o.province ? `${o.name}（${o.province}）` : o.name;
  }

  private request(o: OfficialRow): void {
    this.list.loading(this.ctx.t('Loading…'));
    this.ctx.post({ type: 'requestOfficial', name: o.name, province: o.province, split: o.split });
  }

  render(ov: Overview): void {
    const { ctx } = this;
    clear(this.body);
    const rows = ov.officials;
    if (rows.length === 0) {
      this.body.appendChild(h('p', { class: 'empty-note' }, ctx.t('No official found in the corpus yet.')));
      return;
    }
    this.body.appendChild(this.chart.element);
    const p = ctx.palette();
    const shown = rows.slice(0, MAX_BARS);
    this.chart.render({
      summary: ctx.t('Ranked bar chart of the {0} most-mentioned officials; first {1} with {2} mentions.', shown.length, this.label(shown[0]), shown[0].mentions),
      height: rankedHeight(shown.length),
      option: rankedBars(p, {
        names: shown.map((o) => this.label(o)),
        values: shown.map((o) => o.mentions),
        series: ctx.t('Mentions'),
        color: p.series[2 % p.series.length],
        tooltip: (i) => {
          const o = shown[i];
          return tooltipBox(this.label(o), [
            { color: p.series[2 % p.series.length], text: ctx.t('Mentions'), value: ctx.num(o.mentions) },
            { text: ctx.t('Reports'), value: ctx.num(o.documents) },
            ...o.titles.slice(0, 4).map((t) => ({ text: t.title, value: t.first ?? '' })),
          ]);
        },
      }),
      onClick: (e) => this.request(shown[e.dataIndex]),
      keys: {
        count: () => shown.length,
        show: showItem,
        activate: (i) => this.request(shown[i]),
        describe: (i) => ctx.t('{0}: {1} mentions in {2} reports', this.label(shown[i]), shown[i].mentions, shown[i].documents),
      },
      table: {
        caption: ctx.t('Most-mentioned officials'),
        columns: [ctx.t('Official'), ctx.t('Mentions'), ctx.t('Reports'), ctx.t('Localities'), ctx.t('Titles over time')],
        numeric: [false, true, true, false, false],
        rows: rows.map((o) => ({
          cells: [
            this.label(o),
            ctx.num(o.mentions),
            ctx.num(o.documents),
            o.localities.join('；') + (o.localityCount > o.localities.length ? ctx.t(' and {0} more', o.localityCount - o.localities.length) : ''),
            titleTrail(ctx, o),
          ],
          activate: () => this.request(o),
          label: ctx.t('{0}: {1} mentions in {2} reports', this.label(o), o.mentions, o.documents),
        })),
      },
    });
  }


  refreshTheme(o?: Overview): void {
    this.chart.setPalette(this.ctx.palette());
    if (o) this.render(o);
  }
}
