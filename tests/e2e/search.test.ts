/**
 * Search in a real browser: Pagefind's index per language, queried from the search page. Results
 * come only from pages of the reader's language, in Latin, Arabic and Ge'ez script, and with the
 * everyday words people use.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, isolatedContext } from './browser.ts';

const site = inject('siteUrl');
const ROOT = resolve(import.meta.dirname, '../..');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function search(page: Page, lang: string, query: string): Promise<string[]> {
  await page.goto(`${site}/${lang}/zoeken/?q=${encodeURIComponent(query)}`);
  await page.locator('.search-status').filter({ hasText: /\S/ }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.search-status')?.textContent?.includes('…'));
  return page.locator('.results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The query must really be in the translated title, so the test follows the content. */
function titleOf(lang: string, id: string): string {
  return readFileSync(resolve(ROOT, `content/translations/${lang}/services/${id}.yaml`), 'utf8');
}

describe('search', () => {
  it('Dutch: "huisarts" finds the GGD home visit, and only Dutch pages', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await context.newPage();
    const results = await search(page, 'nl', 'huisarts');
    expect(results).toContain('/nl/kaart/ggd-kennismaking-thuis/');
    for (const r of results) expect(r.startsWith('/nl/')).toBe(true);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('Dutch: the everyday words toeslagen, schulden and DigiD each find their service', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    expect(await search(page, 'nl', 'schulden')).toContain('/nl/kaart/hulp-bij-schulden/');
    expect(await search(page, 'nl', 'DigiD')).toContain('/nl/kaart/digid-cursus/');
    expect((await search(page, 'nl', 'toeslagen')).length).toBeGreaterThan(0);
    await context.close();
  });

  it('Arabic: a word in Arabic script finds the Arabic page, and only Arabic pages', async () => {
    expect(titleOf('ar', 'hulp-bij-schulden')).toContain('الديون');
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const results = await search(page, 'ar', 'الديون');
    expect(results).toContain('/ar/kaart/hulp-bij-schulden/');
    for (const r of results) expect(r.startsWith('/ar/')).toBe(true);
    await context.close();
  });

  it('Tigrinya: a word in Ge\'ez script finds the Tigrinya page, and only Tigrinya pages', async () => {
    expect(titleOf('ti', 'hulp-bij-schulden')).toContain('ዕዳ');
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const results = await search(page, 'ti', 'ዕዳ');
    expect(results).toContain('/ti/kaart/hulp-bij-schulden/');
    for (const r of results) expect(r.startsWith('/ti/')).toBe(true);
    await context.close();
  });

  it('a search with no match says so', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await search(page, 'nl', 'xqzwvk');
    expect(await page.locator('.search-status').textContent()).toBe('Niets gevonden. Probeer een ander woord.');
    await context.close();
  });

  it('the theme facet narrows the results and goes into the URL', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const all = await search(page, 'nl', 'hulp');
    await page.locator('details.facets summary').click();
    await page.selectOption('#facet-theme', 'Geld');
    await page.locator('form[role="search"] button').click();
    await page.waitForURL(/theme=Geld/);
    await page.waitForFunction((n) => document.querySelectorAll('.results a').length !== n, all.length);
    const money = await page.locator('.results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(money.length).toBeGreaterThan(0);
    expect(money.length).toBeLessThan(all.length);
    expect(money).toContain('/nl/kaart/hulp-bij-schulden/');
    await context.close();
  });

  it('a search page with results and open facets has no WCAG 2.2 AA violation, in Arabic and Tigrinya', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    for (const [lang, query] of [['ar', 'الديون'], ['ti', 'ዕዳ']]) {
      await search(page, lang, query);
      await page.locator('details.facets summary').click();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${lang}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
    }
    await context.close();
  });
});
