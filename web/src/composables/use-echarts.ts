// The one way into ECharts: only the chart types and components the dashboard uses are registered
// (tree-shaken), with a palette that holds 3:1 against white and patterns (decals) so no series is
// told apart by colour alone.
import { use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';

use([CanvasRenderer, BarChart, LineChart, GridComponent, TooltipComponent, AriaComponent]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption
>;
export type ChartKind = 'bar' | 'hbar' | 'line';
export interface ChartDatum {
  key: string;
  label: string;
  value: number;
}

const PALETTE = ['#0b5394', '#a4262c', '#1e6b34', '#7a4b00', '#5b3b8c'];
const TEXT = '#1b1f24';

export function useEcharts() {
  function option(kind: ChartKind, data: readonly ChartDatum[], format: (v: number) => string): ChartOption {
    const labels = data.map((d) => d.label);
    const values = data.map((d) => d.value);
    const category = {
      type: 'category' as const,
      data: labels,
      axisLabel: { color: TEXT, fontSize: 13, interval: 0, hideOverlap: true },
    };
    const value = {
      type: 'value' as const,
      axisLabel: { color: TEXT, fontSize: 13, formatter: (v: number) => format(v) },
    };
    return {
      color: PALETTE,
      // Our own text alternative (caption, summary and data table) describes each chart; ECharts adds the patterns.
      aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v) => format(Number(v)) },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: kind === 'hbar' ? value : category,
      yAxis: kind === 'hbar' ? { ...category, inverse: true } : value,
      series: [
        kind === 'line'
          ? { type: 'line', data: values, symbolSize: 8, lineStyle: { width: 3 } }
          : { type: 'bar', data: values, barMaxWidth: 40 },
      ],
    };
  }
  return { option };
}
