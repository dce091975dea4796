/**
 * The content as pages use it: loaded and checked once per build process (every page of a build
 * shares it), with the look-ups pages need. Astro prerenders all pages in one process, so the
 * thousands-of-entries case still reads each file once.
 */
import { loadContent, type Content } from './content.ts';
import { TIME_ZONE } from './dates.ts';

let cached: Content | undefined;

/**
 * Where content/ is: the project root (Astro runs from it), or THUISIN_CONTENT_ROOT, which the
 * e2e tests point at a small fixture site to check fallbacks on known data.
 */
export function contentRoot(): string {
  return process.env.THUISIN_CONTENT_ROOT ?? process.cwd();
}

export function getContent(): Content {
  cached ??= loadContent(contentRoot(), { today: buildDate() });
  return cached;
}

/** "Today" for the build, in Europe/Amsterdam. THUISIN_TODAY fixes it for tests and reproducible builds. */
export function buildDate(): string {
  const fixed = process.env.THUISIN_TODAY;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`THUISIN_TODAY moet JJJJ-MM-DD zijn, niet "${fixed}"`);
    return fixed;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}
