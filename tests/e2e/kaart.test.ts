/**
 * The sociale kaart in a real browser: results first, filters in and out of the URL and without
 * JavaScript (no control loses a filter), theme pages with only their own entries, the map, the
 * action buttons on every service page, and the contact card on a phone and on A4.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content.ts';
import { matches } from '../../src/lib/filters.ts';
import { serviceViews } from '../../src/lib/kaart.ts';
import { telHref } from '../../src/schemas/phone.ts';
import { serviceActions } from '../../src/lib/kaart.ts';
import { UI_STRINGS } from '../../src/i18n/t.ts';
import { launch, isolatedContext } from './browser.ts';
import { resolve } from 'node:path';

const site = inject('siteUrl');
const fixture = inject('fixtureUrl');
const content = loadContent(resolve(import.meta.dirname, '../..'));
const views = serviceViews(content);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The ids of the services the browser shows, in the order of the list. */
async function visibleIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-entry]')
    .evaluateAll((els) =>
      els
        .filter((e) => getComputedStyle(e).display !== 'none')
        .map((e) => e.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!),
    );
}

/** What the filter should show, computed from the content itself. */
function expected(chosen: Record<string, string>): string[] {
  return views
    .filter((v) =>
      matches(
        { thema: v.entry.data.themes, dorp: v.villages, taal: v.entry.data.languages, groep: v.entry.data.groups },
        chosen,
        ['dorp'],
      ),
    )
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
    await page.locator('[data-filter-details] > summary').click();
    await page.selectOption('#filter-groep', 'jongeren');
    await page.waitForURL(/\?groep=jongeren$/);
    expect((await visibleIds(page)).sort()).toEqual(expected({ groep: 'jongeren' }));
    await context.close();
  });

  it('without JavaScript, choosing options filters the list at once, and combines', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/`);
    await page.locator('[data-filter-details] > summary').click();
    await page.selectOption('#filter-taal', 'ar');
    expect((await visibleIds(page)).sort()).toEqual(expected({ taal: 'ar' }));
    await page.selectOption('#filter-thema', 'gezondheid');
    expect((await visibleIds(page)).sort()).toEqual(expected({ taal: 'ar', thema: 'gezondheid' }));
    // The count written at build time is no longer true: a neutral line stands in for it.
    expect(await page.locator('.filter-count').innerText()).toBe(UI_STRINGS.nl['filter.changed']);
    await context.close();
  });

  it('without JavaScript, a filter survives every control of the form: nothing submits to a page that ignores it', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/thema/geld/`);
    const form = page.locator('[data-filter-form]');
    // No submit button (and no other control that submits) exists.
    expect(
      await form
        .locator('button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]')
        .count(),
    ).toBe(0);
    const details = page.locator('[data-filter-details]');
    await details.locator('> summary').click();
    await page.selectOption('#filter-dorp', 'nieuwleusen');
    const chosen = expected({ thema: 'geld', dorp: 'nieuwleusen' });
    expect(chosen.length).toBeLessThan(expected({ thema: 'geld' }).length);
    // Every select, focused and left, pressed Enter in, and the disclosure closed and opened again.
    for (const select of await form.locator('select').all()) {
      await select.focus();
      await select.press('Enter');
    }
    await details.locator('> summary').click();
    await details.locator('> summary').click();
    expect(page.url()).toBe(`${site}/nl/kaart/thema/geld/`);
    expect(await page.inputValue('#filter-dorp')).toBe('nieuwleusen');
    expect((await visibleIds(page)).sort()).toEqual(chosen);
    // "Wis alle filters" goes back to the page's own list (the theme is the page, so it stays) without a request.
    await form.locator('button[type="reset"]').click();
    expect(page.url()).toBe(`${site}/nl/kaart/thema/geld/`);
    expect((await visibleIds(page)).sort()).toEqual(expected({ thema: 'geld' }));
    await context.close();
  });

  it('a theme page holds only its own services in the HTML, with the summary first and one Filter disclosure', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/thema/geld/`);
    const ids = await page.locator('[data-entry]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
    expect(ids.sort()).toEqual(expected({ thema: 'geld' }));
    expect(await page.locator('.filter-count').innerText()).toBe(`${ids.length} plekken voor Geld`);
    expect(await page.locator('details[data-filter-details]').count()).toBe(1);
    expect(await page.locator('#filter-thema').count()).toBe(0);
    // Summary, then the disclosure, then the results, in that order in the page.
    const order = await page.evaluate(() => {
      const els = ['.filter-count', '[data-filter-details]', '[data-entry]', '.kaart-map'].map((sel) =>
        document.querySelector(sel)!,
      );
      return els
        .slice(1)
        .every((el, i) => Boolean(els[i].compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    expect(order).toBe(true);
    await page.goto(`${site}/ar/kaart/thema/werk/`);
    expect((await visibleIds(page)).sort()).toEqual(expected({ thema: 'werk' }));
    await context.close();
  });

  it('with JavaScript the Filter label says how many filters are chosen', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/?taal=ar&groep=jongeren`);
    expect(await page.locator('[data-filter-active]').textContent()).toBe('(2 gekozen)');
    await context.close();
  });
});

