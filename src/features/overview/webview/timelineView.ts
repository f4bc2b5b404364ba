import type { Overview, TimelineSeries } from '../../../core/corpus/overview/types';
import { ChartHost } from './chart';
import { axisStyle, intro, tooltipBox, tooltipStyle, type ViewContext } from './context';
import { ListSlot } from './documentList';
import { clear, h } from './dom';
import { mix } from './theme';

/** Reports per month, stacked by province; a bar (or a month, from the keyboard) lists its reports. */
export class TimelineView {
  readonly element: HTMLElement;
  readonly list: ListSlot;
  private readonly chart: ChartHost;
  private readonly note = h('p', { class: 'intro' });
  private readonly body = h('div');

  constructor(private readonly ctx: ViewContext) {
    this.chart = new ChartHost('timeline', ctx.t('Reports per month, by province'), ctx.actions, ctx.palette(), !!ctx.state.tables.timeline);
    this.list = new ListSlot(ctx);
    this.element = h('div', {}, intro(ctx.t('Click a bar to list the reports of that month and province; with the keyboard, arrows move between months and Enter lists the month.')), this.note, this.body, this.list.element);
  }

  private label(s: TimelineSeries): string {
    return s.kind === 'other' ? this.ctx.t('other provinces') : s.kind === 'unknown' ? this.ctx.t('unknown locality') : s.label;
  }

  private color(s: TimelineSeries, i: number): string {
    const p = this.ctx.palette();
    return s.kind === 'other' ? p.other : s.kind === 'unknown' ? p.unknown : p.series[i % p.series.length];
  }

  private requestMonth(month: string, s?: TimelineSeries): void {
    const series = !s ? undefined : s.kind === 'province' ? s.province! : s.kind === 'other' ? s.members : null;
    this.list.loading(this.ctx.t('Loading…'));
    this.ctx.post({ type: 'requestMonth', month, series });
  }

  render(o: Overview): void {
    const { ctx } = this;
    const tl = o.timeline;
    this.note.textContent = [
      ctx.t('{0} reports; {1} on the timeline.', ctx.num(o.documents), ctx.num(tl.series.reduce((n, s) => n + s.total, 0))),
      tl.withoutMonth ? ctx.t('{0} dated to a year or quarter only.', ctx.num(tl.withoutMonth)) : '',
      tl.undated ? ctx.t('{0} undated.', ctx.num(tl.undated)) : '',
    ].filter(Boolean).join(' ');
    clear(this.body);
    if (tl.months.length === 0) {
      this.body.appendChild(h('p', { class: 'empty-note' }, ctx.t('No report has a date with a month yet.')));
      return;
    }
    this.body.appendChild(this.chart.element);
    const p = ctx.palette();
    const totals = tl.months.map((_, i) => tl.series.reduce((n, s) => n + s.counts[i], 0));
    const busiest = totals.indexOf(Math.max(...totals));
    const series = tl.series.map((s, i) => ({
      type: 'bar',
      name: this.label(s),
      stack: 'reports',
      data: s.counts,
      itemStyle: { color: this.color(s, i), borderColor: p.border, borderWidth: p.border ? 1 : 0 },
      emphasis: { focus: 'series' },
      barMaxWidth: 48,
    }));
    const many = tl.months.length > 24;
    this.chart.render({
      summary: ctx.t('Stacked bar chart: reports per month from {0} to {1} in {2} series; most in {3} ({4}).', tl.months[0], tl.months[tl.months.length - 1], tl.series.length, tl.months[busiest], totals[busiest]),
      height: 340,
      option: {
        color: tl.series.map((s, i) => this.color(s, i)),
        legend: { type: 'scroll', top: 0, textStyle: { color: p.foreground }, pageTextStyle: { color: p.foreground }, pageIconColor: p.accent, pageIconInactiveColor: p.grid },
        grid: { left: 40, right: 16, top: 40, bottom: many ? 64 : 28, containLabel: true },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          ...tooltipStyle(p),
          formatter: (params: { dataIndex: number; seriesIndex: number; value: number; color: string; seriesName: string }[]) => {
            const i = params[0]?.dataIndex ?? 0;
            const lines = params.filter((x) => x.value > 0).reverse().map((x) => ({ color: x.color, text: x.seriesName, value: ctx.num(x.value) }));
            return tooltipBox(`${tl.months[i]} · ${ctx.t('{0} reports', ctx.num(totals[i]))}`, lines);
          },
        },
        xAxis: { type: 'category', data: tl.months, ...axisStyle(p), splitLine: { show: false } },
        yAxis: { type: 'value', minInterval: 1, ...axisStyle(p) },
        dataZoom: many
          ? [
              { type: 'inside' },
              {
                type: 'slider',
                height: 18,
                bottom: 8,
                textStyle: { color: p.muted },
                borderColor: p.grid,
                backgroundColor: 'transparent',
                fillerColor: mix(p.accent, p.background, 0.8),
                handleStyle: { color: p.background, borderColor: p.muted },
                moveHandleStyle: { color: p.grid },
                dataBackground: { lineStyle: { color: p.muted }, areaStyle: { color: p.grid } },
                selectedDataBackground: { lineStyle: { color: p.accent }, areaStyle: { color: mix(p.accent, p.background, 0.5) } },
              },
            ]
          : [],
        series,
      },
      onClick: (e) => {
        if (e.seriesIndex !== undefined) this.requestMonth(tl.months[e.dataIndex], tl.series[e.seriesIndex]);
      },
      keys: {
        count: () => tl.months.length,
        show: (chart, i) => chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i }),
        activate: (i) => this.requestMonth(tl.months[i]),
        describe: (i) => ctx.t('{0}: {1} reports', tl.months[i], totals[i]),
      },
      table: {
        caption: ctx.t('Reports per month, by province'),
        columns: [ctx.t('Month'), ctx.t('Reports'), ctx.t('By province')],
        numeric: [false, true, false],
        rows: tl.months.map((m, i) => ({
          cells: [m, ctx.num(totals[i]), tl.series.filter((s) => s.counts[i] > 0).map((s) => `${this.label(s)} ${s.counts[i]}`).join('、')],
          activate: totals[i] ? () => this.requestMonth(m) : undefined,
          label: ctx.t('{0}: {1} reports', m, totals[i]),
        })),
      },
    });
  }



  refreshTheme(o?: Overview): void {
    this.chart.setPalette(this.ctx.palette());
    if (o) this.render(o);
  }
}
