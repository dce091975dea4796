/** The multilingual frame in a real browser: languages, directions, the language switch, fallbacks. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { LOCALES, dirOf } from '../../src/i18n/locales.ts';
import { UI_STRINGS } from '../../src/i18n/t.ts';
import { launch, isolatedContext } from './browser.ts';

const site = inject('siteUrl');
const fixture = inject('fixtureUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('languages and directions', () => {
  it('every language home has its own lang and dir, right-to-left for Arabic and Farsi', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    for (const l of LOCALES) {
      await page.goto(`${site}/${l.code}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(l.code);
      expect(await page.getAttribute('html', 'dir')).toBe(dirOf(l.code));
    }
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('fa')).toBe('rtl');
    await context.close();
  });

  it('the language choice at / works without JavaScript and names each language in its own script', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}/`);
    for (const l of LOCALES) {
      const link = page.locator(`a[hreflang="${l.code}"]`);
      await expect(link.locator('h2').textContent()).resolves.toBe(l.ownName);
    }
    await page.locator('a[hreflang="ti"]').click();
    expect(new URL(page.url()).pathname).toBe('/ti/');
    await context.close();
  });

  it('the language menu opens without JavaScript and leads to the same page in the other language', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixture}/nl/kaart/hulp/`);
    const menu = page.locator('details.lang-switch');
    // Closed, the button names the current language; its links are out of sight until it opens.
    await expect(menu.locator('summary').textContent()).resolves.toContain('Nederlands');
    expect(await menu.locator('a[hreflang="ar"]').isVisible()).toBe(false);
    await menu.locator('summary').click();
    const switcher = menu.locator('nav');
    await expect(switcher.getAttribute('aria-label')).resolves.toBe(UI_STRINGS.nl['nav.language']);
    await expect(switcher.locator('a[aria-current="page"]').getAttribute('lang')).resolves.toBe('nl');
    await switcher.locator('a[hreflang="ar"]').click();
    expect(new URL(page.url()).pathname).toBe('/ar/kaart/hulp/');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // Each label is in its own language and direction, and no flags: the labels are text.
    for (const l of LOCALES) {
      const a = page.locator(`details.lang-switch nav a[hreflang="${l.code}"]`);
      expect(await a.getAttribute('lang')).toBe(l.code);
      expect(await a.getAttribute('dir')).toBe(dirOf(l.code));
      expect((await a.textContent())?.trim()).toBe(l.ownName);
    }
    expect(await page.locator('details.lang-switch img').count()).toBe(0);
    await context.close();
  });

  it('the main menu opens without JavaScript on a phone and marks the section the page is in', async () => {
    const { context } = await isolatedContext(browser, {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(`${site}/nl/kaart/taalcoach/`);
    const menu = page.locator('details.main-menu');
    await menu.locator('summary').click();
    const current = menu.locator('nav a[aria-current="page"]');
    await expect(current.textContent()).resolves.toBe(UI_STRINGS.nl['nav.kaart']);
    await menu.locator(`nav a[href="/nl/agenda/"]`).click();
    expect(new URL(page.url()).pathname).toBe('/nl/agenda/');
    await context.close();
  });

  it('the one-line example notice links to the whole explanation on the about page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/ti/agenda/`);
    const link = page.locator('.banner a');
    await expect(link.textContent()).resolves.toBe(UI_STRINGS.ti['site.exampleMore']);
    await link.click();
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/ti/over/#voorbeeldgegevens');
    await expect(page.locator('#voorbeeldgegevens').textContent()).resolves.toBe(UI_STRINGS.ti['site.exampleData']);
    await context.close();
  });

  it('arrows point the reading direction: mirrored on right-to-left pages, and no typed → anywhere', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const arrow = async (lang: string) => {
      await page.goto(`${site}/${lang}/`);
      expect(await page.locator('main').textContent()).not.toMatch(/[→←]/);
      return page
        .locator(`main a[href="/${lang}/agenda/"] svg`)
        .last()
        .evaluate((svg) => getComputedStyle(svg).scale);
    };
    expect(await arrow('nl')).toBe('none');
    expect(await arrow('ar')).toBe('-1 1');
    await context.close();
  });

  it('every page announces its other languages with hreflang', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/fa/agenda/`);
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
      );
    for (const l of LOCALES) expect(hreflangs).toContainEqual([l.code, `/${l.code}/agenda/`]);
    expect(hreflangs).toContainEqual(['x-default', '/']);
    await context.close();
  });

  it('phone numbers, e-mail addresses and web addresses stay left-to-right on right-to-left pages', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${fixture}/ar/kaart/organisaties/org/`);
    // Links whose visible text is itself a number or an address (not "report by e-mail" in Arabic).
    const found = await page
      .locator('a, span')
      .evaluateAll((as) =>
        as
          .filter((a) =>
            /^(\+?[\d\s()-]{6,}|[^\s@]+@[^\s@]+|[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?)$/i.test(a.textContent!.trim()),
          )
          .map((a) => [a.textContent!.trim(), getComputedStyle(a).direction]),
      );
    expect(found.length).toBeGreaterThanOrEqual(3);
    for (const [text, dir] of found) expect(dir, text).toBe('ltr');
    await context.close();
  });

  it('the 404 page answers unknown addresses in every language', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${site}/nl/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    for (const l of LOCALES) expect(await page.locator(`[lang="${l.code}"] a[href="/${l.code}/"]`).count()).toBe(1);
    await context.close();
  });
});

describe('content that is not translated', () => {
  it('falls back to Dutch with a notice in the reader language, marked lang="nl" dir="ltr"', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${fixture}/ar/kaart/hulp/`);
    const notice = page.locator('[data-notice="fallback"]');
    await expect(notice.textContent()).resolves.toBe(UI_STRINGS.ar['notice.fallback']);
    const title = page.locator('article h1');
    expect(await title.getAttribute('lang')).toBe('nl');
    expect(await title.getAttribute('dir')).toBe('ltr');
    expect(await title.textContent()).toBe('Hulp bij geld');
    await context.close();
  });

  it('a machine translation says it has not been checked, and untranslated fields stay Dutch', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${fixture}/en/kaart/hulp/`);
    await expect(page.locator('[data-notice="machine"]').count()).resolves.toBe(1);
    expect(await page.locator('article h1').textContent()).toBe('Help with money');
    expect(await page.locator('article h1').getAttribute('lang')).toBeNull();
    // The description has no English yet: it is the Dutch text, marked as Dutch.
    const description = page.locator('article .prose[lang="nl"]');
    expect(await description.textContent()).toContain('Wij helpen met rekeningen.');
    await context.close();
  });

  it('a Dutch original shows no translation notice', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${fixture}/nl/kaart/hulp/`);
    expect(await page.locator('[data-notice]').count()).toBe(0);
    await context.close();
  });
});

describe('privacy', () => {
  it('no page asks anything of another host, and no cookie is set', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await context.newPage();
    const paths = [
      '/',
      '/nl/',
      '/ar/',
      '/ti/',
      '/nl/kaart/',
      '/ar/kaart/hulp-bij-schulden/',
      '/nl/agenda/',
      '/fa/agenda/koffie-en-taal-dalfsen/',
      '/nl/praktijken/dalfsen-thuis-in-dalfsen/',
      '/ar/kaart/contactkaart/',
      '/nl/zoeken/?q=taal',
    ];
    for (const path of paths) {
      await page.goto(site + path, { waitUntil: 'networkidle' });
    }
    expect(outside).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('the check itself catches a request to another host', async () => {
    const { context, outside } = await isolatedContext(browser);
    const page = await context.newPage();
    // A data file has no Content-Security-Policy, so the request gets as far as the network.
    await page.goto(`${site}/data/praktijken.json`);
    await page.evaluate(() => fetch('https://example.org/x').catch(() => undefined));
    expect(outside).toEqual(['https://example.org/x']);
    await context.close();
  });
});

describe('fonts for small data bundles', () => {
  // A phone without Noto fonts: Chromium with a fontconfig that knows only DejaVu.
  let bare: Browser;
  beforeAll(async () => {
    bare = await launch({ withoutNoto: true });
  });
  afterAll(() => bare?.close());

  async function fontsFetched(path: string, on = bare): Promise<{ name: string; bytes: number }[]> {
    const { context } = await isolatedContext(on);
    const page = await context.newPage();
    const fonts: { name: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (r) => {
      if (r.resourceType() !== 'font') return;
      const name = new URL(r.url()).pathname.replace(/^\/_astro\//, '').replace(/\..*$/, '');
      pending.push(r.sizes().then((sizes) => void fonts.push({ name, bytes: sizes.responseBodySize })));
    });
    await page.goto(site + path, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    await context.close();
    return fonts.sort((a, b) => a.name.localeCompare(b.name));
  }

  it("a Dutch page fetches no web font, though its language menu names Arabic and Ge'ez script", async () => {
    expect(await fontsFetched('/nl/')).toEqual([]);
  });
  it('an Arabic page fetches only the Arabic font, cut to at most 15 KB a weight', async () => {
    const fonts = await fontsFetched('/ar/kaart/taalcoach/');
    expect(fonts.map((f) => f.name)).toEqual([
      'noto-sans-arabic-arabic-400-normal',
      'noto-sans-arabic-arabic-700-normal',
    ]);
    for (const f of fonts) expect(f.bytes, f.name).toBeGreaterThan(5 * 1024);
    for (const f of fonts) expect(f.bytes, f.name).toBeLessThan(15 * 1024);
  });
  it('a Tigrinya page fetches only the Ethiopic font, cut to at most 25 KB a weight', async () => {
    const fonts = await fontsFetched('/ti/kaart/taalcoach/');
    expect(fonts.map((f) => f.name)).toEqual([
      'noto-sans-ethiopic-ethiopic-400-normal',
      'noto-sans-ethiopic-ethiopic-700-normal',
    ]);
    for (const f of fonts) expect(f.bytes, f.name).toBeGreaterThan(5 * 1024);
    for (const f of fonts) expect(f.bytes, f.name).toBeLessThan(25 * 1024);
  });
  it('a phone that has Noto installed downloads no font at all (local() comes first)', async () => {
    expect(await fontsFetched('/ti/kaart/taalcoach/', browser)).toEqual([]);
    expect(await fontsFetched('/ar/kaart/taalcoach/', browser)).toEqual([]);
  });
});

describe('the browser enforces the privacy promise', () => {
  it('every page carries a Content-Security-Policy that allows only its own origin', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    for (const path of ['/', '/nl/', '/ar/zoeken/', '/nl/bestaat-niet/']) {
      await page.goto(site + path);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp, path).toContain("default-src 'self'");
    }
    await context.close();
  });

  it('an image from another host is refused by the page itself, before the network', async () => {
    const browserOnly = await browser.newContext();
    const page = await browserOnly.newPage();
    const violations: string[] = [];
    page.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await page.goto(`${site}/nl/`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://example.org/pixel.gif';
      img.alt = '';
      document.body.append(img);
    });
    await page.waitForTimeout(200);
    expect(violations.length).toBeGreaterThan(0);
    await browserOnly.close();
  });
});
