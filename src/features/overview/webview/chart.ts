import type { ChartId } from '../protocol';
import { activatable, clear, h, rovingRows } from './dom';
import { echarts, type ECharts, type EChartsOption } from './echarts';
import type { Palette } from './theme';

/** A chart's data as rows, for the table shown instead of (or beside) the picture. */
export interface TableData {
  caption: string;
  columns: string[];
  /** Numeric columns are right-aligned. */
  numeric?: boolean[];
  rows: { cells: (string | number)[]; activate?: () => void; label?: string }[];
}

/** Keyboard use of the picture: arrows move between the chart's items, Enter/Space does what a click does. */
export interface ChartKeys {
  count(): number;
  /** Highlights item `i` and shows its tooltip. */
  show(chart: ECharts, i: number): void;
  activate(i: number): void;
  /** Read out when the item gets keyboard focus. */
  describe(i: number): string;
}

/** `ChartKeys.show` for charts of single items (bars, dots): highlight it and show its tooltip. */
export function showItem(chart: ECharts, i: number): void {
  chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i });
  chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i });
}

export interface ChartSpec {
  option: EChartsOption;
  /** What a screen reader hears for the picture as a whole. */
  summary: string;
  table: TableData;
  keys?: ChartKeys;
  onClick?: (params: { seriesIndex?: number; dataIndex: number; name: string; seriesName?: string }) => void;
  /** Height in px (bar lists grow with their rows). */
  height?: number;
}

export interface ChartActions {
  exportPicture(chart: ChartId, format: 'png' | 'svg', data: string): void;
  exportCsv(chart: ChartId): void;
  tableShown(chart: ChartId, shown: boolean): void;
  t(key: string, ...args: (string | number)[]): string;
}

/**
 * One chart of a tab: the ECharts picture (SVG), a toolbar (PNG, SVG, CSV, table), a table with the
 * same data for keyboard and screen-reader use, and the keyboard handling of the picture itself.
 */
export class ChartHost {
  readonly element: HTMLElement;
  private readonly canvasBox: HTMLElement;
  private readonly tableBox: HTMLElement;
  private readonly live: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private chart: ECharts | undefined;
  private spec: ChartSpec | undefined;
  private focusIndex = -1;
  private tableShown: boolean;

