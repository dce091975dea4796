import { serve } from '/work/wt/w2-search/scripts/serve.ts';
import { launch } from '/work/wt/w2-search/scripts/lib/browser.ts';
const { server, url } = await serve('dist', 0, { compress: true });
const browser = await launch();
const page = await (await browser.newContext()).newPage();
page.on('console', (m) => console.log('console:', m.text()));
for (const [lang, q] of process.argv.slice(2).map((a) => a.split(':'))) {
  await page.goto(`${url}/${lang}/zoeken/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => { const s = document.querySelector('.search-status')?.textContent ?? ''; return s.trim() && !s.includes('…'); }, null, { timeout: 20000 }).catch(() => console.log('timeout'));
  const out = await page.evaluate(() => ({ status: document.querySelector('.search-status')?.textContent, hint: (document.querySelector('.did-you-mean') as HTMLElement)?.hidden ? '' : document.querySelector('.did-you-mean')?.textContent, items: [...document.querySelectorAll('.results > li, .practices > li')].slice(0, 6).map((li) => li.querySelector('a')?.getAttribute('href') + ' | ' + li.textContent?.replace(/\s+/g, ' ').slice(0, 140)) }));
  console.log(lang, q, JSON.stringify(out, null, 1));
}
await browser.close(); server.close();
