/** The library of good practices in a real browser: the INTEGRAAL tiles, filters, the compact list, the figures page. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content.ts';
import { seriesStyles } from '../../src/lib/chart.ts';
import { figureCharts } from '../../src/lib/figures.ts';
import { byPlace, regionSlug, slugify } from '../../src/lib/practices.ts';
import { INTEGRAAL } from '../../src/schemas/taxonomies.ts';
import { launch, isolatedContext } from './browser.ts';

const site = inject('siteUrl');
const content = loadContent(resolve(import.meta.dirname, '../..'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The filters sit in one "Filter" disclosure after the summary line: open it as a reader would. */
async function openFilters(page: Page) {
  const details = page.locator('[data-filter-details]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

const shownIds = (page: Page) =>
  page.locator('[data-entry]').evaluateAll((els) =>
    els
      .filter((e) => getComputedStyle(e).display !== 'none')
      .map((e) => e.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!)
      .sort(),
  );

describe('the INTEGRAAL overview', () => {
  it('shows nine tiles whose letters spell INTEGRAAL, left to right even on an Arabic page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/ar/praktijken/`);
    const tiles = page.locator('.integraal-tile');
    expect(await tiles.count()).toBe(9);
    expect((await page.locator('.integraal-tile .letter').allTextContents()).join('')).toBe('INTEGRAAL');
    const xs = await page
      .locator('.integraal-tile')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(xs[1]).toBeGreaterThan(xs[0]);
    await context.close();
  });

  it('a tile leads to its theme, listing exactly the practices under it (several themes allowed)', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/`);
    const theme = INTEGRAAL[7];
    await page.locator(`a[href="/nl/praktijken/thema/${theme.id}/"]`).click();
    expect(await shownIds(page)).toEqual(
      content.practices
        .filter((p) => p.data.themes.includes(theme.id))
        .map((p) => p.id)
        .sort(),
    );
    await context.close();
  });
});

describe('library filters', () => {
  it('theme, municipality and target group combine, from the URL', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/?gemeente=tilburg&thema=regie`);
    const expected = content.practices
      .filter((p) => slugify(p.data.municipality ?? '') === 'tilburg' && p.data.themes.includes('regie'))
      .map((p) => p.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownIds(page)).toEqual(expected);
    await openFilters(page);
    await page.selectOption('#filter-doelgroep', 'werk');
    await page.waitForURL(/doelgroep=werk/);
    expect(await shownIds(page)).toEqual(
      content.practices
        .filter(
          (p) =>
            slugify(p.data.municipality ?? '') === 'tilburg' &&
            p.data.themes.includes('regie') &&
            p.data.audience.includes('werk'),
        )
        .map((p) => p.id)
        .sort(),
    );
    await context.close();
  });
});

describe('regions and resources', () => {
  it('a practice of a whole region shows the region, not one municipality, and the region filter finds it', async () => {
    const practice = content.practices.find((p) => p.data.region && !p.data.municipality)!;
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/${practice.id}/`);
    const facts = await page
      .locator('article dl.facts')
      .first()
      .evaluate((dl) =>
        [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
      );
    expect(facts.find(([dt]) => dt === 'Gemeente')).toBeUndefined();
    expect(facts.find(([dt]) => dt === 'Regio')).toEqual(['Regio', `${practice.data.region} (hele regio)`]);
    await page.goto(`${site}/nl/praktijken/?gemeente=${regionSlug(practice.data.region!)}`);
    expect(await shownIds(page)).toEqual(
      content.practices
        .filter((p) => p.data.region === practice.data.region)
        .map((p) => p.id)
        .sort(),
    );
    await context.close();
  });

  it('the resources page is linked from the library index and lists each tool with its maker, address and source', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const lang of ['nl', 'ar']) {
      await page.goto(`${site}/${lang}/praktijken/`);
      await page.locator(`main a[href="/${lang}/praktijken/hulpmiddelen/"]`).click();
      expect(await page.locator('[data-resource]').count(), lang).toBe(content.resources.length);
    }
    await page.goto(`${site}/nl/praktijken/hulpmiddelen/`);
    expect(await page.locator('[data-resource] h2').allTextContents()).toEqual(
      content.resources.map((r) => r.data.name),
    );
    const links = await page
      .locator('[data-resource] a[href^="https://"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(content.resources.flatMap((r) => r.data.url ?? []));
    await context.close();
  });

  it("a translated practice shows its text in the reader's language, says it is a machine translation, and not that it is Dutch only", async () => {
    const practice = content.practices.find((p) => p.translations.ti)!;
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/ti/praktijken/${practice.id}/`);
    expect(await page.locator('article h1').textContent()).toBe(practice.translations.ti!.text.title);
    expect(await page.locator('article h1').getAttribute('lang')).toBeNull();
    expect(await page.locator('[data-notice="machine"]').count()).toBe(1);
    expect(await page.locator('[data-notice="dutch-only"]').count()).toBe(0);
    await context.close();
  });
});

