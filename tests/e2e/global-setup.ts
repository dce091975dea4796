/**
 * Serves the production build (dist/, made by `npm run build` just before) and a small fixture
 * build (dist-fixture/, made here from tests/fixtures/site) on 127.0.0.1, for every e2e file.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'nl/index.html'))) {
    throw new Error('dist/ ontbreekt: de browsertests draaien op de productiebuild. Gebruik "npm test" (bouwt eerst) of "npm run build".');
  }
  // The fixture site has one record partly translated and one not at all: the fallback cases.
  execSync('npx astro build --outDir dist-fixture', {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, THUISIN_CONTENT_ROOT: join(ROOT, 'tests/fixtures/site') },
  });
  const site = await serve(dist);
  const fixture = await serve(join(ROOT, 'dist-fixture'));
  project.provide('siteUrl', site.url);
  project.provide('fixtureUrl', fixture.url);
  return async () => {
    site.server.close();
    fixture.server.close();
  };
}
