/**
 * Screenshots of built pages, to look at what a reader sees. Writes PNGs to screenshots/
 * (ignored by git) and serves dist/ itself.
 *
 *   npm run screenshot                      every page type in nl, ar, ti at 360 px and nl at 1280 px
 *   npm run screenshot -- /ar/kaart/ /ti/agenda/   just these pages (WIDTH=390, PRINT=1, FULL=0)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './lib/serve.ts';
import { launch } from './lib/browser.ts';
import { PAGE_TYPES } from './lib/pages.ts';

const fileName = (path: string, suffix: string) =>
  `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}${suffix}.png`;

const args = process.argv.slice(2);
const shots: { path: string; width: number; file: string }[] = [];
if (args.length) {
  const width = Number(process.env.WIDTH ?? 390);
  for (const path of args) shots.push({ path, width, file: fileName(path, process.env.PRINT ? '-print' : '') });
} else {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    if (!existsSync(join('dist', 'nl', path.replace(/\?.*$/, ''), 'index.html'))) {
      console.log(`(${type}: /nl/${path} is niet gebouwd)`);
      continue;
    }
    for (const lang of ['nl', 'ar', 'ti'])
      shots.push({ path: `/${lang}/${path}`, width: 360, file: `screenshots/${type}-${lang}-360.png` });
    shots.push({ path: `/nl/${path}`, width: 1280, file: `screenshots/${type}-nl-1280.png` });
  }
}

const { server, url } = await serve('dist');
const browser = await launch();
mkdirSync('screenshots', { recursive: true });
for (const width of new Set(shots.map((s) => s.width))) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  if (process.env.PRINT) await page.emulateMedia({ media: 'print' });
  for (const shot of shots.filter((s) => s.width === width)) {
    await page.goto(url + shot.path, { waitUntil: 'networkidle' });
    await page.screenshot({ path: shot.file, fullPage: process.env.FULL !== '0' });
    console.log(shot.file);
  }
  await context.close();
}
await browser.close();
server.close();
