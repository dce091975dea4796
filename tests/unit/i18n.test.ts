/**
 * Every UI string exists in every language: a missing key is a failing test, not a blank button.
 * Plural keys (key_one, key_other …) must have exactly the forms the language's plural rules use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, dirOf } from '../../src/i18n/locales.ts';
import { UI_STRINGS, pluralForms, useTranslations } from '../../src/i18n/t.ts';
import { formatCount } from '../../src/i18n/plural.ts';
import { alternates, localeOfPath, localePath, stripLocale } from '../../src/i18n/routing.ts';
import { AUDIENCES, CATEGORIES, GROUPS, INTEGRAAL, THEMES, VOLUNTEER_ROLES } from '../../src/schemas/taxonomies.ts';
import { ROOT } from './helpers.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const nl = UI_STRINGS[DEFAULT_LOCALE];
const plainKeys = Object.keys(nl).filter((k) => !PLURAL.test(k));
const pluralBases = [
  ...new Set(
    Object.keys(nl)
      .filter((k) => PLURAL.test(k))
      .map((k) => k.replace(PLURAL, '')),
  ),
];
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('there is one UI file per language in the table, and no other', () => {
    const files = readdirSync(join(ROOT, 'src/i18n/ui'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(LOCALES.map((l) => l.code).sort());
  });

  for (const { code } of LOCALES) {
    it(`${code}: has every key of nl.json and no extra key`, () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const expected = [...plainKeys, ...pluralBases.flatMap((base) => categories.map((c) => `${base}_${c}`))].sort();
      expect(Object.keys(UI_STRINGS[code]).sort()).toEqual(expected);
    });

    it(`${code}: keeps the placeholders of the Dutch text and has no empty string`, () => {
      const strings = UI_STRINGS[code];
      for (const key of plainKeys) {
        expect(strings[key]?.trim(), key).toBeTruthy();
        expect(placeholders(strings[key]), key).toEqual(placeholders(nl[key]));
      }
    });
  }

  it('every key the code asks for with a literal t("…") exists', () => {
    const files: string[] = [];
    const walk = (dir: string) =>
      readdirSync(dir, { withFileTypes: true }).forEach((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : /\.(astro|ts)$/.test(e.name) && files.push(join(dir, e.name)),
      );
    walk(join(ROOT, 'src'));
    const used = new Set<string>();
    for (const file of files)
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z.-]+)'/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(80);
    for (const key of used) expect(key in nl || pluralBases.includes(key), key).toBe(true);
  });

  it('every value of every fixed list has a label', () => {
    const keys = [
      ...THEMES.map((x) => `theme.${x}`),
      ...GROUPS.map((x) => `group.${x}`),
      ...CATEGORIES.map((x) => `category.${x}`),
      ...VOLUNTEER_ROLES.map((x) => `role.${x}`),
      ...AUDIENCES.map((x) => `audience.${x}`),
      ...INTEGRAAL.flatMap((x) => [`integraal.${x.id}`, `integraal.${x.id}.text`]),
      ...['ja', 'nee', 'deels'].map((x) => `service.wheelchair.${x}`),
      ...['1', '2', '3', '4', '-1'].map((x) => `schedule.nth.${x}`),
    ];
    for (const key of keys) expect(nl[key], key).toBeTruthy();
  });

  it('plurals pick the form the language needs', () => {
    expect(useTranslations('nl')('kaart.count', { count: 1 })).toBe('1 plek gevonden');
    expect(useTranslations('nl')('kaart.count', { count: 3 })).toBe('3 plekken gevonden');
    expect(useTranslations('ar')('kaart.count', { count: 2 })).toBe(
      UI_STRINGS.ar['kaart.count_two'].replace('{{count}}', '2'),
    );
    expect(useTranslations('uk')('kaart.count', { count: 5 })).toBe(
      UI_STRINGS.uk['kaart.count_many'].replace('{{count}}', '5'),
    );
  });
});

describe('the table of languages', () => {
  it('has eight languages, Dutch first, each code once', () => {
    expect(LOCALES.map((l) => l.code)).toEqual(['nl', 'en', 'ar', 'ti', 'fa', 'tr', 'uk', 'so']);
  });
  it('takes direction from Unicode data: Arabic and Farsi right-to-left, the rest left-to-right', () => {
    expect(LOCALES.filter((l) => dirOf(l.code) === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa']);
  });
});

describe('URLs', () => {
  it('a page path is the same in every language but for the prefix', () => {
    expect(localePath('ar', 'kaart/taalcoach')).toBe('/ar/kaart/taalcoach/');
    expect(localePath('nl')).toBe('/nl/');
    expect(stripLocale('/fa/agenda/x/')).toBe('agenda/x');
    expect(alternates('/ti/kaart/')).toContainEqual({ lang: 'so', href: '/so/kaart/' });
  });
  it('a request is in the language of its first path segment, Dutch outside a language', () => {
    expect(
      ['/ar/kaart/', '/ti/', '/so/agenda.ics', '/', '/404.html', '/data/praktijken.json', '/arx/'].map(localeOfPath),
    ).toEqual(['ar', 'ti', 'so', 'nl', 'nl', 'nl', 'nl']);
  });
});

describe('plural forms for the browser', () => {
  it('gives each plural category of the language its template with {count}', () => {
    expect(pluralForms('nl', 'kaart.count')).toEqual({
      one: '{count} plek gevonden',
      other: '{count} plekken gevonden',
    });
    expect(Object.keys(pluralForms('ar', 'search.results')).sort()).toEqual([
      'few',
      'many',
      'one',
      'other',
      'two',
      'zero',
    ]);
  });
  it('formatCount picks the form with the language plural rules and writes the number in its digits', () => {
    expect([1, 3].map((n) => formatCount(pluralForms('nl', 'kaart.count'), 'nl', n))).toEqual([
      '1 plek gevonden',
      '3 plekken gevonden',
    ]);
    const ar = pluralForms('ar', 'search.results');
    expect([2, 3, 11].map((n) => formatCount(ar, 'ar', n))).toEqual(['2 نتيجتان', '3 نتائج', '11 نتيجةً']);
    expect(formatCount(pluralForms('fa', 'search.results'), 'fa', 11)).toBe('۱۱ نتیجه');
  });
  it('formatCount falls back to the "other" form when a form is missing', () => {
    expect(formatCount({ other: '{count} x' }, 'nl', 1)).toBe('1 x');
  });
});
