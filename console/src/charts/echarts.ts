/**
 * Apache ECharts with only what the console draws: radar and line charts, their tooltip, legend, grid and radar
 * coordinate, the ARIA description, and the SVG renderer (crisp, and readable by tests and screen readers).
 * Loaded on demand by ChartBox, so that the first load carries no chart code.
 */
import { LineChart, RadarChart, type LineSeriesOption, type RadarSeriesOption } from 'echarts/charts'
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type RadarComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { init, use, type ComposeOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([RadarChart, LineChart, RadarComponent, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer])

export type ChartOption = ComposeOption<
  | RadarSeriesOption
  | LineSeriesOption
  | RadarComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export { init }
