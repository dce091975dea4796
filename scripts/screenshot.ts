/**
 * Screenshots of built pages, to look at what a reader sees: `npm run screenshot -- /ar/kaart/ /ti/agenda/`.
 * Writes PNGs to screenshots/ (ignored by git). Serves dist/ itself.
 */
import { mkdirSync } from 'node:fs';
import { serve } from './serve.ts';
import { launch } from './lib/browser.ts';

const paths = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 390);
const { server, url } = await serve('dist');
const browser = await launch();
const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
mkdirSync('screenshots', { recursive: true });
for (const path of paths) {
  const page = await context.newPage();
  if (process.env.PRINT) await page.emulateMedia({ media: 'print' });
  await page.goto(url + path);
  const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}${process.env.PRINT ? '-print' : ''}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
  console.log(file);
  await page.close();
}
await browser.close();
server.close();
