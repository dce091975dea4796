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
  // The result titles (a result also holds a phone link and, for Dutch results, a link to the reader's version).
  return page
    .locator('.results > li > a, .practices > li > a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The number of results the page announces (it shows the first ten). */
async function announced(page: Page): Promise<number> {
  return Number((await page.locator('.search-status').textContent())!.match(/\d+/)![0]);
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

  it("Tigrinya: a word in Ge'ez script finds the Tigrinya page, and only Tigrinya pages", async () => {
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
    await search(page, 'nl', 'hulp');
    const all = await announced(page);
    await page.locator('details.facets summary').click();
    await page.selectOption('#facet-theme', 'Geld');
    await page.locator('form[role="search"] button').click();
    await page.waitForURL(/theme=Geld/);
    await page.waitForFunction(
      (n) => Number(document.querySelector('.search-status')?.textContent?.match(/\d+/)?.[0]) < n,
      all,
    );
    const money = await page
      .locator('.results > li > a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(money.length).toBeGreaterThan(0);
    expect(await announced(page)).toBeLessThan(all);
    expect(money).toContain('/nl/kaart/hulp-bij-schulden/');
    await context.close();
  });

  it('a search page with results and open facets has no WCAG 2.2 AA violation, in Arabic and Tigrinya', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    for (const [lang, query] of [
      ['ar', 'الديون'],
      ['ti', 'ዕዳ'],
    ]) {
      await search(page, lang, query);
      await page.locator('details.facets summary').click();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(result.violations.map((v) => `${lang}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
    }
    await context.close();
  });
});

/** The result list as the reader sees it: each result's address, kind label and text. */
async function results(page: Page) {
  return page.locator('.results > li, .practices > li').evaluateAll((lis) =>
    lis.map((li) => ({
      path: new URL((li.querySelector('a') as HTMLAnchorElement).href).pathname,
      kind: li.querySelector('p')?.textContent ?? '',
      text: li.textContent ?? '',
    })),
  );
}
const hint = (page: Page) => page.locator('.did-you-mean:not([hidden])').textContent();

describe('search that forgives (issue 10)', () => {
  it('misspellings find the entry, and the page says what it searched instead: nl, ar, ti', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    expect(await search(page, 'nl', 'schuldhulpverleneng')).toContain('/nl/kaart/hulp-bij-schulden/');
    expect(await hint(page)).toBe('Bedoelde u: schuldhulpverlening? Hieronder ziet u wat daarvoor is gevonden.');
    expect(await search(page, 'nl', 'homstart')).toContain('/nl/kaart/home-start-opvoedsteun/');
    expect((await hint(page))!.toLowerCase()).toMatch(/bedoelde u: home-?start\?/);
    await search(page, 'nl', 'bibliotheeek');
    expect(await hint(page)).toBe('Bedoelde u: bibliotheek? Hieronder ziet u wat daarvoor is gevonden.');
    expect((await results(page)).some((r) => /bibliotheek/i.test(r.text))).toBe(true);
    expect(await search(page, 'ar', 'الدبون')).toContain('/ar/kaart/hulp-bij-schulden/');
    expect(await hint(page)).toContain('الديون');
    expect(await search(page, 'ti', 'መሰልጠነ')).toContain('/ti/kaart/taalcoach/');
    expect(await hint(page)).toContain('መሰልጠኒ');
    await context.close();
  });

  it('the words people use (synonym list): nl, ar, ti', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    expect(await search(page, 'nl', 'geldzorgen')).toContain('/nl/kaart/hulp-bij-schulden/');
    expect(await search(page, 'nl', 'dokter')).toContain('/nl/kaart/ggd-kennismaking-thuis/');
    expect(await search(page, 'nl', 'vergunninghouder')).not.toEqual([]);
    expect(await search(page, 'ar', 'دكتور')).toContain('/ar/kaart/ggd-kennismaking-thuis/');
    expect(await search(page, 'ti', 'ዶክተር')).toContain('/ti/kaart/ggd-kennismaking-thuis/');
    // No "Bedoelde u": these are found as they are.
    expect(await page.locator('.did-you-mean').isHidden()).toBe(true);
    await context.close();
  });

  it('a Dutch word from a letter on an Arabic and a Tigrinya page finds the page in that language', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const ar = await search(page, 'ar', 'huurtoeslag');
    expect(ar).toContain('/ar/wegwijzer/wonen-in-uw-huis/');
    for (const r of ar) expect(r.startsWith('/ar/')).toBe(true);
    expect(await search(page, 'ti', 'BSN')).toContain('/ti/wegwijzer/de-eerste-weken/');
    expect(await search(page, 'ti', 'inburgeringsplicht')).toContain('/ti/wegwijzer/inburgering/');
    await context.close();
  });

  it("where the reader's language has nothing, Dutch results are offered, labelled as Dutch, each linking to the reader's version", async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    // "tandarts" stands only in the Dutch health guide: the Arabic and Tigrinya versions say it in
    // their own words, and it is too short to count as a word from a letter (those are indexed with
    // every translation).
    for (const lang of ['ar', 'ti']) {
      const found = await search(page, lang, 'tandarts');
      expect(found, found.join(' ')).toContain('/nl/wegwijzer/gezondheid-en-zorg/');
      for (const r of found) expect(r.startsWith('/nl/')).toBe(true);
      const dutchLabel = await page.locator('site-search').getAttribute('data-dutch');
      expect(await page.locator('.search-status').textContent()).toContain(dutchLabel!);
      const result = page
        .locator('.results > li')
        .filter({ has: page.locator('a[href="/nl/wegwijzer/gezondheid-en-zorg/"]') });
      expect(await result.locator('> a').getAttribute('lang')).toBe('nl');
      expect(await result.locator(`a[href="/${lang}/wegwijzer/gezondheid-en-zorg/"]`).count()).toBe(1);
    }
    await context.close();
  });

  it('Farsi typed on an Arabic keyboard (كار with Arabic kaf) finds the Farsi pages about work', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const found = await search(page, 'fa', 'كار');
    // The work guide and the work consultant, both written with the Persian kaf (کار).
    expect(found).toContain('/fa/wegwijzer/werk-en-studie/');
    expect(found).toContain('/fa/kaart/consulent-werk-en-inkomen/');
    for (const r of found) expect(r.startsWith('/fa/')).toBe(true);
    await context.close();
  });

  it("results say what they are; residents' results come before the good practices", async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await search(page, 'nl', 'schulden');
    const list = await results(page);
    expect(list[0]).toMatchObject({ path: '/nl/kaart/hulp-bij-schulden/', kind: 'Dienst' });
    expect(list[0]!.text).toContain('Bellen: 14 0529');
    await search(page, 'nl', 'taalcoach');
    // Six at a time: "Meer resultaten" until all are shown.
    for (let i = 0; i < 20 && (await page.locator('button.more').isVisible()); i++) {
      const n = await page.locator('.results > li, .practices > li').count();
      await page.locator('button.more').click();
      await page.waitForFunction(
        (before) => document.querySelectorAll('.results > li, .practices > li').length > before,
        n,
      );
    }
    const mixed = await results(page);
    const firstPractice = mixed.findIndex((r) => r.path.startsWith('/nl/praktijken/'));
    expect(firstPractice).toBeGreaterThan(0);
    for (const r of mixed.slice(firstPractice)) expect(r.kind).toBe('Goed voorbeeld');
    await context.close();
  });

  it('excerpts hold main content only: no label/value runs, no machine-translation notice', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await search(page, 'nl', 'vechthorst');
    const nl = await results(page);
    expect(nl.length).toBeGreaterThan(0);
    for (const r of nl) expect(r.text).not.toMatch(/Website\s*www/);
    await search(page, 'ti', 'ዕዳ');
    const ti = await results(page);
    expect(ti.length).toBeGreaterThan(0);
    for (const r of ti) expect(r.text).not.toContain('ብኮምፒተር እዩ ተተርጒሙ');
    await context.close();
  });

  it('the type facet keeps only services and goes into the URL', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await search(page, 'nl', 'hulp');
    const all = await announced(page);
    await page.locator('details.facets summary').click();
    await page.selectOption('#facet-type', 'Dienst');
    await page.locator('form[role="search"] button').click();
    await page.waitForURL(/type=Dienst/);
    await page.waitForFunction(
      (n) => Number(document.querySelector('.search-status')?.textContent?.match(/\d+/)?.[0]) < n,
      all,
    );
    const only = await results(page);
    expect(only.length).toBeGreaterThan(0);
    for (const r of only) {
      expect(r.path).toMatch(/^\/nl\/kaart\/[a-z0-9-]+\/$/);
      expect(r.kind).toBe('Dienst');
    }
    await context.close();
  });
});
