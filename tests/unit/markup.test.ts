/**
 * Content can never carry code: one fixture per rule in tests/fixtures/markup/, each refused by
 * `npm run check:content` with its exact Dutch message and line; harmless Markdown passes and
 * renders as a link and <strong>; and the renderer's own filter (the second layer) drops what
 * the check refuses, for a file that reaches the build without the check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { checkAllMarkup, checkMarkup, knownIds } from '../../src/lib/markup.ts';
import { markupFilter } from '../../src/lib/markup-filter.ts';
import { FIXTURE, ROOT, fixtureCopy } from './helpers.ts';

const DIR = join(ROOT, 'tests/fixtures/markup');
const known = knownIds(FIXTURE);
const source = (name: string) => readFileSync(join(DIR, name), 'utf8');
const check = (name: string) =>
  checkMarkup(name, source(name), known).map((p) => ({ line: p.line, message: p.message }));

const MARKDOWN = 'schrijf Markdown: **vet**, [linktekst](https://…), kopjes met ## en lijstjes met "- "';
const LINKS = 'Toegestaan: https://…, mailto:…, tel:… of een pad op deze site zoals /nl/kaart/';
const ESM =
  '"import" en "export" zijn niet toegestaan: een gids gebruikt alleen Dienst, Activiteit, LetOp, Stappen, Woord en Telefoon, en die zijn er altijd. Haal de regel weg';

/** file, line, exact message: one row per rule of issue 12, item 5. */
const REFUSED: [string, number, string][] = [
  ['esm.mdx', 3, ESM],
  ['export.mdx', 3, ESM],
  [
    'expression.mdx',
    3,
    '{…} is code en niet toegestaan; schrijf gewone tekst. Wilt u het teken { zelf, schrijf dan \\{',
  ],
  [
    'unknown-component.mdx',
    3,
    'het onderdeel <Kaart> bestaat niet; gebruik een van Dienst, Activiteit, LetOp, Stappen, Woord of Telefoon (zie CONTRIBUTING.md)',
  ],
  [
    'bad-attribute.mdx',
    3,
    'het attribuut id van <Dienst> moet gewone tekst tussen aanhalingstekens zijn, zoals id="…"; {…} is code. Bijvoorbeeld <Dienst id="hulp-bij-schulden" />',
  ],
  [
    'unknown-attribute.mdx',
    3,
    '<Dienst> kent het attribuut "kleur" niet; toegestaan: id. Bijvoorbeeld <Dienst id="hulp-bij-schulden" />',
  ],
  ['missing-attribute.mdx', 3, '<Dienst> mist id="…"; bijvoorbeeld <Dienst id="hulp-bij-schulden" />'],
  [
    'unknown-service.mdx',
    5,
    '<Dienst id="bestaat-niet">: "bestaat-niet" bestaat niet in content/services; gebruik de bestandsnaam zonder extensie (bijvoorbeeld hulp)',
  ],
  [
    'unknown-activity.mdx',
    3,
    '<Activiteit id="bestaat-niet">: "bestaat-niet" bestaat niet in content/activities; gebruik de bestandsnaam zonder extensie (bijvoorbeeld koffie)',
  ],
  [
    'unknown-word.mdx',
    3,
    '<Woord id="bestaat-niet">: "bestaat-niet" bestaat niet in content/glossary; gebruik de bestandsnaam zonder extensie (bijvoorbeeld bsn, eigen-risico)',
  ],
  [
    'bad-phone.mdx',
    3,
    '<Telefoon nummer="06 12 34 56 78">: verwacht een algemeen telefoonnummer, zoals 112, 0900 8844 of 0529 43 83 83 (geen persoonlijk 06-nummer)',
  ],
  [
    'steps-without-list.mdx',
    3,
    '<Stappen> hoort precies één genummerde lijst te bevatten, met witregels eromheen: <Stappen>, witregel, 1. … 2. …, witregel, </Stappen>',
  ],
  [
    'unclosed.mdx',
    3,
    '<LetOp> wordt niet gesloten: schrijf </LetOp> na de tekst, of eindig met /> zoals <Dienst id="…" />',
  ],
  ['script.md', 3, 'HTML (<script>) is niet toegestaan: content is tekst, nooit code. Haal het script weg'],
  ['script.mdx', 3, 'HTML (<script>) is niet toegestaan: content is tekst, nooit code. Haal het script weg'],
  [
    'style.md',
    3,
    'HTML (<style>) is niet toegestaan: de opmaak komt van de site zelf; gebruik **vet** of een kopje (##) als iets moet opvallen',
  ],
  [
    'iframe.md',
    3,
    'HTML (<iframe>) is niet toegestaan: de site laadt niets van andere sites; zet er een link naar: [beschrijving](https://…)',
  ],
  [
    'img.md',
    3,
    'HTML (<img>) is niet toegestaan: schrijf een afbeelding als ![beschrijving](/afbeeldingen/naam.jpg), met het bestand op deze site',
  ],
  [
    'event-handler.md',
    3,
    `HTML met een gebeurtenis-attribuut (onclick=) is niet toegestaan: dat voert code uit in de browser van de lezer. Haal het weg en ${MARKDOWN}`,
  ],
  [
    'event-handler.mdx',
    3,
    `HTML met een gebeurtenis-attribuut (onError=) is niet toegestaan: dat voert code uit in de browser van de lezer. Haal het weg en ${MARKDOWN}`,
  ],
  ['unknown-element.md', 3, `HTML (<marquee>) is niet toegestaan: ${MARKDOWN}`],
  ['comment.md', 3, 'HTML-commentaar (<!-- … -->) is niet toegestaan; haal het weg'],
  [
    'link-javascript.md',
    3,
    `de link "javascript:alert(1)" begint met javascript: en dat kan code of verborgen inhoud bevatten. ${LINKS}`,
  ],
  [
    'link-data.md',
    3,
    `de link "data:text/html,hallo" begint met data: en dat kan code of verborgen inhoud bevatten. ${LINKS}`,
  ],
  ['link-http.md', 3, `de link "http://www.example.nl" is onbeveiligd (http:); schrijf https://. ${LINKS}`],
  ['link-relative.mdx', 3, `de link "../kaart/" is geen volledig adres. ${LINKS}`],
  [
    'link-reference.md',
    5,
    `de link "javascript:alert(1)" begint met javascript: en dat kan code of verborgen inhoud bevatten. ${LINKS}`,
  ],
  [
    'image-other-host.md',
    3,
    'de afbeelding "https://example.org/foto.jpg" komt niet van deze site; een andere site zou elke lezer kunnen volgen. Zet het bestand op deze site en schrijf ![beschrijving](/afbeeldingen/naam.jpg)',
  ],
];

