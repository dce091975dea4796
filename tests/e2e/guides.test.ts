/**
 * The Wegwijzer in a real browser. On the fixture site (tests/fixtures/site), whose guides are
 * known: a service card shows the phone number from the service's own file, a guide reads in
 * Arabic and in Tigrinya, an untranslated guide falls back to Dutch with the notice. On the real
 * build: every guide card shows its service's own phone, guides are found from the home page,
 * the theme pages, search (type facet) and the language switch, the CSP runs only hashed inline
 * scripts, and axe finds nothing on any guide or glossary page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, isolatedContext } from './browser.ts';
import { loadContent } from '../../src/lib/content.ts';
import { contactOf } from '../../src/lib/kaart.ts';
import { UI_STRINGS } from '../../src/i18n/t.ts';

const site = inject('siteUrl');
const fixture = inject('fixtureUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/site/content');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function open(url: string): Promise<{ page: Page; done: () => Promise<void>; outside: string[] }> {
  const { context, outside } = await isolatedContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  return { page, outside, done: () => context.close() };
}

describe('a guide on the fixture site', () => {
  it("the service card shows the phone number from the service's own file", async () => {
    const own = parse(readFileSync(join(FIXTURE, 'services/hulp.yaml'), 'utf8')).phone;
    const organisation = parse(readFileSync(join(FIXTURE, 'organisations/org.yaml'), 'utf8')).phone;
    expect(own).not.toBe(organisation);
    const { page, done } = await open(`${fixture}/nl/wegwijzer/geld-regelen/`);
    const call = page.locator('[data-dienst="hulp"] a[data-action="call"]');
    await expect(call.locator('[dir="ltr"]').textContent()).resolves.toBe(own);
    await expect(call.getAttribute('href')).resolves.toBe('tel:+31529123456');
    await done();
  });

  it('reads in Arabic: right to left, machine translation said, numbers kept left to right', async () => {
    const { page, done } = await open(`${fixture}/ar/wegwijzer/geld-regelen/`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('h1').textContent()).toBe('ترتيب أموالك');
    expect(await page.locator('[data-notice="machine"]').textContent()).toBe(UI_STRINGS.ar['notice.machine']);
    expect(await page.locator('.guide-body').getAttribute('lang')).toBeNull();
    const tel = page.locator('.guide-body a[href="tel:112"]');
    expect(await tel.getAttribute('dir')).toBe('ltr');
    expect(await page.locator('.guide-letop').getAttribute('aria-label')).toBe(UI_STRINGS.ar['guide.letOp']);
    expect(await page.locator('.guide-steps ol li').count()).toBe(2);
    expect(await page.locator('[data-woord="bsn"]').getAttribute('href')).toBe('/ar/woordenlijst/#bsn');
    // The word list under the guide explains BSN in Arabic, from the glossary translation.
    expect(await page.locator('.guide-words dd').first().getAttribute('lang')).toBe('ar');
    expect(await page.locator('[data-activiteit="koffie"] [data-next]').textContent()).toContain('1');
    await done();
  });

  it('reads in Tigrinya, with its own title and the same service card', async () => {
    const { page, done } = await open(`${fixture}/ti/wegwijzer/geld-regelen/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ti');
    expect(await page.locator('h1').textContent()).toBe('ገንዘብኩም ምስናዕ');
    expect(await page.locator('[data-notice="machine"]').textContent()).toBe(UI_STRINGS.ti['notice.machine']);
    expect(await page.locator('[data-dienst="hulp"] a[data-action="call"] [dir="ltr"]').textContent()).toBe(
      '0529 12 34 56',
    );
    // The explanation of BSN has no Tigrinya translation: Dutch, and marked so.
    expect(await page.locator('.guide-words dd').first().getAttribute('lang')).toBe('nl');
    await done();
  });

  it("an untranslated guide falls back to Dutch with the notice in the reader's language", async () => {
    for (const lang of ['ti', 'ar'] as const) {
      const { page, done } = await open(`${fixture}/${lang}/wegwijzer/zorg-verzekeren/`);
      expect(await page.locator('[data-notice="fallback"]').textContent()).toBe(UI_STRINGS[lang]['notice.fallback']);
      const body = page.locator('.guide-body');
      expect(await body.getAttribute('lang')).toBe('nl');
      expect(await body.getAttribute('dir')).toBe('ltr');
      expect(await body.textContent()).toContain('Iedereen in Nederland heeft een zorgverzekering.');
      expect(await page.locator('h1').getAttribute('lang')).toBe('nl');
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      await done();
    }
  });

  it('the language switch leads to the same guide in every language', async () => {
    const { page, done } = await open(`${fixture}/nl/wegwijzer/geld-regelen/`);
    const hrefs = await page.locator('.lang-switch a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['nl', 'en', 'ar', 'ti', 'fa', 'tr', 'uk', 'so'].map((l) => `/${l}/wegwijzer/geld-regelen/`));
    // The menu is folded away on a phone; following its Arabic link is what a tap does.
    await page.goto(fixture + (await page.locator('.lang-switch a[hreflang="ar"]').getAttribute('href')));
    expect(await page.locator('h1').textContent()).toBe('ترتيب أموالك');
    await done();
  });

  it('the glossary has an anchor per word, the Dutch word marked Dutch', async () => {
    const { page, done } = await open(`${fixture}/ar/woordenlijst/#bsn`);
    expect(await page.locator('#bsn dt').textContent()).toBe('BSN');
    expect(await page.locator('#bsn dt').getAttribute('lang')).toBe('nl');
    expect(await page.locator('#eigen-risico dd').getAttribute('lang')).toBe('nl');
    await done();
  });
});

describe('the guides of this instance', () => {
  const content = loadContent(ROOT);
  const guides = content.guides.map((g) => g.id);

  it("every service card in every Dutch guide shows the phone number from the service's (or its organisation's) own file", async () => {
    expect(guides.length).toBeGreaterThanOrEqual(10);
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    let cards = 0;
    for (const id of guides) {
      await page.goto(`${site}/nl/wegwijzer/${id}/`);
      for (const card of await page.locator('[data-dienst]').all()) {
        const serviceId = (await card.getAttribute('data-dienst'))!;
        const service = content.services.find((s) => s.id === serviceId)!;
        const organisation = content.organisations.find((o) => o.id === service.data.organisation)!;
        const phone = contactOf(service.data, organisation.data).phone;
        const shown = await card.locator('a[data-action="call"] [dir="ltr"]').allTextContents();
        expect(shown, `${id}: ${serviceId}`).toEqual(phone ? [phone] : []);
        cards++;
      }
    }
    expect(cards).toBeGreaterThan(10);
    await context.close();
  });

  it('the home page leads with the Wegwijzer, linking every guide', async () => {
    const { page, done } = await open(`${site}/nl/`);
    const block = page.locator('[data-home-guides]');
    const links = await block.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(guides.map((id) => `/nl/wegwijzer/${id}/`));
    // First entry point: before the life-area tiles and the agenda.
    const first = await page.locator('main h2').first().textContent();
    expect(first).toBe(UI_STRINGS.nl['guide.home.title']);
    await done();
  });

  it('a life-area page of the kaart starts with its guides, then the places', async () => {
    const { page, done } = await open(`${site}/ar/kaart/thema/geld/`);
    const links = await page.locator('[data-guide-links] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const expected = content.guides.filter((g) => g.data.themes.includes('geld')).map((g) => `/ar/wegwijzer/${g.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    expect(links).toEqual(expected);
    const order = await page.evaluate(() => {
      const guides = document.querySelector('[data-guide-links]')!;
      const entry = document.querySelector('[data-entry]')!;
      return guides.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await done();
  });

  it('search has a type facet "Gids" that keeps only guides', async () => {
    const { page, done } = await open(`${site}/nl/zoeken/?q=${encodeURIComponent('DigiD')}`);
    await page.locator('.search-status').filter({ hasText: /\S/ }).waitFor();
    await page.waitForFunction(() => !document.querySelector('.search-status')?.textContent?.includes('…'));
    const all = await page
      .locator('.results a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.locator('details.facets summary').click();
    await page.selectOption('#facet-type', 'Gids');
    await page.locator('form[role="search"] button').click();
    await page.waitForURL(/type=Gids/);
    await page.waitForFunction((n) => document.querySelectorAll('.results a').length !== n, all.length);
    const only = await page
      .locator('.results a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(only.length).toBeGreaterThan(0);
    expect(only.length).toBeLessThan(all.length);
    for (const path of only) expect(path).toMatch(/^\/nl\/wegwijzer\/[a-z0-9-]+\/$/);
    await done();
  });
});

describe("the Content-Security-Policy runs only the site's own inline scripts", () => {
  it("script-src has hashes and no 'unsafe-inline'; the agenda clock runs; an injected inline script does not", async () => {
    const { page, done } = await open(`${site}/nl/agenda/`);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(await page.evaluate(() => document.documentElement.dataset.clock)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await done();
  });
});

describe('every page of the build', () => {
  function htmlFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(path);
      return e.name.endsWith('.html') ? [path] : [];
    });
  }

  it('carries a CSP whose script-src hashes each of its inline scripts, and nothing runs unhashed', () => {
    const files = htmlFiles(join(ROOT, 'dist'));
    expect(files.length).toBeGreaterThan(1000);
    const problems: string[] = [];
    let inline = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
      const page = file.slice(ROOT.length);
      if (!csp) {
        problems.push(`${page}: geen Content-Security-Policy`);
        continue;
      }
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      if (scriptSrc.includes('unsafe-inline')) problems.push(`${page}: 'unsafe-inline' in script-src`);
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/application\/ld\+json/.test(m[1])) continue;
        inline++;
        const hash = `'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`;
        if (!scriptSrc.includes(hash))
          problems.push(
            `${page}: inline script without its hash (put its text in src/lib/inline-scripts.ts): ${m[2].slice(0, 60)}`,
          );
      }
    }
    expect(inline).toBeGreaterThan(0);
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });
});

describe('accessibility', () => {
  function pagesUnder(dist: string, folder: string): string[] {
    return readdirSync(join(ROOT, dist)).flatMap((lang) => {
      try {
        return readdirSync(join(ROOT, dist, lang, folder), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => `/${lang}/${folder}/${e.name}/`)
          .concat([`/${lang}/${folder}/`]);
      } catch {
        return [];
      }
    });
  }

  it('axe finds no WCAG 2.2 AA violation on any guide or glossary page, in any language', async () => {
    const targets = [
      ...pagesUnder('dist', 'wegwijzer').map((p) => site + p),
      ...pagesUnder('dist', 'woordenlijst').map((p) => site + p),
      ...pagesUnder('dist-fixture', 'wegwijzer').map((p) => fixture + p),
    ];
    expect(targets.length).toBeGreaterThan(8 * 11);
    const { context, outside } = await isolatedContext(browser);
    const violations: string[] = [];
    let next = 0;
    // Three pages at a time, as the site-wide a11y test does.
    async function worker() {
      const page = await context.newPage();
      while (next < targets.length) {
        const url = targets[next++];
        await page.goto(url);
        // The site footer is the frame's, the same on every page and checked by a11y.test.ts.
        const result = await new AxeBuilder({ page }).withTags(TAGS).exclude('.site-footer').analyze();
        for (const v of result.violations)
          violations.push(
            `${url}: ${v.id} ${v.nodes
              .slice(0, 2)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
      }
      await page.close();
    }
    await Promise.all([worker(), worker(), worker()]);
    await context.close();
    expect(outside).toEqual([]);
    expect(violations.slice(0, 30), `${violations.length} violations`).toEqual([]);
  }, 900_000);
});
