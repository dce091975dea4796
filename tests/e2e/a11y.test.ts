/**
 * axe with the WCAG 2.0–2.2 A and AA rules over every page the build wrote, in every language,
 * left-to-right and right-to-left. One violation anywhere fails, with page and rule named.
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, isolatedContext } from './browser.ts';

const site = inject('siteUrl');
const DIST = resolve(import.meta.dirname, '../../dist');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PARALLEL = 3;

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlPages(path);
    if (!e.name.endsWith('.html')) return [];
    return ['/' + relative(DIST, path).replace(/index\.html$/, '')];
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

it('axe reports no WCAG 2.2 AA violation on any built page', async () => {
  const pages = htmlPages(DIST).sort();
  expect(pages.length).toBeGreaterThan(1000);
  const { context, outside } = await isolatedContext(browser);
  const violations: string[] = [];
  let next = 0;
  async function worker() {
    const page = await context.newPage();
    while (next < pages.length) {
      const path = pages[next++];
      await page.goto(site + path);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of result.violations) {
        violations.push(`${path}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    await page.close();
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  await context.close();
  expect(outside).toEqual([]);
  expect(violations.slice(0, 40), `${violations.length} violations`).toEqual([]);
}, 1_800_000);
