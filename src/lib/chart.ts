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
  /** Each row: its label on a line of its own (labels can be long), then its bars. */
  rows: { label: string; labelY: number; bars: Bar[] }[];
  max: number;
}

export const SERIES_COLOURS = ['#00536b', '#b3261e', '#8a6100', '#1d6b2f'];

export function layoutChart(chart: ChartInput, width = 640): ChartLayout {
  const valueRoom = 50;
  const labelHeight = 22;
  const barHeight = 18;
  const gap = 4;
  const rowGap = 14;
  const max = Math.max(1, ...chart.rows.flatMap((r) => r.values));
  const scale = (width - valueRoom) / max;
  let y = 0;
  const rows = chart.rows.map((row) => {
    const labelY = y + 16;
    const top = y + labelHeight;
    const bars = row.values.map((value, series) => ({
      x: 0,
      y: top + series * (barHeight + gap),
      // A zero still shows a sliver, so the row does not look like missing data.
      width: Math.max(value * scale, 2),
      height: barHeight,
      value,
      series,
    }));
    y = top + chart.series.length * (barHeight + gap) + rowGap;
    return { label: row.label, labelY, bars };
  });
  return { width, height: y, rows, max };
}