describe('the content check refuses code, naming file, line and what to write instead', () => {
  it.each(REFUSED)('%s is refused on line %i', (name, line, message) => {
    expect(check(name)).toEqual([{ line, message }]);
  });

  it('a spread attribute is refused (and the id it hid is missing)', () => {
    expect(check('spread-attribute.mdx')).toEqual([
      {
        line: 3,
        message:
          '{…} in <Dienst> is code en niet toegestaan; schrijf elk attribuut als naam="waarde", bijvoorbeeld <Dienst id="hulp-bij-schulden" />',
      },
      { line: 3, message: '<Dienst> mist id="…"; bijvoorbeeld <Dienst id="hulp-bij-schulden" />' },
    ]);
  });

  it('every fixture but the harmless ones is covered by a test above', () => {
    const files = readdirSync(DIR)
      .sort()
      .filter((f) => !f.startsWith('harmless'));
    expect(files).toEqual([...REFUSED.map((r) => r[0]), 'spread-attribute.mdx'].sort());
  });
});

describe('harmless text passes and renders as written', () => {
  it.each(['harmless.md', 'harmless.mdx'])('%s passes the check', (name) => {
    expect(check(name)).toEqual([]);
  });
  it('a link and bold text render as <a> and <strong> through the filter', () => {
    const { html } = markdownToHtml(source('harmless.md'), { mdastPlugins: [markupFilter] });
    expect(html).toContain('<strong>belangrijk</strong>');
    expect(html).toContain('<a href="/nl/kaart/">kaart</a>');
    expect(html).toContain('<a href="https://www.rijksoverheid.nl">de Rijksoverheid</a>');
    expect(html).toContain('<a href="mailto:info@example.nl">ons</a>');
    expect(html).toContain('<img src="/kaart.png" alt="Kaart"');
  });
});

describe('the second layer: the renderer drops what the check refuses', () => {
  const render = (name: string) => markdownToHtml(source(name), { mdastPlugins: [markupFilter] }).html;
  it.each(['script.md', 'style.md', 'iframe.md', 'img.md', 'event-handler.md', 'unknown-element.md', 'comment.md'])(
    '%s: no HTML reaches the page',
    (name) => {
      expect(render(name)).not.toMatch(/<(script|style|iframe|img|marquee|p onclick)|<!--/);
    },
  );
  it.each(['link-javascript.md', 'link-data.md', 'link-http.md', 'link-reference.md'])(
    '%s: the words stay, the address goes',
    (name) => {
      const html = render(name);
      expect(html).not.toMatch(/javascript:|data:|http:/);
      expect(html).toContain('link');
    },
  );
  it('an image from another host is dropped', () => {
    expect(render('image-other-host.md')).not.toContain('example.org');
  });
});

