/** The library of good practices in a real browser: the INTEGRAAL tiles, filters, charts. */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content.ts';
import { slugify } from '../../src/lib/practices.ts';
import { INTEGRAAL } from '../../src/schemas/taxonomies.ts';
import { launch, isolatedContext } from './browser.ts';

const site = inject('siteUrl');
const content = loadContent(resolve(import.meta.dirname, '../..'));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const shownIds = (page: Page) =>
  page.locator('[data-entry]').evaluateAll((els) =>
    els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!).sort(),
  );

describe('the INTEGRAAL overview', () => {
  it('shows nine tiles whose letters spell INTEGRAAL, left to right even on an Arabic page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/ar/praktijken/`);
    const tiles = page.locator('.integraal-tile');
    expect(await tiles.count()).toBe(9);
    expect((await page.locator('.integraal-tile .letter').allTextContents()).join('')).toBe('INTEGRAAL');
    const xs = await page.locator('.integraal-tile').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(xs[1]).toBeGreaterThan(xs[0]);
    await context.close();
  });

  it('a tile leads to its theme, listing exactly the practices under it (several themes allowed)', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/`);
    const theme = INTEGRAAL[7];
    await page.locator(`a[href="/nl/praktijken/thema/${theme.id}/"]`).click();
    expect(await shownIds(page)).toEqual(content.practices.filter((p) => p.data.themes.includes(theme.id)).map((p) => p.id).sort());
    await context.close();
  });
});

describe('library filters', () => {
  it('theme, municipality and target group combine, from the URL', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/?gemeente=tilburg&thema=regie`);
    const expected = content.practices.filter((p) => slugify(p.data.municipality) === 'tilburg' && p.data.themes.includes('regie')).map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownIds(page)).toEqual(expected);
    await page.selectOption('#filter-doelgroep', 'werk');
    await page.waitForURL(/doelgroep=werk/);
    expect(await shownIds(page)).toEqual(
      content.practices.filter((p) => slugify(p.data.municipality) === 'tilburg' && p.data.themes.includes('regie') && p.data.audience.includes('werk')).map((p) => p.id).sort(),
    );
    await context.close();
  });
});

describe('a practice page', () => {
  it('draws the figures as an SVG chart with the same numbers in a table', async () => {
    const practice = content.practices.find((p) => p.data.charts.length)!;
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/praktijken/${practice.id}/`);
    expect(await page.locator('figure.chart svg[role="img"]').count()).toBe(practice.data.charts.length);
    const firstTable = await page.locator('figure.chart table').first().locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent!.replace(/\./g, '').replace(',', '.')))),
    );
    expect(firstTable).toEqual(practice.data.charts[0].rows.map((r) => r.values));
    await context.close();
  });

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
