/**
 * Lighthouse (mobile, its default) over the home, a service, the agenda, an activity and a
 * practice page in Dutch, Arabic and Tigrinya, served from dist/ gzipped as a static host would.
 * Prints the four scores per page and what cost points; exits with 1 below 100 for accessibility,
 * best practices and SEO or below 98 for performance. Not part of `npm test` (about a minute a page
 * on a busy machine). Run after `npm run build`; CHROME_PATH defaults to Debian's Chromium.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './lib/serve.ts';
import { CHROMIUM_ARGS } from './lib/browser.ts';

const PAGES = ['', 'kaart/taalcoach/', 'agenda/', 'agenda/koffie-en-taal-dalfsen/', 'praktijken/dalfsen-homestart/'];
const LANGS = ['nl', 'ar', 'ti'];
const TARGET: Record<string, number> = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : LANGS.flatMap((l) => PAGES.map((p) => `/${l}/${p}`));

// DIST=dist-other serves another build (e.g. one made while the e2e tests use dist/).
const { server, url } = await serve(process.env.DIST ?? 'dist', 0, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const failures: string[] = [];
try {
  for (const path of paths) {
    const result = await lighthouse(url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGET),
    });
    const lhr = result!.lhr;
    const scores = Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)] as const);
    console.log(`${path.padEnd(40)} ${scores.map(([id, s]) => `${id} ${s}`).join('  ')}`);
    for (const [id, score] of scores) {
      if (score >= TARGET[id]) continue;
      const lost = lhr.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${ref.id}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ''}`);
      failures.push(`${path} ${id} ${score} < ${TARGET[id]}: ${lost.join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  server.close();
}
if (failures.length) {
  console.error(`\nOnder de doelen:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAlle doelen gehaald.');
