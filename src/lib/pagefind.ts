/**
 * Builds the Pagefind index after Astro has written the site, in about 40 lines as Starlight does.
 * Pagefind makes one index per `<html lang>`, so a search on an Arabic page only finds Arabic
 * pages. Runs inside `astro build`, so `npm run build` always ships a search that matches the pages.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'thuisin:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pagefind = await import('pagefind');
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join(', ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join(', ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join(', ')}`);
        await pagefind.close();
        logger.info(`${added.page_count} pagina's geïndexeerd in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
