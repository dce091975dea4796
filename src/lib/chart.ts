/**
 * Bar charts as the site draws them: horizontal bars, one group per row, one bar per series, with
 * the row label on a line of its own above its bars and each bar's series name and number written
 * above the bar. Horizontal with labels above, because long Dutch labels then wrap like text and
 * stay readable at 320 px, where labels beside or under vertical bars are cut off.
 *
 * Colour: one colour means one thing on the whole site. A series name ("Gerealiseerd", "Doel")
 * gets its colour and pattern once, from all charts together, so "Gerealiseerd" is the same teal
 * in every chart, and no two names share one. Colour is never the only cue: each colour has its
 * own pattern, and every bar says its series name and number in words.
 */
export interface ChartInput {
  series: string[];
  rows: { label: string; values: number[] }[];
}

export type Pattern = 'solid' | 'stripes' | 'dots' | 'cross' | 'hstripes' | 'vstripes' | 'checks';

export interface SeriesStyle {
  /** Fill and outline; at least 3:1 against white (WCAG 1.4.11). */
  colour: string;
  /** A second cue next to the colour, for readers who do not see the difference (and print in grey). */
  pattern: Pattern;
}

/** Colours for series that are compared with each other, most used name first. */
export const PALETTE: readonly SeriesStyle[] = [
  { colour: '#00536b', pattern: 'solid' },
  { colour: '#8a6100', pattern: 'stripes' },
  { colour: '#6a3d9a', pattern: 'dots' },
  { colour: '#1d6b2f', pattern: 'cross' },
  { colour: '#b3261e', pattern: 'hstripes' },
  { colour: '#3556c4', pattern: 'vstripes' },
  { colour: '#9c2f6e', pattern: 'checks' },
];

/**
 * A chart with one series compares nothing: its bars show "the number the title names" in one
 * neutral grey, which means that and only that, in every such chart.
 */
export const NEUTRAL: SeriesStyle = { colour: '#4a4a55', pattern: 'solid' };

/**
 * One style per series name over all charts: a name that appears in a chart with more than one
 * series gets a colour of the palette, the most used name first (then in order of appearance);
 * a series that is alone in its chart, under a name no comparison uses, is neutral grey.
 *
 * @throws when there are more names than colours, with a Dutch message saying what to do.
 */
export function seriesStyles(charts: ChartInput[]): Map<string, SeriesStyle> {
  const uses = new Map<string, number>();
  for (const chart of charts) {
    if (chart.series.length < 2) continue;
    for (const name of chart.series) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  // Map keeps insertion order, so equal counts stay in order of first appearance.
  const names = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)!);
  if (names.length > PALETTE.length) {
    throw new Error(
      `De grafieken in content/practices/ vergelijken ${names.length} verschillende reeksen (${names.join(', ')}); ` +
        `er zijn ${PALETTE.length} kleuren, en elke kleur betekent op de hele site één ding. ` +
        `Geef wat hetzelfde is dezelfde naam (bijvoorbeeld overal "Gerealiseerd").`,
    );
  }
  const styles = new Map<string, SeriesStyle>(names.map((name, i) => [name, PALETTE[i]]));
  for (const chart of charts) for (const name of chart.series) if (!styles.has(name)) styles.set(name, NEUTRAL);
  return styles;
}

interface Bar {
  series: string;
  value: number;
  /** Length as a percentage of the chart's width: the largest value of the chart is 100. */
  percent: number;
  style: SeriesStyle;
}

export interface ChartLayout {
  /** More than one series: the bars need their series name. */
  compared: boolean;
  rows: { label: string; bars: Bar[] }[];
  max: number;
}

/** Bar lengths relative to the largest value in the chart; a zero still shows a sliver, so it does not look like missing data. */
export function layoutChart(chart: ChartInput, styles: Map<string, SeriesStyle>): ChartLayout {
  const max = Math.max(1, ...chart.rows.flatMap((r) => r.values));
  return {
    compared: chart.series.length > 1,
    max,
    rows: chart.rows.map((row) => ({
      label: row.label,
      bars: row.values.map((value, i) => ({
        series: chart.series[i],
        value,
        percent: Math.max((value / max) * 100, 0.5),
        style: styles.get(chart.series[i]) ?? NEUTRAL,
      })),
    })),
  };
}
