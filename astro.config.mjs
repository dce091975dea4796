// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { markupFilter } from './src/lib/markup-filter.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES, INLINE_SCRIPT_HASHES } from './src/lib/csp.ts';
import { fontSubsetIntegration } from './src/lib/font-subset.ts';
import { ContentError, loadSiteSettings } from './src/lib/content.ts';

// The public address comes from the instance's own settings, so another municipality changes
// content/site.yaml only.
const root = process.env.THUISIN_CONTENT_ROOT ?? fileURLToPath(new URL('.', import.meta.url));
// Read through the same schema as every page, so a broken site.yaml stops here with the Dutch
// message that names the field, not with a stack trace or a site built for "undefined".
let site;
try {
  site = loadSiteSettings(root);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}

export default defineConfig({
  site: site.site_url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No prefetch, no dev toolbar in builds: nothing loads that a reader did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  // Astro writes the Content-Security-Policy <meta> with a hash for each script it emits (see src/lib/csp.ts).
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: CSP_SCRIPT_RESOURCES, hashes: INLINE_SCRIPT_HASHES },
      styleDirective: { resources: CSP_STYLE_RESOURCES },
    },
  },
  // One engine for .md and .mdx (MDX extends this config): the filter drops whatever
  // `npm run check:content` refuses, should a file ever get past the check.
  // Content never holds code, so no syntax highlighting: Shiki's inline styles would also clash with the CSP.
  markdown: { processor: satteri({ mdastPlugins: [markupFilter] }), syntaxHighlight: false },
  // Fonts are cut before Pagefind reads the pages (it ignores the CSS either way).
  integrations: [mdx(), fontSubsetIntegration(), pagefindIntegration()],
  vite: {
    // Tailwind CSS 4 through its Vite plugin (no config file: tokens live in src/styles/global.css).
    plugins: [tailwindcss()],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // @astrojs/mdx marks every compiled .mdx with this directive; the bundler warns once per
        // file, which at thousands of guides is megabytes of log hiding real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
