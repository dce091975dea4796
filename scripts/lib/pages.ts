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

/**
 * One page of each type, as a path after /<lang>/: what `npm run screenshot` photographs and the
 * first-screen test measures, so the two always look at the same pages.
 */
export const PAGE_TYPES: Record<string, string> = {
  home: '',
  theme: 'kaart/thema/geld/',
  service: 'kaart/taalcoach/',
  organisation: 'kaart/organisaties/taalpunt/',
  helpen: 'kaart/helpen/',
  agenda: 'agenda/',
  activity: 'agenda/koffie-en-taal-dalfsen/',
  library: 'praktijken/',
  practice: 'praktijken/dalfsen-homestart/',
  figures: 'praktijken/cijfers/',
  resources: 'praktijken/hulpmiddelen/',
  'contact-card': 'kaart/contactkaart/',
  search: 'zoeken/?q=taal',
  guide: 'wegwijzer/de-eerste-weken/',
};