describe('the check covers every Markdown and MDX file in content/', () => {
  let site: ReturnType<typeof fixtureCopy>;
  afterEach(() => site?.cleanup());

  it('the fixture site and this instance pass', () => {
    expect(checkAllMarkup(FIXTURE)).toEqual([]);
    expect(checkAllMarkup(ROOT)).toEqual([]);
  }, 30_000);

  it('a plain page, a guide and a translated guide are all read', () => {
    site = fixtureCopy();
    site.write('pages/nl/over.md', '---\ntitle: Over\ndescription: Over\n---\n\n<script>alert(1)</script>\n');
    site.write(
      'guides/geld-regelen.mdx',
      source('harmless.mdx').replace('# Gids', '---\ntitle: x\n---\n\n# Gids') + '\n{1}\n',
    );
    site.write(
      'translations/ar/guides/geld-regelen.mdx',
      '---\nmachine: true\ntitle: x\nsummary: y\n---\n\n<Kaart />\n',
    );
    const problems = checkAllMarkup(site.root).map((p) => `${p.file}:${p.line}`);
    expect(problems).toEqual([
      'content/guides/geld-regelen.mdx:24',
      'content/pages/nl/over.md:6',
      'content/translations/ar/guides/geld-regelen.mdx:7',
    ]);
  });

  it('a page whose frontmatter is broken is named, in Dutch', () => {
    site = fixtureCopy();
    site.write('pages/nl/over.md', '---\ntitle: Over\ndescriptoin: Over\n---\n\nTekst.\n');
    expect(checkAllMarkup(site.root)).toEqual([
      {
        file: 'content/pages/nl/over.md',
        field: 'description',
        message: expect.stringMatching(/^ontbreekt, maar is verplicht/),
      },
      {
        file: 'content/pages/nl/over.md',
        field: 'descriptoin',
        message:
          'onbekend veld; controleer de spelling. Toegestane velden: title, description, machine (uitleg: CONTRIBUTING.md)',
      },
    ]);
  });
});

describe('npm run check:content stops with Dutch messages, never a stack trace', () => {
  let site: ReturnType<typeof fixtureCopy>;
  afterEach(() => site?.cleanup());
  const run = (root: string) =>
    spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/check-content.ts')], {
      cwd: ROOT,
      env: { ...process.env, THUISIN_CONTENT_ROOT: root },
      encoding: 'utf8',
    });

  it('passes on the fixture site', () => {
    const result = run(FIXTURE);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Inhoud in orde: .*2 gidsen, 2 woorden/);
    expect(result.status).toBe(0);
  }, 30_000);

  it('fails on code in a guide, naming file and line', () => {
    site = fixtureCopy();
    site.write(
      'guides/geld-regelen.mdx',
      readFileSync(join(FIXTURE, 'content/guides/geld-regelen.mdx'), 'utf8') + '\n<script>alert(1)</script>\n',
    );
    const result = run(site.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '✗ content/guides/geld-regelen.mdx\n    regel 33: HTML (<script>) is niet toegestaan: content is tekst, nooit code. Haal het script weg',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);

  it('a YAML file with too many aliases is a message, not "ReferenceError: Excessive alias count"', () => {
    site = fixtureCopy();
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill('*' + String.fromCharCode(97 + i))
            .join(', ')}]`,
      ),
    ].join('\n');
    site.write('organisations/org.yaml', bomb + '\n');
    const result = run(site.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '✗ content/organisations/org.yaml\n    gebruikt te veel verwijzingen (YAML-aliassen zoals *naam); schrijf de waarden gewoon uit',
    );
    expect(result.stderr).not.toContain('ReferenceError');
  }, 30_000);

  it('the same for aliases in the frontmatter of a page', () => {
    site = fixtureCopy();
    const aliases = Array.from({ length: 120 }, (_, i) => `k${i}: *t`).join('\n');
    site.write('pages/nl/over.md', `---\ntitle: &t Over\n${aliases}\n---\n\nTekst.\n`);
    expect(checkAllMarkup(site.root)).toEqual([
      {
        file: 'content/pages/nl/over.md',
        field: '',
        message: 'gebruikt te veel verwijzingen (YAML-aliassen zoals *naam); schrijf de waarden gewoon uit',
      },
    ]);
  });
});