describe('a practice page', () => {
  it('on a non-Dutch page says the text is Dutch, marks it lang="nl", and shows the English summary', async () => {
    const practice = content.practices.find((p) => p.data.summary_en)!;
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/fa/praktijken/${practice.id}/`);
    expect(await page.locator('[data-notice="dutch-only"]').count()).toBe(1);
    expect(await page.locator('article h1').getAttribute('lang')).toBe('nl');
    expect(await page.locator('section[lang="en"] p').textContent()).toBe(practice.data.summary_en);
    await context.close();
  });
});

describe('the figures page', () => {
  const items = figureCharts(content);
  const styles = seriesStyles(content.practices.flatMap((p) => p.data.charts));
  const title = `${content.site.municipality} in cijfers`;

  it('is linked from the library index, the about page and the practice whose charts it holds', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/nl/praktijken/', '/nl/over/', '/ti/over/']) {
      await page.goto(`${site}${path}`);
      expect(await page.locator(`main a[href="/${path.split('/')[1]}/praktijken/cijfers/"]`).count(), path).toBe(1);
    }
    const practice = items[0].practice;
    await page.goto(`${site}/nl/praktijken/${practice.id}/`);
    expect(await page.locator(`a[href="/nl/praktijken/cijfers/#${practice.id}"]`).textContent()).toBe(title);
    // The charts are on the figures page now, not 5,000 px down this one.
    expect(await page.locator('figure.chart').count()).toBe(0);
    await page.goto(`${site}/nl/praktijken/cijfers/`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('figure.chart').count()).toBe(items.length);
    await context.close();
  });

  it('at 320 px every label and number is inside the viewport and not clipped, in Dutch and Arabic', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 320, height: 740 } });
    const page = await context.newPage();
    for (const lang of ['nl', 'ar']) {
      await page.goto(`${site}/${lang}/praktijken/cijfers/`);
      const bad = await page
        .locator('figure.chart p, figure.chart th, figure.chart td, figure.chart h3')
        .evaluateAll((els) =>
          els
            .filter((e) => {
              const r = e.getBoundingClientRect();
              return r.left < 0 || r.right > innerWidth || e.scrollWidth > e.clientWidth + 1;
            })
            .map((e) => e.textContent),
        );
      expect(bad, lang).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it("each bar says its series and number in words, and is drawn in its series' colour everywhere", async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/cijfers/`);
    const nf = new Intl.NumberFormat('nl');
    for (const { chart, id } of items) {
      const figure = page.locator(`figure#${id}`);
      const texts = await figure.locator('[role="img"] p + div p, [role="img"] div > div > p').allTextContents();
      const expected = chart.rows.flatMap((r) =>
        r.values.map((v, i) => (chart.series.length > 1 ? `${chart.series[i]}: ${nf.format(v)}` : nf.format(v))),
      );
      expect(texts, id).toEqual(expected);
      const strokes = await figure
        .locator('[role="img"] rect')
        .evaluateAll((els) => els.map((e) => e.getAttribute('stroke')));
      expect(strokes, id).toEqual(
        chart.rows.flatMap((r) => r.values.map((_, i) => styles.get(chart.series[i])!.colour)),
      );
    }
    await context.close();
  });

  it('the series names are plain text beside each bar (no legend of chips): no border, background or pointer that looks like a button', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/cijfers/`);
    expect(await page.locator('figure.chart .tags, figure.chart button').count()).toBe(0);
    const looks = await page.locator('figure.chart [role="img"] p').evaluateAll(
      (els) =>
        els.filter((e) => {
          const s = getComputedStyle(e);
          return (
            s.borderTopWidth !== '0px' ||
            s.borderInlineStartWidth !== '0px' ||
            s.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
            s.cursor === 'pointer'
          );
        }).length,
    );
    expect(looks).toBe(0);
    await context.close();
  });

  it("each table holds the chart's numbers, and its CSV file parsed back equals the table", async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/cijfers/`);
    const number = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));
    for (const { chart, id } of items) {
      const figure = page.locator(`figure#${id}`);
      const table = await figure
        .locator('table')
        .evaluate((t) =>
          [...t.querySelectorAll('tr')].map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())),
        );
      expect(
        table.slice(1).map((r) => r.slice(1).map(number)),
        id,
      ).toEqual(chart.rows.map((r) => r.values));
      const href = (await figure.locator('a[download]').getAttribute('href'))!;
      const response = await page.request.get(`${site}${href}`);
      expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await response.body());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
      const csv = parseCsv(new TextDecoder('utf-8').decode(bytes.subarray(3)));
      expect(csv[0], id).toEqual(['Omschrijving', ...table[0].slice(1)]);
      expect(
        csv.slice(1).map((r) => r[0]),
        id,
      ).toEqual(table.slice(1).map((r) => r[0]));
      expect(
        csv.slice(1).map((r) => r.slice(1).map(Number)),
        id,
      ).toEqual(table.slice(1).map((r) => r.slice(1).map(number)));
    }
    const all = parseCsv((await (await page.request.get(`${site}/data/cijfers.csv`)).text()).replace(/^\uFEFF/, ''));
    expect(all[0]).toEqual(['Praktijk', 'Grafiek', 'Eenheid', 'Omschrijving', 'Reeks', 'Waarde', 'Bron']);
    expect(all.slice(1).map((r) => Number(r[5]))).toEqual(
      items.flatMap(({ chart }) => chart.rows.flatMap((r) => r.values)),
    );
    await context.close();
  });
});

/** A small RFC 4180 reader, independent of the writer in src/lib/figures.ts. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('the library index on a phone', () => {
  it('is a compact list at 360 px: title, municipality and theme letters, no summary, each entry a few lines', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site}/ti/praktijken/`);
    const entries = page.locator('[data-entry]');
    expect(await entries.count()).toBe(content.practices.length);
    const heights = await entries.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(140);
    expect(
      await entries
        .locator('p:not(.meta)')
        .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length),
    ).toBe(0);
    const first = [...content.practices].sort(byPlace)[0];
    const letters = INTEGRAAL.filter((th) => first.data.themes.includes(th.id))
      .map((th) => th.letter)
      .join(' ');
    expect(await entries.first().locator('.meta').textContent()).toContain(letters);
    await context.close();
  });
});