  constructor(
    private readonly id: ChartId,
    title: string,
    private readonly actions: ChartActions,
    private palette: Palette,
    tableFirst = false,
  ) {
    const t = actions.t;
    this.tableShown = tableFirst;
    this.canvasBox = h('div', { class: 'chart', attrs: { tabindex: 0, role: 'img', 'data-chart': id } });
    this.tableBox = h('div', { class: 'chart-table' });
    this.live = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite' } });
    const tool = (label: string, titleText: string, action: () => void) =>
      h('button', { class: 'tool', attrs: { type: 'button', title: titleText, 'aria-label': `${titleText}: ${title}` }, on: { click: action } }, label);
    this.toggle = tool(t('Table'), t('Show the data as a table'), () => this.showTable(!this.tableShown));
    this.element = h(
      'section',
      { class: 'chart-section', attrs: { 'aria-label': title } },
      h('div', { class: 'chart-head' },
        h('h2', {}, title),
        h('div', { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': t('Export') } },
          tool('PNG', t('Save the chart as PNG'), () => this.exportPng()),
          tool('SVG', t('Save the chart as SVG'), () => this.exportSvg()),
          tool('CSV', t('Save the data as CSV'), () => actions.exportCsv(id)),
          this.toggle,
        ),
      ),
      this.canvasBox,
      this.tableBox,
      this.live,
    );
    this.canvasBox.addEventListener('keydown', (e) => this.onKey(e));
    new ResizeObserver(() => this.chart?.resize()).observe(this.canvasBox);
    this.applyTableVisibility();
  }

  render(spec: ChartSpec): void {
    this.spec = spec;
    this.canvasBox.style.height = `${spec.height ?? 320}px`;
    this.canvasBox.setAttribute('aria-label', spec.summary);
    if (!this.chart) {
      this.chart = echarts.init(this.canvasBox, undefined, { renderer: 'svg' });
      this.chart.on('click', (p) => this.spec?.onClick?.(p as never));
    }
    this.chart.setOption(this.decorate(spec.option), { notMerge: true });
    this.chart.resize();
    this.focusIndex = Math.min(this.focusIndex, (spec.keys?.count() ?? 0) - 1);
    this.renderTable(spec.table);
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
  }

  /** Colours, font and accessibility settings every chart shares. */
  private decorate(option: EChartsOption): EChartsOption {
    const p = this.palette;
    return {
      animation: false,
      backgroundColor: 'transparent',
      textStyle: { color: p.foreground, fontFamily: p.fontFamily },
      aria: { enabled: true, label: { description: this.spec?.summary } },
      ...option,
    };
  }

  private renderTable(table: TableData): void {
    clear(this.tableBox);
    const numeric = table.numeric ?? [];
    const body = h('tbody');
    for (const row of table.rows) {
      const tr = h('tr', {}, ...row.cells.map((c, i) => h('td', { class: numeric[i] ? 'num' : undefined }, String(c))));
      if (row.activate) {
        activatable(tr, row.activate);
        tr.classList.add('clickable');
        if (row.label) tr.setAttribute('aria-label', row.label);
      }
      body.appendChild(tr);
    }
    const el = h('table', {},
      h('caption', { class: 'sr-only' }, table.caption),
      h('thead', {}, h('tr', {}, ...table.columns.map((c, i) => h('th', { class: numeric[i] ? 'num' : undefined, attrs: { scope: 'col' } }, c)))),
      body,
    );
    rovingRows(body, 'tr.clickable');
    this.tableBox.appendChild(el);
  }

  showTable(shown: boolean): void {
    this.tableShown = shown;
    this.applyTableVisibility();
    this.actions.tableShown(this.id, shown);
  }

  private applyTableVisibility(): void {
    this.tableBox.hidden = !this.tableShown;
    this.toggle.setAttribute('aria-pressed', String(this.tableShown));
  }

  private onKey(e: KeyboardEvent): void {
    const keys = this.spec?.keys;
    if (!keys || !this.chart || keys.count() === 0) return;
    const n = keys.count();
    let next = this.focusIndex;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(n - 1, next + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, next - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && this.focusIndex >= 0) {
      e.preventDefault();
      keys.activate(this.focusIndex);
      return;
    } else if (e.key === 'Escape') {
      this.chart.dispatchAction({ type: 'hideTip' });
      this.chart.dispatchAction({ type: 'downplay' });
      return;
    } else return;
    e.preventDefault();
    if (next < 0) next = 0;
    this.chart.dispatchAction({ type: 'downplay' });
    this.focusIndex = next;
    keys.show(this.chart, next);
    this.live.textContent = keys.describe(next);
  }

  /**
   * Draws the chart once more off screen for a file: the whole range (no zoom slider), the panel's
   * size, the theme's background painted in (a file does not sit on the panel's colour).
   */
  private offscreen<T>(renderer: 'svg' | 'canvas', draw: (chart: ECharts) => T): T | undefined {
    if (!this.spec) return undefined;
    const width = this.canvasBox.clientWidth || 800;
    const height = this.canvasBox.clientHeight || 320;
    const box = h('div', { class: 'offscreen' });
    box.style.width = `${width}px`;
    box.style.height = `${height}px`;
    document.body.appendChild(box);
    const chart = echarts.init(box, undefined, { renderer, width, height });
    try {
      const option = this.decorate(this.spec.option);
      chart.setOption({ ...option, backgroundColor: this.palette.background, dataZoom: [], grid: { ...(option.grid as object), bottom: 28 } });
      return draw(chart);
    } finally {
      chart.dispose();
      box.remove();
    }
  }

  private exportSvg(): void {
    const svg = this.offscreen('svg', (c) => (c as unknown as { renderToSVGString(): string }).renderToSVGString());
    if (svg) this.actions.exportPicture(this.id, 'svg', svg);
  }

  /** At twice the size: PNG exports stay sharp on high-density screens and in print. */
  private exportPng(): void {
    const png = this.offscreen('canvas', (c) => c.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: this.palette.background }));
    if (png) this.actions.exportPicture(this.id, 'png', png);
  }
}
