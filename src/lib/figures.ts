/**
 * "<Municipality> in cijfers": the charts of the site's own municipality's practices gathered on
 * one page, and the same numbers as CSV files made at build time (one per chart, one for all).
 *
 * CSV as RFC 4180 (comma, double quotes, CRLF) in UTF-8 with a byte-order mark: without the mark,
 * Excel reads UTF-8 as Windows-1252 and "één" turns into "Ã©Ã©n". Numbers are plain (71, 12.5), so
 * any program reads them as numbers.
 */
import type { Practice } from '../schemas/practice.ts';
import type { Content } from './content.ts';
import type { PracticeEntry } from './practices.ts';

export type Chart = Practice['charts'][number];

export interface FigureChart {
  practice: PracticeEntry;
  chart: Chart;
  /** "<practice id>-<n>", n from 1: the chart's anchor on the figures page and its CSV file name. */
  id: string;
}

/** Practices of the site's municipality that have charts: the evaluation with the most charts first, then by title. */
export function figurePractices(content: Content): PracticeEntry[] {
  return content.practices
    .filter((p) => p.data.municipality === content.site.municipality && p.data.charts.length > 0)
    .sort((a, b) => b.data.charts.length - a.data.charts.length || a.data.title.localeCompare(b.data.title, 'nl'));
}

/** Is this practice's chart on the figures page (and so not drawn on its own page)? */
export function onFiguresPage(practice: PracticeEntry, content: Content): boolean {
  return practice.data.municipality === content.site.municipality && practice.data.charts.length > 0;
}

export function figureCharts(content: Content): FigureChart[] {
  return figurePractices(content).flatMap((practice) =>
    practice.data.charts.map((chart, i) => ({ practice, chart, id: `${practice.id}-${i + 1}` })),
  );
}

/** Where a chart's CSV is, or the one with all charts. Language-neutral: the figures are Dutch. */
export function csvPath(chartId?: string): string {
  return chartId ? `/data/cijfers/${chartId}.csv` : '/data/cijfers.csv';
}

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text: header first, CRLF after every row, a BOM in front. */
export function toCsv(rows: (string | number)[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** One chart as the table on the page shows it: a column for the row label, one per series. */
export function chartCsv(chart: Chart): string {
  return toCsv([['Omschrijving', ...chart.series], ...chart.rows.map((r) => [r.label, ...r.values])]);
}

/** All charts in one long table, one number per line, with where it comes from. */
export function figuresCsv(charts: FigureChart[]): string {
  const header = ['Praktijk', 'Grafiek', 'Eenheid', 'Omschrijving', 'Reeks', 'Waarde', 'Bron'];
  const lines = charts.flatMap(({ practice, chart }) =>
    chart.rows.flatMap((row) =>
      row.values.map((value, i) => [
        practice.data.title,
        chart.title,
        chart.unit,
        row.label,
        chart.series[i],
        value,
        chart.source,
      ]),
    ),
  );
  return toCsv([header, ...lines]);
}

export function csvResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