describe('kaart pages', () => {
  it('the map sits behind "Toon op kaart" after the list, shows only the listed places, follows the filters, with 24 px targets', async () => {
    const { context, outside } = await isolatedContext(browser, { viewport: { width: 320, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/thema/geld/`, { waitUntil: 'networkidle' });
    const map = page.locator('details.kaart-map');
    expect(await map.locator('svg.map').isVisible()).toBe(false);
    await map.locator('> summary').click();
    const labels = await page.locator('svg.map .village-label').allTextContents();
    expect(labels.sort()).toEqual(content.site.villages.map((v) => v.name).sort());
    const geld = views.filter((v) => v.entry.data.themes.includes('geld'));
    const places = new Set(
      geld.flatMap((v) => v.locations.map((l) => `${l.data.lat.toFixed(4)},${l.data.lon.toFixed(4)}`)),
    );
    expect(await page.locator('svg.map a[data-marker]').count()).toBe(places.size);
    const boxes = await page
      .locator('svg.map circle.place')
      .evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => [r.width, r.height, r.x, r.y]));
    for (const [w, h] of boxes) expect(Math.min(w, h)).toBeGreaterThanOrEqual(24);
    // No two targets overlap.
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [w, , x1, y1] = boxes[i];
        const [, , x2, y2] = boxes[j];
        expect(Math.hypot(x1 - x2, y1 - y2), `markers ${i} and ${j}`).toBeGreaterThanOrEqual(w);
      }
    expect((await map.boundingBox())!.width).toBeLessThanOrEqual(320);
    // Choosing a village hides the markers of places elsewhere.
    await page.locator('[data-filter-details] > summary').click();
    await page.selectOption('#filter-dorp', 'nieuwleusen');
    const shownMarkers = await page
      .locator('svg.map a[data-marker]')
      .evaluateAll((as) => as.filter((a) => getComputedStyle(a).display !== 'none').length);
    expect(shownMarkers).toBeLessThan(places.size);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('on a wide screen the map is no larger than 28rem', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/`);
    await page.locator('details.kaart-map > summary').click();
    const box = (await page.locator('svg.map').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(448);
    expect(box.height).toBeLessThanOrEqual(600);
    await context.close();
  });

  it('every service page shows its actions at the top as large buttons, in the order call, WhatsApp, e-mail, route, website', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const view of views) {
      await page.goto(`${site}/nl/kaart/${view.entry.id}/`);
      const want = serviceActions(view, content.site);
      expect(want.length, view.entry.id).toBeGreaterThan(0);
      const buttons = page.locator('article > .action-buttons a[data-action]');
      const got = await buttons.evaluateAll((as) =>
        as.map((a) => [a.getAttribute('data-action'), a.getAttribute('href')]),
      );
      expect(got, view.entry.id).toEqual(want.map((a) => [a.kind, a.href]));
      for (const box of await buttons.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height)))
        expect(box).toBeGreaterThanOrEqual(44);
      // At the top: before the facts and the description.
      expect(
        await page.evaluate(() =>
          Boolean(
            document
              .querySelector('article > .action-buttons')!
              .compareDocumentPosition(document.querySelector('article dl.facts')!) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        ),
      ).toBe(true);
      // An example value says so on its button.
      for (const a of want.filter((x) => x.example))
        expect(await page.locator(`article > .action-buttons a[href="${a.href}"]`).innerText()).toContain(
          '(voorbeeld)',
        );
    }
    await context.close();
  });

  it('a volunteer role can be answered: a prefilled e-mail on the service page and on the helpen page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/taalcoach/`);
    const respond = page.locator('.volunteer-respond a[data-action]');
    expect(await respond.getAttribute('href')).toMatch(
      /^mailto:[^?]+\?subject=Ik%20wil%20helpen%20als%20taalcoach%20\(via%20Thuis%20in%20Dalfsen\)$/,
    );
    // It follows the text that asks for help ("Word dan taalcoach").
    expect(
      await page.evaluate(() => {
        const ask = [...document.querySelectorAll('article .prose p')].find((p) =>
          p.textContent!.includes('Word dan taalcoach'),
        )!;
        return Boolean(
          ask.compareDocumentPosition(document.querySelector('.volunteer-respond')!) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }),
    ).toBe(true);
    await page.goto(`${site}/ti/kaart/helpen/`);
    const entries = page.locator('[data-volunteer-entry]');
    const wanted = views.filter((v) => v.entry.data.volunteers?.length);
    expect(await entries.count()).toBe(wanted.length);
    expect(await entries.locator('a[data-action]').count()).toBe(wanted.length);
    for (const href of await entries
      .locator('a[data-action]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      expect(href).toMatch(/^(mailto:.+\?subject=|tel:)/);
    await context.close();
  });

  it('a detail page has tel:, mail and route links, hours in the reader language and a report link', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const withPhone = views.find((v) => v.contact.phone);
    expect(withPhone, 'a service with a phone number').toBeDefined();
    await page.goto(`${site}/en/kaart/${withPhone!.entry.id}/`);
    expect(await page.locator('a[data-action="call"]').getAttribute('href')).toBe(telHref(withPhone!.contact.phone!));

    const withHours = views.find((v) => v.entry.data.hours && v.locations.length);
    expect(withHours, 'a service with hours and a place').toBeDefined();
    await page.goto(`${site}/en/kaart/${withHours!.entry.id}/`);
    expect(await page.locator('a[href^="https://www.openstreetmap.org/directions"]').count()).toBe(
      withHours!.locations.length,
    );
    // Opening hours are in English: weekday names from Intl.
    const hours = await page.locator('.facts dd ul').first().textContent();
    expect(hours).toMatch(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/);
    expect(await page.locator('a[href*="/issues/new?"]').count()).toBe(1);
    // Taken from the 2019 evaluation and not checked since: the page says so instead of a check date.
    expect(await page.locator('[data-unchecked]').textContent()).toMatch(/not checked yet/i);
    expect(await page.locator('footer.meta').textContent()).not.toMatch(/Last checked/i);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Service');
    await context.close();
  });

  it('an entry not checked for over a year is marked on its page', async () => {
    // On the fixture site, whose organisation was last checked more than a year before the build date.
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${fixture}/nl/kaart/organisaties/org/`);
    expect(await page.locator('[data-stale]').count()).toBe(1);
    await page.goto(`${fixture}/nl/kaart/hulp/`);
    expect(await page.locator('[data-stale]').count()).toBe(0);
    await context.close();
  });

  it('an entry nobody has checked says it comes from the 2019 evaluation, not a check date', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/werkfit-en-beweeg/`);
    expect(await page.locator('[data-unchecked]').textContent()).toBe(
      'Uit de evaluatie van 2019, nog niet nagekeken. Vraag het na bij de organisatie.',
    );
    expect(await page.locator('[data-stale]').count()).toBe(0);
    expect(await page.locator('footer.meta').textContent()).not.toContain('Laatst gecontroleerd');
    await context.close();
  });

  it('the contact card on a 360 px phone: stacked, the reader language first with Dutch below, 112, QR code', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site}/ar/kaart/contactkaart/`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('h1').innerText()).toBe(UI_STRINGS.ar['card.title']);
    const dutchTitle = page.locator('h1 + p');
    expect([
      await dutchTitle.getAttribute('lang'),
      await dutchTitle.getAttribute('dir'),
      await dutchTitle.innerText(),
    ]).toEqual(['nl', 'ltr', UI_STRINGS.nl['card.title']]);
    expect(await page.locator('.card-emergency a[href="tel:112"]').count()).toBe(1);
    // Entries are stacked: one column on a phone.
    const xs = await page
      .locator('[data-card-entry]')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().x)));
    expect(new Set(xs).size).toBe(1);
    // The first text of an entry is in the reader language, the Dutch after it.
    const first = page.locator('[data-card-entry]').first().locator('p');
    expect(await first.nth(0).getAttribute('lang')).toBe('ar');
    expect(await first.nth(1).getAttribute('lang')).toBe('nl');
    expect(await page.locator('.card-foot svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.card-foot a').getAttribute('href')).toBe(
      `${content.site.site_url}/ar/kaart/contactkaart/`,
    );
    await context.close();
  });

  for (const lang of ['nl', 'ar', 'ti']) {
    it(`the contact card in ${lang} prints on one A4 page, without the site navigation`, async () => {
      const { context } = await isolatedContext(browser);
      const page = await context.newPage();
      await page.goto(`${site}/${lang}/kaart/contactkaart/`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBe(1);
      await context.close();
    });
  }
});
