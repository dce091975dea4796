/** The figures of the practice library as CSV files (src/lib/figures.ts). */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { chartCsv, figureCharts, figuresCsv, toCsv } from '../../src/lib/figures.ts';
import { ROOT } from './helpers.ts';

const content = loadContent(ROOT);

describe('the figures as CSV', () => {
  it('quotes what needs quoting, ends rows in CRLF and starts with a byte-order mark for Excel', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['x, y', 'zei "ja"'],
        [1, 2.5],
      ]),
    ).toBe('\uFEFFa,b\r\n"x, y","zei ""ja"""\r\n1,2.5\r\n');
  });

  it('one chart: a header row with the series, then one row per label, numbers unformatted', () => {
    const chart = content.practices.find((p) => p.id === 'dalfsen-thuis-in-dalfsen')!.data.charts[0];
    const lines = chartCsv(chart).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(['Omschrijving', ...chart.series].join(','));
    expect(lines.slice(1)).toEqual(chart.rows.map((r) => [r.label, ...r.values].join(',')));
  });

  it('all figures: one line per number, as many as the charts of the municipality hold', () => {
    const items = figureCharts(content);
    expect(items.length).toBeGreaterThan(4);
    expect(items.every((c) => c.practice.data.municipality === content.site.municipality)).toBe(true);
    const lines = figuresCsv(items).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + items.reduce((n, c) => n + c.chart.rows.length * c.chart.series.length, 0));
  });
});
