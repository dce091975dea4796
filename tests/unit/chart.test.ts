/** Bar charts of the practice library (src/lib/chart.ts): bar lengths, and one colour for one series on the whole site. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { NEUTRAL, PALETTE, layoutChart, seriesStyles } from '../../src/lib/chart.ts';
import { ROOT } from './helpers.ts';

const content = loadContent(ROOT);

describe('chart bars', () => {
  it('a chart bar is as long as its value, relative to the largest (100 %), and names its series', () => {
    const chart = {
      series: ['Taakstelling', 'Gerealiseerd'],
      rows: [
        { label: '2016', values: [71, 44] },
        { label: '2017', values: [39, 0] },
      ],
    };
    const layout = layoutChart(chart, seriesStyles([chart]));
    const bars = layout.rows.flatMap((r) => r.bars);
    expect(bars.find((b) => b.value === 71)!.percent).toBe(100);
    expect(bars.find((b) => b.value === 44)!.percent).toBeCloseTo((44 / 71) * 100, 5);
    expect(bars.map((b) => b.series)).toEqual(['Taakstelling', 'Gerealiseerd', 'Taakstelling', 'Gerealiseerd']);
    // A zero is a sliver, not nothing, so it does not look like a missing number.
    expect(bars.find((b) => b.value === 0)!.percent).toBeGreaterThan(0);
  });
});

describe('chart colours: one colour means one thing on the whole site', () => {
  const charts = content.practices.flatMap((p) => p.data.charts);
  const styles = seriesStyles(charts);

  it('the same series name has the same colour and pattern in every chart', () => {
    for (const chart of charts) {
      const layout = layoutChart(chart, styles);
      for (const bar of layout.rows.flatMap((r) => r.bars)) expect(bar.style, bar.series).toBe(styles.get(bar.series));
    }
    expect(styles.get('Gerealiseerd')).toEqual(PALETTE[0]);
  });

  it('no two compared series share a colour or a pattern, and a lone series is neutral grey', () => {
    const compared = [...styles].filter(([, s]) => s !== NEUTRAL);
    expect(compared.length).toBeGreaterThan(3);
    expect(new Set(compared.map(([, s]) => s.colour)).size).toBe(compared.length);
    expect(new Set(compared.map(([, s]) => s.pattern)).size).toBe(compared.length);
    expect(compared.every(([, s]) => s.colour !== NEUTRAL.colour)).toBe(true);
    expect(styles.get('Gezinnen')).toBe(NEUTRAL);
  });

  it('more series names than colours stops the build with a Dutch message', () => {
    const names = [...PALETTE.map((_, i) => `Reeks ${i}`), 'Nog een'];
    const many = [{ series: names, rows: [{ label: 'x', values: names.map(() => 1) }] }];
    expect(() => seriesStyles(many)).toThrow(
      `De grafieken in content/practices/ vergelijken ${names.length} verschillende reeksen (${names.join(', ')}); er zijn ${PALETTE.length} kleuren, en elke kleur betekent op de hele site één ding. Geef wat hetzelfde is dezelfde naam (bijvoorbeeld overal "Gerealiseerd").`,
    );
  });
});
