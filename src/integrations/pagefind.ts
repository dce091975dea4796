/**
 * Builds the Pagefind index after Astro has written the site (as Starlight does), and prepares
 * each page on the way in, so search forgives and speaks the reader's words:
 *
 * - every indexed page gets a `type` filter (service, activity, guide, …, in the page's language)
 *   and meta for the result list: its kind, and what the reader can act on (phone, next date);
 * - notices, action buttons and label/value lists are kept out of the index and the excerpts;
 * - hidden search terms at the end of the page: the synonyms of content/search/synonyms.yaml,
 *   the script-normalised spelling of its words (src/lib/search-normalize.ts, the same function
 *   the browser uses on the query), and on a translation the Dutch words from letters and
 *   offices of the Dutch page ("huurtoeslag", "BSN"), so they find the reader's own page;
 * - a small vocabulary per language for the forgiving matcher (src/lib/fuzzy.ts), written to
 *   /pagefind/fuzzy-<lang>.json.
 *
 * Pagefind makes one index per `<html lang>`, so a search on an Arabic page finds Arabic pages.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildVocabulary } from '../lib/fuzzy.ts';
import { prepareForIndex, pageKind, type PreparedPage } from '../lib/search-index.ts';
import { parseSynonyms, SYNONYMS_FILE } from '../lib/synonyms.ts';
import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'thuisin:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const root = process.env.THUISIN_CONTENT_ROOT ?? process.cwd();
        const site = fileURLToPath(dir);
        const started = performance.now();
        // An instance without a synonym list or glossary still gets a search.
        const synonymsPath = join(root, SYNONYMS_FILE);
        const { list: synonyms, problems } = existsSync(synonymsPath)
          ? parseSynonyms(readFileSync(synonymsPath, 'utf8'))
          : { list: {}, problems: [] };
        if (problems.length)
          throw new Error(`${SYNONYMS_FILE}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
        const glossaryDir = join(root, 'content/glossary');
        const glossary = (existsSync(glossaryDir) ? readdirSync(glossaryDir) : [])
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => String((parse(readFileSync(join(glossaryDir, f), 'utf8')) as { term: string }).term));
        const typeLabels = Object.fromEntries(
          LOCALE_CODES.map((lang) => {
            const ui = JSON.parse(readFileSync(new URL(`../i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<
              string,
              string
            >;
            return [lang, ui];
          }),
        ) as Record<LocaleCode, Record<string, string>>;

        // Dutch first: a translation borrows the Dutch page's words.
        const files = walk(site)
          .map((file) => ({ file, url: `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '') }))
          .sort((a, b) => Number(!a.url.startsWith('/nl/')) - Number(!b.url.startsWith('/nl/')));
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join(', ')}`);
        const dutch = new Map<string, PreparedPage>();
        const vocab = new Map<string, Set<string>>();
        let count = 0;
        for (const { file, url } of files) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const lang = (html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? 'nl') as LocaleCode;
          const kind = pageKind(url);
          const ui = typeLabels[lang] ?? typeLabels.nl;
          const prepared = prepareForIndex(html, {
            lang,
            kind,
            typeLabel: ui[`search.type.${kind}`] ?? kind,
            synonyms: synonyms[lang] ?? [],
            dutch: lang === 'nl' ? undefined : dutch.get(url.replace(/^\/[a-z]{2}\//, '/')),
          });
          if (lang === 'nl') dutch.set(url.replace(/^\/nl\//, '/'), prepared);
          const words = vocab.get(lang) ?? new Set<string>();
          for (const w of prepared.vocabulary) words.add(w);
          vocab.set(lang, words);
          const added = await index.addHTMLFile({ url, content: prepared.html });
          if (added.errors.length) throw new Error(`Pagefind (${url}): ${added.errors.join(', ')}`);
          count++;
        }
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        await pagefind.close();
        // The forgiving matcher's words: this language's titles, keywords and synonyms, the
        // glossary's Dutch terms and the Dutch titles (people type the word from the letter).
        const dutchWords = vocab.get('nl') ?? new Set<string>();
        for (const lang of LOCALE_CODES) {
          const terms = [...(vocab.get(lang) ?? []), ...glossary, ...(lang === 'nl' ? [] : dutchWords)];
          for (const g of synonyms[lang] ?? []) terms.push(g.term, ...g.words);
          writeFileSync(join(site, 'pagefind', `fuzzy-${lang}.json`), JSON.stringify(buildVocabulary(terms, lang)));
        }
        logger.info(`${count} pagina's geïndexeerd in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
