import type { FromWebview, PanelState } from '../protocol';
import type { ChartActions } from './chart';
import { h } from './dom';
import type { Palette } from './theme';

/** What every tab needs from the page: strings, colours, the channel to the extension, saved state. */
export interface ViewContext {
  t(key: string, ...args: (string | number)[]): string;
  palette(): Palette;
  post(message: FromWebview): void;
  actions: ChartActions;
  state: PanelState;
  saveState(): void;
  /** Number formatting in the display language. */
  num(n: number): string;
}

/** Dates as the index keeps them (`2024`, `2024-Q2`, `2024-03`, `2024-03-05`) → a time for a time axis. */
export function dateValue(date: string): number | undefined {
  const q = /^(\d{4})-Q([1-4])$/.exec(date);
  if (q) return Date.UTC(Number(q[1]), (Number(q[2]) - 1) * 3, 1);
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** The tooltip of a chart, built as DOM (ECharts would otherwise insert an HTML string). */
export function tooltipBox(title: string, lines: { color?: string; text: string; value?: string }[]): HTMLElement {
  const box = h('div', { class: 'tip' }, h('div', { class: 'tip-title' }, title));
  for (const l of lines) {
    const swatch = h('span', { class: 'swatch' });
    if (l.color) swatch.style.background = l.color;
    box.appendChild(h('div', { class: 'tip-line' }, l.color ? swatch : null, h('span', { class: 'tip-label' }, l.text), l.value !== undefined ? h('span', { class: 'tip-value' }, l.value) : null));
  }
  return box;
}

/** Tooltip colours follow the workbench's hover widget. */
export function tooltipStyle(p: Palette): Record<string, unknown> {
  return {
    backgroundColor: p.background,
    borderColor: p.border ?? p.grid,
    textStyle: { color: p.foreground, fontFamily: p.fontFamily },
    confine: true,
    renderMode: 'html',
  };
}

export function axisStyle(p: Palette): Record<string, unknown> {
  return {
    axisLine: { lineStyle: { color: p.grid } },
    axisTick: { lineStyle: { color: p.grid } },
    axisLabel: { color: p.foreground, fontFamily: p.fontFamily },
    splitLine: { lineStyle: { color: p.grid } },
  };
}

/** Height of a ranked bar chart of `n` bars: bars keep their size, the chart grows. */
export function rankedHeight(n: number): number {
  return Math.max(160, n * 26 + 48);
}

/**
 * A ranked horizontal bar chart (largest on top), one bar per item, its value printed at its end:
 * the Places and Officials charts.
 */
export function rankedBars(p: Palette, bars: { names: string[]; values: number[]; series: string; color: string; tooltip: (i: number) => HTMLElement }): Record<string, unknown> {
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', ...tooltipStyle(p), formatter: (e: { dataIndex: number }) => bars.tooltip(e.dataIndex) },
    xAxis: { type: 'value', minInterval: 1, ...axisStyle(p) },
    yAxis: { type: 'category', inverse: true, data: bars.names, ...axisStyle(p), splitLine: { show: false } },
    series: [
      {
        type: 'bar',
        name: bars.series,
        data: bars.values,
        itemStyle: { color: bars.color, borderColor: p.border, borderWidth: p.border ? 1 : 0 },
        label: { show: true, position: 'right', color: p.foreground },
        barMaxWidth: 20,
        cursor: 'pointer',
      },
    ],
  };
}

/** Section heading with an explanatory line under it. */
export function intro(text: string): HTMLElement {
  return h('p', { class: 'intro' }, text);
}
