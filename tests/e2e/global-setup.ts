/**
 * Serves the production build (dist/, made by `npm run build:test` just before) and a small
 * fixture build (dist-fixture/, made here from tests/fixtures/site) on 127.0.0.1, for every e2e
 * file. The date the build was made for is set in one place, `build:test` in package.json
 * (THUISIN_TODAY); it is read back from the build and given to the tests as `buildDate`, and the
 * fixture site is built for the same day.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/lib/serve.ts';

const ROOT = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    fixtureUrl: string;
    /** The day the build was made for (THUISIN_TODAY of `npm run build:test`), YYYY-MM-DD. */
    buildDate: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, 'nl/index.html'))) {
    throw new Error(
      'dist/ ontbreekt: de browsertests draaien op de productiebuild. Gebruik "npm test" (bouwt eerst) of "npm run build".',
    );
  }
  // The open data says which day the build was made for (src/pages/data/praktijken.json.ts).
  const buildDate = String(JSON.parse(readFileSync(join(dist, 'data/praktijken.json'), 'utf8')).generated);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate))
    throw new Error(`dist/data/praktijken.json noemt geen builddatum ("${buildDate}")`);
  // The fixture site has one record partly translated and one not at all: the fallback cases.
  execSync('npx astro build --outDir dist-fixture', {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, THUISIN_CONTENT_ROOT: join(ROOT, 'tests/fixtures/site'), THUISIN_TODAY: buildDate },
  });
  const site = await serve(dist);
  const fixture = await serve(join(ROOT, 'dist-fixture'));
  project.provide('siteUrl', site.url);
  project.provide('fixtureUrl', fixture.url);
  project.provide('buildDate', buildDate);
  return async () => {
    site.server.close();
    fixture.server.close();
  };
}
