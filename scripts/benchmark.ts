// Build benchmark at scale: copies this instance's settings, then generates synthetic
// organisations, services (with all eight translations) and activities into a temporary content
// root, builds the whole site from it and reports time, pages and memory against a budget.
//   npm run benchmark               # 1000 services, 200 organisations, 150 activities
//   SERVICES=3000 npm run benchmark
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { LOCALES } from '../src/i18n/locales.ts';
import { THEMES, WEEKDAYS } from '../src/schemas/taxonomies.ts';

const SERVICES = Number(process.env.SERVICES ?? 1000);
const ORGS = Math.max(1, Math.round(SERVICES / 5));
const ACTIVITIES = Math.round(SERVICES * 0.15);
/** Budget: milliseconds of build per page, including checking the content and Pagefind. */
const BUDGET_MS_PER_PAGE = 15;

const root = mkdtempSync(join(tmpdir(), 'thuisin-bench-'));
const content = join(root, 'content');
for (const dir of ['reference']) cpSync(join('content', dir), join(content, dir), { recursive: true });
for (const file of ['site.yaml', 'holidays.yaml', 'noodnummers.yaml'])
  cpSync(join('content', file), join(content, file));
cpSync('content/locations', join(content, 'locations'), { recursive: true });
const locations = readdirSync('content/locations').map((f) => f.replace('.yaml', ''));
for (const dir of ['organisations', 'services', 'activities']) mkdirSync(join(content, dir), { recursive: true });

const checked = { date: '2026-11-20', by: 'Benchmark' };
const text = (n: number) =>
  `Dit is voorbeeldtekst nummer ${n}. Hier staat wat de dienst doet en voor wie.\n\n- eerste punt\n- tweede punt`;
for (let o = 0; o < ORGS; o++) {
  writeFileSync(
    join(content, 'organisations', `org-${o}.yaml`),
    stringify({
      name: `Organisatie ${o}`,
      website: `https://org${o}.example.nl`,
      checked,
      source: 'voorbeeld',
      about: `Organisatie nummer ${o}.`,
    }),
  );
}
for (let s = 0; s < SERVICES; s++) {
  const id = `dienst-${s}`;
  writeFileSync(
    join(content, 'services', `${id}.yaml`),
    stringify({
      organisation: `org-${s % ORGS}`,
      locations: [locations[s % locations.length]],
      themes: [THEMES[s % THEMES.length], THEMES[(s + 3) % THEMES.length]],
      languages: ['nl', 'en'],
      free: true,
      hours: ['ma-vr 09:00-12:00'],
      checked,
      source: 'voorbeeld',
      title: `Dienst ${s}`,
      summary: `Korte uitleg over dienst ${s}.`,
      description: text(s),
      keywords: ['hulp', 'vraag'],
    }),
  );
  for (const { code } of LOCALES.slice(1)) {
    mkdirSync(join(content, 'translations', code, 'services'), { recursive: true });
    writeFileSync(
      join(content, 'translations', code, 'services', `${id}.yaml`),
      stringify({ machine: true, title: `Service ${s} (${code})`, summary: `Summary ${s}`, description: text(s) }),
    );
  }
}
for (let a = 0; a < ACTIVITIES; a++) {
  const weekday = WEEKDAYS[a % 5];
  // The first such weekday on or after 2026-09-01 (a Tuesday).
  const from = new Date(Date.UTC(2026, 8, 1 + ((WEEKDAYS.indexOf(weekday) - 1 + 7) % 7))).toISOString().slice(0, 10);
  writeFileSync(
    join(content, 'activities', `activiteit-${a}.yaml`),
    stringify({
      organiser: `org-${a % ORGS}`,
      location: locations[a % locations.length],
      category: 'ontmoeten',
      languages: ['nl'],
      free: true,
      signup: false,
      schedule: {
        repeat: a % 3 ? 'weekly' : 'biweekly',
        weekday,
        time: '10:00-11:30',
        from,
        skip_school_holidays: true,
      },
      checked,
      source: 'voorbeeld',
      title: `Activiteit ${a}`,
      summary: `Korte uitleg over activiteit ${a}.`,
      description: text(a),
    }),
  );
}

const outDir = join(root, 'dist');
console.log(
  `Inhoud: ${ORGS} organisaties, ${SERVICES} diensten (× ${LOCALES.length} talen), ${ACTIVITIES} activiteiten in ${root}`,
);
const started = performance.now();
execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, THUISIN_CONTENT_ROOT: root, THUISIN_TODAY: '2026-11-24' },
});
const seconds = (performance.now() - started) / 1000;
const countPages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) =>
      n +
      (e.isDirectory()
        ? e.name === 'pagefind'
          ? 0
          : countPages(join(dir, e.name))
        : e.name.endsWith('.html')
          ? 1
          : 0),
    0,
  );
const pages = countPages(outDir);
const perPage = (seconds * 1000) / pages;
console.log(
  `Gebouwd: ${pages} pagina's in ${seconds.toFixed(1)} s (${perPage.toFixed(1)} ms per pagina; budget ${BUDGET_MS_PER_PAGE} ms)`,
);
rmSync(root, { recursive: true, force: true });
if (perPage > BUDGET_MS_PER_PAGE) {
  console.error('Budget overschreden: de build is per pagina te traag geworden.');
  process.exit(1);
}
