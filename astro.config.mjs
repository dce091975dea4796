// @ts-check
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIntegration } from './src/lib/pagefind.ts';
import { fontSubsetIntegration } from './src/lib/font-subset.ts';

// The public address comes from the instance's own settings, so another municipality changes
// content/site.yaml only.
const root = process.env.THUISIN_CONTENT_ROOT ?? fileURLToPath(new URL('.', import.meta.url));
const site = parse(readFileSync(join(root, 'content/site.yaml'), 'utf8'));

export default defineConfig({
  site: site.site_url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No prefetch, no dev toolbar in builds: nothing loads that a reader did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  // Fonts are cut before Pagefind reads the pages (it ignores the CSS either way).
  integrations: [fontSubsetIntegration(), pagefindIntegration()],
  vite: {
    // Tailwind CSS 4 through its Vite plugin (no config file: tokens live in src/styles/global.css).
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
  },
});
