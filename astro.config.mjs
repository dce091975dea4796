// @ts-check
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pagefindIntegration } from './src/lib/pagefind.ts';

// The public address comes from the instance's own settings, so another municipality changes
// content/site.yaml only.
const site = parse(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: site.site_url,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No prefetch, no dev toolbar in builds: nothing loads that a reader did not ask for.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [pagefindIntegration()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
