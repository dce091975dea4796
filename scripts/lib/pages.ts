/**
 * The pages a build wrote, as the paths a browser asks for ("/nl/kaart/", "/404.html"), for
 * checks that visit every page. Pagefind's own folder is not a page.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page under `dist`, as a URL path, sorted. */
export function builtPages(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'pagefind' ? [] : walk(path);
      return e.name.endsWith('.html') ? ['/' + relative(dist, path).replace(/index\.html$/, '')] : [];
    });
  return walk(dist).sort();
}
