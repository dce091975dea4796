/**
 * Nothing overflows at 320 px: every built page, in every language, is visited on a 320 px wide
 * screen. A page fails when it scrolls sideways, when an element reaches past the edge of the
 * screen (in right-to-left pages that part cannot even be scrolled to), or when a text container
 * cuts off its own content (overflow hidden or clip, text-overflow ellipsis).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, isolatedContext } from './browser.ts';
import { builtPages } from '../../scripts/lib/pages.ts';

const site = inject('siteUrl');
const DIST = resolve(import.meta.dirname, '../../dist');
const WIDTH = 320;
const PARALLEL = 2;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/**
 * Runs in the page: what sticks out of the screen or is cut off, each as "element: problem".
 * An element inside a container that scrolls on its own (overflow auto/scroll, e.g. a wide table)
 * is the container's business: the container itself must fit.
 */
function findOverflow(): string[] {
  const vw = document.documentElement.clientWidth;
  const found: string[] = [];
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const cls =
      typeof el.className === 'string' && el.className
        ? '.' + el.className.trim().split(/\s+/).slice(0, 2).join('.')
        : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };
  if (document.documentElement.scrollWidth > vw + 1)
    found.push(`de pagina scrolt opzij (${document.documentElement.scrollWidth} px breed)`);
  const inScroller = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll') return true;
    }
    return false;
  };
  const reported: Element[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    // One report for the element where a problem starts, not one for each element inside it.
    if (reported.some((r) => r.contains(el))) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const rect = el.getBoundingClientRect();
    // Visually hidden text (1×1 px, clipped) is for screen readers and fits by design.
    if (rect.width <= 1 || rect.height <= 1) continue;
    if ((rect.right > vw + 1 || rect.left < -1) && !inScroller(el)) {
      found.push(`${describe(el)} steekt buiten het scherm (${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
      reported.push(el);
      continue;
    }
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (clips && el.textContent?.trim() && el.scrollWidth > el.clientWidth + 1) {
      found.push(`${describe(el)} snijdt tekst af (${el.scrollWidth} px in ${el.clientWidth} px)`);
      reported.push(el);
    }
  }
  return found;
}

async function check(page: Page, path: string): Promise<string[]> {
  await page.goto(site + path);
  // The first few per page are enough to find the cause.
  return (await page.evaluate(findOverflow)).slice(0, 3).map((problem) => `${path}: ${problem}`);
}

describe('nothing overflows at 320 px', () => {
  it('the check finds an element wider than the screen and text that is cut off', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: WIDTH, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site}/nl/`);
    await page.evaluate(() => {
      const wide = document.createElement('p');
      wide.id = 'te-breed';
      wide.style.inlineSize = '400px';
      wide.textContent = 'Toegankelijkheidsverklaring';
      const cut = document.createElement('p');
      cut.id = 'afgesneden';
      cut.style.cssText = 'inline-size: 100px; overflow: hidden; white-space: nowrap';
      cut.textContent = 'Vrijwilligerswerk Vrijwilligerswerk';
      document.querySelector('main')!.append(wide, cut);
    });
    const problems = await page.evaluate(findOverflow);
    expect(problems).toContain('de pagina scrolt opzij (400 px breed)');
    expect(
      problems.some((p) => p.startsWith('<p#te-breed> "Toegankelijkheidsverklaring" steekt buiten het scherm')),
    ).toBe(true);
    expect(
      problems.some((p) =>
        /^<p#afgesneden> "Vrijwilligerswerk Vrijwilligerswerk" snijdt tekst af \(\d+ px in 100 px\)$/.test(p),
      ),
    ).toBe(true);
    await context.close();
  });

  it('no built page scrolls sideways or cuts off text, in any language', async () => {
    const pages = builtPages(DIST);
    expect(pages.length).toBeGreaterThan(1000);
    const { context } = await isolatedContext(browser, { viewport: { width: WIDTH, height: 640 } });
    const problems: string[] = [];
    let next = 0;
    async function worker() {
      const page = await context.newPage();
      while (next < pages.length) problems.push(...(await check(page, pages[next++])));
      await page.close();
    }
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await context.close();
    const pagesWithProblems = new Set(problems.map((p) => p.split(':')[0])).size;
    expect(problems.slice(0, 60), `${pagesWithProblems} van ${pages.length} pagina's`).toEqual([]);
  }, 900_000);
});
