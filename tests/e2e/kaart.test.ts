/** The sociale kaart in a real browser: filters in and out of the URL, without JavaScript, the print card, the map. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content.ts';
import { matches } from '../../src/lib/filters.ts';
import { serviceViews } from '../../src/lib/kaart.ts';
import { telHref } from '../../src/lib/format.ts';
import { launch, isolatedContext } from './browser.ts';
import { resolve } from 'node:path';

const site = inject('siteUrl');
const content = loadContent(resolve(import.meta.dirname, '../..'));
const views = serviceViews(content);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The ids of the services the browser shows, in the order of the list. */
async function visibleIds(page: Page): Promise<string[]> {
  return page.locator('[data-entry]').evaluateAll((els) =>
    els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!),
  );
}

/** What the filter should show, computed from the content itself. */
function expected(chosen: Record<string, string>): string[] {
  return views
    .filter((v) => matches({ thema: v.entry.data.themes, dorp: v.villages, taal: v.entry.data.languages, groep: v.entry.data.groups }, chosen, ['dorp']))
    .map((v) => v.entry.id)
    .sort();
}

describe('kaart filters', () => {
  it('the unfiltered page lists every service, without JavaScript', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/`);
    expect((await visibleIds(page)).sort()).toEqual(views.map((v) => v.entry.id).sort());
    await context.close();
  });

  it('URL in: ?thema=geld&dorp=dalfsen shows exactly the money services in Dalfsen, with the selects set', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/?thema=geld&dorp=dalfsen`);
    expect(await page.inputValue('#filter-thema')).toBe('geld');
    expect(await page.inputValue('#filter-dorp')).toBe('dalfsen');
    const shown = (await visibleIds(page)).sort();
    expect(shown).toEqual(expected({ thema: 'geld', dorp: 'dalfsen' }));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(views.length);
    await expect(page.locator('.filter-count').textContent()).resolves.toMatch(new RegExp(`^${shown.length} `));
    await context.close();
  });

  it('URL out: choosing a group puts it in the address, so the view can be shared', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/`);
    await page.selectOption('#filter-groep', 'jongeren');
    await page.waitForURL(/\?groep=jongeren$/);
    expect((await visibleIds(page)).sort()).toEqual(expected({ groep: 'jongeren' }));
    await context.close();
  });

  it('without JavaScript, choosing options filters the list at once, and combines', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/`);
    await page.selectOption('#filter-taal', 'ar');
    expect((await visibleIds(page)).sort()).toEqual(expected({ taal: 'ar' }));
    await page.selectOption('#filter-thema', 'gezondheid');
    expect((await visibleIds(page)).sort()).toEqual(expected({ taal: 'ar', thema: 'gezondheid' }));
    // Submitting without JavaScript still puts the choice in the URL.
    await page.locator('[data-filter-form] button[type="submit"]').click();
    expect(new URL(page.url()).search).toBe('?thema=gezondheid&dorp=&taal=ar&groep=');
    await context.close();
  });

  it('a theme page works as a plain link, with its theme chosen', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/ar/kaart/thema/werk/`);
    expect((await visibleIds(page)).sort()).toEqual(expected({ thema: 'werk' }));
    await context.close();
  });
});

describe('kaart pages', () => {
  it('the map draws every village and a link per place, with no request elsewhere', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/`, { waitUntil: 'networkidle' });
    const labels = await page.locator('svg.map .village-label').allTextContents();
    expect(labels.sort()).toEqual(content.site.villages.map((v) => v.name).sort());
    expect(await page.locator('svg.map a').count()).toBeGreaterThan(3);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('a detail page has tel:, mail and route links, hours in the reader language and a report link', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const withPhone = views.find((v) => v.contact.phone);
    expect(withPhone, 'a service with a phone number').toBeDefined();
    await page.goto(`${site}/en/kaart/${withPhone!.entry.id}/`);
    expect(await page.locator('.facts a[href^="tel:"]').getAttribute('href')).toBe(telHref(withPhone!.contact.phone!));

    const withHours = views.find((v) => v.entry.data.hours && v.locations.length);
    expect(withHours, 'a service with hours and a place').toBeDefined();
    await page.goto(`${site}/en/kaart/${withHours!.entry.id}/`);
    expect(await page.locator('a[href^="https://www.openstreetmap.org/directions"]').count()).toBe(withHours!.locations.length);
    // Opening hours are in English: weekday names from Intl.
    const hours = await page.locator('.facts dd ul').first().textContent();
    expect(hours).toMatch(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
    expect(await page.locator('a[href*="/issues/new?"]').count()).toBe(1);
    expect(await page.locator('footer.meta').textContent()).toMatch(/Last checked/i);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Service');
    await context.close();
  });

  it('an entry not checked for over a year is marked on its page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/werkfit-en-beweeg/`);
    expect(await page.locator('[data-stale]').count()).toBe(1);
    await page.goto(`${site}/nl/kaart/taalcoach/`);
    expect(await page.locator('[data-stale]').count()).toBe(0);
    await context.close();
  });

  it('the printable contact card in Arabic puts Dutch and Arabic side by side on A4', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/ar/kaart/contactkaart/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const header = await page.locator('.card-sheet thead th').evaluateAll((ths) => ths.map((th) => [th.getAttribute('lang'), th.textContent]));
    expect(header[0]).toEqual(['nl', 'Nederlands']);
    expect(header[1][1]).toBe('العربية');
    // Navigation and footer are not printed.
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.screenshot({ path: 'screenshots/contactkaart-ar-print.png', fullPage: true });
    await context.close();
  });
});
