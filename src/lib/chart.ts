/**
 * Bar charts drawn at build time as SVG geometry: horizontal bars, one group per row, one bar per
 * series. Horizontal, because row labels (years, goals) stay readable on a narrow phone.
 */
export interface ChartInput {
  series: string[];
  rows: { label: string; values: number[] }[];
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  series: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  rows: { label: string; y: number; bars: Bar[] }[];
  max: number;
}

export const SERIES_COLOURS = ['#00536b', '#b3261e', '#8a6100', '#1d6b2f'];

export function layoutChart(chart: ChartInput, width = 640): ChartLayout {
  const labelWidth = 150;
  const valueRoom = 50;
  const barHeight = 18;
  const gap = 4;
  const rowGap = 16;
  const max = Math.max(1, ...chart.rows.flatMap((r) => r.values));
  const scale = (width - labelWidth - valueRoom) / max;
  let y = 8;
  const rows = chart.rows.map((row) => {
    const top = y;
    const bars = row.values.map((value, series) => ({
      x: labelWidth,
      y: top + series * (barHeight + gap),
      // A zero still shows a sliver, so the row does not look like missing data.
      width: Math.max(value * scale, 2),
      height: barHeight,
      value,
      series,
    }));
    y += chart.series.length * (barHeight + gap) + rowGap;
    return { label: row.label, y: top, bars };
  });
  return { width, height: y, labelWidth, rows, max };
}
