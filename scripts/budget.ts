// Size budgets over the built site, for people on a small data bundle. Run after `npm run build`.
// Prints the figures and exits with 1 when a budget is exceeded. Budgets are per page as sent
// (gzip), because that is what a phone downloads.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './lib/serve.ts';
import { launch } from './lib/browser.ts';

const DIST = 'dist';
const BUDGET = {
  /** Largest HTML page, gzipped, CSS inlined. */
  htmlGzipKb: 30,
  /** Median HTML page, gzipped. */
  medianHtmlGzipKb: 12,
  /** JavaScript a page loads before any search, gzipped (pages without search load none). */
  pageJsGzipKb: 6,
  /** The web fonts of one script (regular + bold woff2, cut to the letters used); a page fetches only its own script's. */
  fontKb: 45,
  /** A first visit to any page in any language on a phone without Noto fonts: HTML, CSS and JS gzipped, plus fonts. */
  firstVisitKb: 60,
  /** What the first search on a search page transfers, Pagefind's JavaScript and wasm included (Chromium, gzip). */
  firstSearchKb: 100,
  /** What each later search transfers. */
  laterSearchKb: 15,
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const files = walk(DIST);
const html = files.filter((f) => f.endsWith('.html'));
const sizes = html
  .map((f) => ({ file: relative(DIST, f), raw: statSync(f).size, gz: gzipSync(readFileSync(f)).length }))
  .sort((a, b) => a.gz - b.gz);
const median = sizes[Math.floor(sizes.length / 2)];
const largest = sizes.at(-1)!;

// Scripts referenced by pages (module scripts Astro bundles), gzipped, per page.
let worstJs = { file: '', gz: 0 };
let pagesWithJs = 0;
for (const f of html) {
  const text = readFileSync(f, 'utf8');
  const srcs = [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const inline = [...text.matchAll(/<script(?![^>]*(src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[2])
    .join('');
  const gz =
    srcs.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0) +
    (inline ? gzipSync(inline).length : 0);
  if (gz > 0) pagesWithJs++;
  if (gz > worstJs.gz) worstJs = { file: relative(DIST, f), gz };
}
// Browsers take the woff2 and never fetch the woff fallback next to it; count per script.
const fontsByScript = new Map<string, number>();
for (const f of files.filter((f) => f.endsWith('.woff2'))) {
  const script = relative(DIST, f)
    .replace(/^_astro\//, '')
    .replace(/-\d00-normal.*$/, '');
  fontsByScript.set(script, (fontsByScript.get(script) ?? 0) + statSync(f).size);
}
const fonts = Math.max(0, ...fontsByScript.values());
const pagefind = files.filter((f) => f.includes('/pagefind/')).reduce((sum, f) => sum + statSync(f).size, 0);

// What a first visit costs: the page, its stylesheets and scripts (gzipped, as a server sends
// them), and the fonts of the page's script on a phone that does not have them (both weights).
const SCRIPT_OF: Record<string, string> = {
  ar: 'noto-sans-arabic-arabic',
  fa: 'noto-sans-arabic-arabic',
  ti: 'noto-sans-ethiopic-ethiopic',
};
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const assetGz = new Map<string, number>();
const assetSize = (src: string) => {
  if (!assetGz.has(src)) assetGz.set(src, gz(readFileSync(join(DIST, src))));
  return assetGz.get(src)!;
};
let worstVisit = { file: '', bytes: 0 };
const visitByLang = new Map<string, number>();
for (const f of html) {
  const text = readFileSync(f, 'utf8');
  const lang = text.match(/<html[^>]*lang="([^"]+)"/)?.[1] ?? 'nl';
  const links = [...text.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"/g)].map(
    (m) => m[1],
  );
  const bytes =
    gz(text) +
    links.reduce((sum, src) => sum + assetSize(src), 0) +
    (SCRIPT_OF[lang] ? (fontsByScript.get(SCRIPT_OF[lang]) ?? 0) : 0);
  visitByLang.set(lang, Math.max(visitByLang.get(lang) ?? 0, bytes));
  if (bytes > worstVisit.bytes) worstVisit = { file: relative(DIST, f), bytes };
}

// One stylesheet for the whole site, inlined in every page or linked once and cached: what a
// visit of three pages transfers either way (gzipped; a request costs about 300 bytes of headers).
const THREE_PAGES = ['nl/index.html', 'nl/kaart/taalcoach/index.html', 'nl/agenda/index.html'];
let inlined = 0;
let linked = 0;
const css = new Set<string>();
for (const page of THREE_PAGES) {
  const text = readFileSync(join(DIST, page), 'utf8');
  const styles = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const hrefs = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const sheet = styles + hrefs.map((h) => readFileSync(join(DIST, h), 'utf8')).join('');
  const bare = text.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<link[^>]*rel="stylesheet"[^>]*>/g, '');
  inlined += gz(bare.replace('</head>', `<style>${sheet}</style></head>`));
  linked += gz(bare.replace('</head>', '<link rel="stylesheet" href="/_astro/site.css"></head>'));
  // Linked: each stylesheet file once (a shared one and small per-page ones), as Astro splits them.
  for (const h of hrefs.length ? hrefs : [sheet]) css.add(h);
}
for (const h of css) linked += (h.startsWith('/') ? assetSize(h) : gz(h)) + 300;

const kb = (n: number) => (n / 1024).toFixed(1);
console.log(`Pagina's: ${html.length}`);
console.log(
  `HTML (gzip): mediaan ${kb(median.gz)} KB, grootste ${kb(largest.gz)} KB (${largest.file}, ${kb(largest.raw)} KB ongecomprimeerd)`,
);
console.log(
  `JavaScript per pagina (gzip): ${pagesWithJs} pagina's met script, meeste ${kb(worstJs.gz)} KB (${worstJs.file})`,
);
console.log(
  `Lettertypen (woff2 per schrift): ${[...fontsByScript].map(([k, v]) => `${k} ${kb(v)} KB`).join(', ')}; Pagefind-index: ${kb(pagefind)} KB`,
);

console.log(
  `Eerste bezoek (HTML, CSS, JS gzip + lettertypen van het schrift): meeste ${kb(worstVisit.bytes)} KB (${worstVisit.file}); per taal ${[...visitByLang].map(([l, v]) => `${l} ${kb(v)}`).join(', ')} KB`,
);
console.log(
  `CSS voor drie pagina's (${THREE_PAGES.join(', ')}): in elke pagina ${kb(inlined)} KB, één gedeeld bestand ${kb(linked)} KB (${css.size} bestand${css.size === 1 ? '' : 'en'})`,
);

// Search bytes, measured in Chromium on the real build served gzipped as a static host does: the
// first search (pagefind.js, wasm, language meta, index chunks, fragments, the fuzzy words when
// asked for) and each later one. Queries per language: a plain word, then two more.
const SEARCHES: Record<string, string[]> = {
  nl: ['huisarts', 'schulden', 'bibliotheeek'],
  ar: ['الديون', 'طبيب', 'huurtoeslag'],
  ti: ['ዕዳ', 'ሓኪም', 'BSN'],
};
const searchBytes = new Map<string, { first: number; later: number[] }>();
{
  const { server, url } = await serve(DIST, 0, { compress: true });
  const browser = await launch();
  try {
    for (const [lang, queries] of Object.entries(SEARCHES)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let bytes = 0;
      page.on('requestfinished', async (request) => {
        if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      });
      await page.goto(`${url}/${lang}/zoeken/`);
      await page.waitForLoadState('networkidle');
      const before = bytes;
      const results: number[] = [];
      for (const query of queries) {
        const start = bytes;
        await page.fill('input[name=q]', query);
        await page.click('form[role="search"] button');
        await page.waitForFunction(() => {
          const s = document.querySelector('.search-status')?.textContent ?? '';
          return s.trim() && !s.includes('…');
        });
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(200);
        results.push(bytes - start);
      }
      // Facets are read on load (Pagefind's filter index): that belongs to the first search.
      searchBytes.set(lang, { first: before + results[0]!, later: results.slice(1) });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
for (const [lang, { first, later }] of searchBytes) {
  console.log(
    `Zoeken ${lang}: eerste zoekopdracht ${kb(first)} KB, daarna ${later.map(kb).join(' en ')} KB (${SEARCHES[lang]!.join(', ')})`,
  );
}

const failures: string[] = [];
for (const [lang, { first, later }] of searchBytes) {
  if (first / 1024 > BUDGET.firstSearchKb)
    failures.push(`eerste zoekopdracht ${lang} ${kb(first)} KB > ${BUDGET.firstSearchKb} KB`);
  for (const [i, b] of later.entries())
    if (b / 1024 > BUDGET.laterSearchKb)
      failures.push(`zoekopdracht ${lang} "${SEARCHES[lang]![i + 1]}" ${kb(b)} KB > ${BUDGET.laterSearchKb} KB`);
}
if (largest.gz / 1024 > BUDGET.htmlGzipKb)
  failures.push(`grootste HTML ${kb(largest.gz)} KB > ${BUDGET.htmlGzipKb} KB`);
if (median.gz / 1024 > BUDGET.medianHtmlGzipKb)
  failures.push(`mediaan HTML ${kb(median.gz)} KB > ${BUDGET.medianHtmlGzipKb} KB`);
if (worstJs.gz / 1024 > BUDGET.pageJsGzipKb)
  failures.push(`JavaScript ${kb(worstJs.gz)} KB > ${BUDGET.pageJsGzipKb} KB`);
if (fonts / 1024 > BUDGET.fontKb) failures.push(`lettertypen ${kb(fonts)} KB > ${BUDGET.fontKb} KB`);
if (worstVisit.bytes / 1024 > BUDGET.firstVisitKb)
  failures.push(`eerste bezoek ${kb(worstVisit.bytes)} KB > ${BUDGET.firstVisitKb} KB (${worstVisit.file})`);
if (failures.length) {
  console.error(`\nBudget overschreden:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAlle budgetten gehaald.');
