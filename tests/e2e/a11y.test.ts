/**
 * axe with the WCAG 2.0–2.2 A and AA rules over every page the build wrote, in every language,
 * left-to-right and right-to-left. The pages are shared out over two browsers with two tabs each,
 * so both cores work (each tab is a renderer process, each browser has its own process for the
 * test's commands); the result is reported per page type, each violation with its page, rule and
 * elements.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { builtPages, pageTypes } from './pages.ts';

const site = inject('siteUrl');
const DIST = resolve(import.meta.dirname, '../../dist');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Two browsers, one per core, with two tabs each: one tab works while the other waits for the server. */
const BROWSERS = 2;
const TABS = 2;

const pages = builtPages(DIST);
const types = pageTypes(pages);
const violations = new Map<string, string[]>();
const checked = new Set<string>();
/** Requests to any host but this machine: the site may make none (no fonts, maps or analytics from elsewhere). */
const outside: string[] = [];

let browsers: Browser[] = [];
let next = 0;

/** One browser's share: its tabs take the next unchecked page until none is left. */
async function checkPages(browser: Browser) {
  // Requests are watched, not intercepted: routing every request through the test would cost a
  // round trip each and keep a core busy with bookkeeping.
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:' && url.protocol !== 'blob:')
      outside.push(request.url());
  });
  async function tab() {
    const page = await context.newPage();
    while (next < pages.length) {
      const path = pages[next++];
      await page.goto(site + path);
      const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      checked.add(path);
      const found = result.violations.map(
        (v) =>
          `${path}: ${v.id} (${v.impact}) ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      );
      if (found.length) violations.set(path, found);
    }
    await page.close();
  }
  await Promise.all(Array.from({ length: TABS }, tab));
  await context.close();
}

beforeAll(async () => {
  browsers = await Promise.all(Array.from({ length: BROWSERS }, () => launch()));
  await Promise.all(browsers.map(checkPages));
}, 1_800_000);
afterAll(() => Promise.all(browsers.map((b) => b.close())));

describe('axe reports no WCAG 2.2 AA violation', () => {
  it('every built page was checked, and none asked anything of another host', () => {
    expect(pages.length).toBeGreaterThan(1000);
    expect(pages.filter((p) => !checked.has(p))).toEqual([]);
    expect(outside).toEqual([]);
  });

  it.each([...types])('on any page of type %s', (_type, list) => {
    const found = list.flatMap((p) => violations.get(p) ?? []);
    expect(found.slice(0, 40), `${found.length} violations`).toEqual([]);
  });
});
