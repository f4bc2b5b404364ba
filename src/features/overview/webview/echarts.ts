// Only the parts of ECharts the overview draws: keeps the bundle near a third of the full library.
// SVG renders on screen (crisp at any zoom, exportable as is, its bars are DOM elements the UI check
// can count); the canvas renderer is used once per PNG export.
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, DataZoomComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, AriaComponent, SVGRenderer, CanvasRenderer]);

export { echarts };
export type EChartsOption = echarts.EChartsCoreOption;
export type ECharts = echarts.ECharts;
