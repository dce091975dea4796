/**
 * The Wegwijzer's content model: guide frontmatter and glossary entries load or are refused in
 * Dutch with file and field; the template and every example in CONTRIBUTING.md pass the check as
 * they are (so an editor who copies them starts from something that works).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { localize } from '../../src/lib/fallback.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { guideBodyId, guidesForTheme, nextOccurrence } from '../../src/lib/guides.ts';
import { checkMarkup, knownIds } from '../../src/lib/markup.ts';
import { GUIDE_COMPONENT_NAMES } from '../../src/lib/markup-rules.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { FIXTURE, ROOT, fixtureCopy, problemsOf } from './helpers.ts';

let site: ReturnType<typeof fixtureCopy>;
afterEach(() => site?.cleanup());

function expectProblem(file: string, field: string, message: string, change: (s: typeof site) => void) {
  site = fixtureCopy();
  change(site);
  const problems = problemsOf(site.root);
  expect(
    problems.filter((p) => p.file === `content/${file}`).map((p) => ({ field: p.field, message: p.message })),
  ).toContainEqual({ field, message });
}

describe('guides and glossary load', () => {
  const content = loadContent(FIXTURE);

  it('guides come in their set order, with translations and their machine flag', () => {
    expect(content.guides.map((g) => g.id)).toEqual(['geld-regelen', 'zorg-verzekeren']);
    expect(content.guides[0].translations.ar).toMatchObject({ machine: true, text: { title: 'ترتيب أموالك' } });
    expect(Object.keys(content.guides[1].translations)).toEqual([]);
  });

  it('an untranslated guide falls back to Dutch, marked as such', () => {
    const text = localize(content.guides[1], 'ti');
    expect(text.status).toBe('fallback');
    expect(text.field('title')).toEqual({ text: 'Uw zorgverzekering', lang: 'nl' });
    expect(guideBodyId(content.guides[1], 'ti')).toEqual({ collection: 'guides', id: 'zorg-verzekeren' });
    expect(guideBodyId(content.guides[0], 'ti')).toEqual({
      collection: 'guideTranslations',
      id: 'ti/guides/geld-regelen',
    });
  });

  it('a life area lists the guides that name it', () => {
    expect(guidesForTheme(content, 'geld').map((g) => g.id)).toEqual(['geld-regelen', 'zorg-verzekeren']);
    expect(guidesForTheme(content, 'gezondheid').map((g) => g.id)).toEqual(['zorg-verzekeren']);
    expect(guidesForTheme(content, 'werk')).toEqual([]);
  });

  it('an activity card shows the next date that is not cancelled', () => {
    // 1 December is the first; 8 December is cancelled and 15 December left out in the fixture.
    expect(nextOccurrence(content, 'koffie', '2026-11-24')?.date).toBe('2026-12-01');
    expect(nextOccurrence(content, 'koffie', '2026-12-02')?.date).not.toBe('2026-12-08');
  });

  it('glossary terms are sorted the Dutch way and translated per language', () => {
    expect(content.glossary.map((g) => g.data.term)).toEqual(['BSN', 'eigen risico']);
    expect(localize(content.glossary[0], 'ar').field('explanation')?.lang).toBe('ar');
    expect(localize(content.glossary[1], 'ar').status).toBe('fallback');
  });
});

describe("a guide's frontmatter is refused in Dutch, naming file and field", () => {
  const guide = 'guides/geld-regelen.mdx';
  const rewrite = (s: typeof site, change: (yaml: string) => string) => {
    const path = join(s.root, 'content', guide);
    const text = readFileSync(path, 'utf8');
    const { yaml, body } = splitFrontmatter(text);
    writeFileSync(path, `---\n${change(yaml!)}\n---\n${body}`);
  };

  it('an unknown service id', () =>
    expectProblem(
      guide,
      'services.0',
      '"bestaat-niet" bestaat niet; verwacht een dienst uit content/services (bijvoorbeeld hulp)',
      (s) => rewrite(s, (y) => y.replace('services: [hulp]', 'services: [bestaat-niet]')),
    ));
  it('an unknown activity id', () =>
    expectProblem(
      guide,
      'activities.0',
      '"nergens" bestaat niet; verwacht een activiteit uit content/activities (bijvoorbeeld koffie)',
      (s) => rewrite(s, (y) => y.replace('activities: [koffie]', 'activities: [nergens]')),
    ));
  it('a theme that is not a kaart theme', () =>
    expectProblem(
      guide,
      'themes.0',
      'verwacht een thema uit: geld, gezondheid, wonen, werk, taal, onderwijs, gezin, ontmoeten, vrijwilligers, digitaal, recht',
      (s) => rewrite(s, (y) => y.replace('themes: [geld]', 'themes: [toeslagen]')),
    ));
  it('a misspelt field', () =>
    expectProblem(
      guide,
      'titel',
      'onbekend veld; controleer de spelling. Toegestane velden: title, summary, themes, services, activities, order, checked, source (uitleg: CONTRIBUTING.md)',
      (s) => rewrite(s, (y) => `${y}\ntitel: x`),
    ));
  it('a file without frontmatter', () =>
    expectProblem(
      guide,
      '',
      'mist de gegevens bovenaan: begin het bestand met een regel ---, dan title:, summary: enzovoort, en weer een regel --- (zie templates/gids.mdx)',
      (s) => s.write(guide, 'Alleen tekst.\n'),
    ));
  it('YAML that does not parse names the line in the whole file', () =>
    expectProblem(
      guide,
      '',
      'is geen geldige YAML (regel 7): controleer inspringing, dubbele punten en aanhalingstekens',
      (s) => rewrite(s, (y) => y.replace('order: 1', 'order: 1: 2')),
    ));
  it('a translation of a guide that does not exist', () =>
    expectProblem(
      'translations/ar/guides/onbekend.mdx',
      '',
      'er is geen content/guides/onbekend.mdx om te vertalen',
      (s) => s.write('translations/ar/guides/onbekend.mdx', '---\nmachine: true\ntitle: x\nsummary: y\n---\n'),
    ));
  it('a translated guide without its machine flag', () =>
    expectProblem(
      'translations/ti/guides/geld-regelen.mdx',
      'machine',
      'ontbreekt, maar is verplicht: verwacht true (machinevertaling, nog niet nagekeken) of false (nagekeken door een mens)',
      (s) => s.write('translations/ti/guides/geld-regelen.mdx', '---\ntitle: x\nsummary: y\n---\n'),
    ));
  it('a glossary entry without its term', () =>
    expectProblem('glossary/bsn.yaml', 'term', 'ontbreekt, maar is verplicht: verwacht tekst', (s) =>
      s.write('glossary/bsn.yaml', 'explanation: x\nsource: voorbeeld\n'),
    ));
});

describe('editors start from examples that pass', () => {
  const known = knownIds(ROOT);
  const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
  const examples = [...contributing.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]);

  it('CONTRIBUTING.md shows every guide component, once each', () => {
    expect(examples.map((e) => /<([A-Z]\w*)/.exec(e)?.[1])).toEqual(GUIDE_COMPONENT_NAMES);
  });

  it.each(examples.map((e, i) => [GUIDE_COMPONENT_NAMES[i], e]))(
    'the %s example passes the content check',
    (_name, example) => {
      expect(checkMarkup('CONTRIBUTING.md (voorbeeld).mdx', example, known)).toEqual([]);
    },
  );

  it('the frontmatter example in CONTRIBUTING.md passes the guide schema, and its ids exist', () => {
    const yaml = /## Een gids[\s\S]*?```yaml\n([\s\S]*?)```/.exec(contributing)![1];
    const data = guideSchema.parse(parse(yaml));
    for (const s of data.services) expect(known.services).toContain(s);
    for (const a of data.activities) expect(known.activities).toContain(a);
  });

  it('templates/gids.mdx, copied into content/guides, passes the whole content check as it is', () => {
    const root = mkdtempSync(join(tmpdir(), 'thuisin-gids-'));
    try {
      cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
      const template = readFileSync(join(ROOT, 'templates/gids.mdx'), 'utf8');
      writeFileSync(join(root, 'content/guides/mijn-gids.mdx'), template);
      expect(problemsOf(root)).toEqual([]);
      expect(checkMarkup('content/guides/mijn-gids.mdx', template, knownIds(root))).toEqual([]);
      expect(loadContent(root).guides.map((g) => g.id)).toContain('mijn-gids');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 30_000);
});
