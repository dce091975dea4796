/**
 * The first screen: on a 360×740 phone the page's own <h1> starts in the top third of the screen,
 * on every page type, in Dutch, Arabic (right-to-left) and Tigrinya (Ge'ez script, tall lines).
 * Header, language menu, example notice and breadcrumb together must leave room for it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, isolatedContext } from './browser.ts';
import { PAGE_TYPES } from '../../scripts/lib/pages.ts';

const site = inject('siteUrl');
const VIEWPORT = { width: 360, height: 740 };
const LANGS = ['nl', 'ar', 'ti'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the first screen at 360×740', () => {
  for (const lang of LANGS) {
    it(`in ${lang}, the <h1> of every page type starts in the top third of the screen`, async () => {
      const { context } = await isolatedContext(browser, { viewport: VIEWPORT });
      const page = await context.newPage();
      const late: string[] = [];
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        const response = await page.goto(`${site}/${lang}/${path}`);
        expect(response?.status(), `${type}: /${lang}/${path}`).toBe(200);
        const h1 = page.locator('h1');
        expect(await h1.count(), `${type}: één <h1>`).toBe(1);
        const top = await h1.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
        if (top > VIEWPORT.height / 3)
          late.push(
            `${type} (/${lang}/${path}): <h1> begint op ${Math.round(top)} px, verwacht ≤ ${Math.round(VIEWPORT.height / 3)} px`,
          );
      }
      await context.close();
      expect(late).toEqual([]);
    });
  }

  it('the header is one row with the site name, the menu and the language menu', async () => {
    const { context } = await isolatedContext(browser, { viewport: VIEWPORT });
    const page = await context.newPage();
    for (const lang of LANGS) {
      await page.goto(`${site}/${lang}/kaart/`);
      const tops = await page
        .locator('header > div > :is(a, details)')
        .evaluateAll((els) =>
          els
            .filter((el) => getComputedStyle(el).display !== 'none')
            .map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)),
        );
      expect(tops.length, lang).toBe(3);
      expect(new Set(tops).size, `${lang}: ${tops.join(', ')}`).toBe(1);
      // The example-data notice is one line: no taller than one line of its text plus padding.
      const notice = await page.locator('[role="note"].banner p').evaluate((p) => ({
        height: p.getBoundingClientRect().height,
        line: parseFloat(getComputedStyle(p).lineHeight),
        padding: parseFloat(getComputedStyle(p).paddingBlockStart) * 2,
      }));
      expect(notice.height, lang).toBeLessThan(notice.line * 1.5 + notice.padding);
    }
    await context.close();
  });
});
