/** The library of good practices: filters, related practices, the Atom feed and the open-data JSON. */
import type { TFunction } from 'i18next';
import { AUDIENCES, INTEGRAAL } from '../schemas/taxonomies.ts';
import type { Practice } from '../schemas/practice.ts';
import type { Region } from '../schemas/reference.ts';
import type { Resource } from '../schemas/resource.ts';
import type { Site } from '../schemas/site.ts';
import type { Content, Entry } from './content.ts';
import type { Filter } from './filters.ts';

export type PracticeEntry = Entry<Practice>;

/** Municipality names as ids for the URL: "Hendrik-Ido-Ambacht" -> "hendrik-ido-ambacht". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A region as a filter value, apart from municipality values: "regio-gooi-en-vechtstreek". */
export function regionSlug(name: string): string {
  return `regio-${slugify(name)}`;
}

/** Where a practice is: its municipality, or the region for a practice of a whole region. */
export function placeName(p: Pick<Practice, 'municipality' | 'region'>): string {
  return p.municipality ?? p.region ?? '';
}

/**
 * The place filter's values of a practice: its municipality and its region; a practice of a whole
 * region also counts for each municipality the region covers (a reader looking for Hilversum
 * finds the approach of Gooi en Vechtstreek).
 */
export function placeValues(p: Pick<Practice, 'municipality' | 'region'>, regions: readonly Region[]): string[] {
  const values: string[] = [];
  if (p.municipality) values.push(slugify(p.municipality));
  if (p.region) {
    values.push(regionSlug(p.region));
    if (!p.municipality) values.push(...(regions.find((r) => r.name === p.region)?.municipalities ?? []).map(slugify));
  }
  return values;
}

/** Sorts practices by place, then title, as the library lists them. */
export function byPlace(a: PracticeEntry, b: PracticeEntry): number {
  return placeName(a.data).localeCompare(placeName(b.data), 'nl') || a.data.title.localeCompare(b.data.title, 'nl');
}

export function practiceFilters(content: Content, t: TFunction): Filter[] {
  const municipalities = [...new Set(content.practices.flatMap((p) => p.data.municipality ?? []))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const regions = [...new Set(content.practices.flatMap((p) => p.data.region ?? []))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
  const audiences = new Set(content.practices.flatMap((p) => p.data.audience));
  return [
    {
      name: 'thema',
      label: t('library.theme'),
      options: INTEGRAAL.map((th) => ({ value: th.id, label: `${th.letter} – ${t(`integraal.${th.id}`)}` })),
    },
    {
      name: 'gemeente',
      label: t('library.place'),
      options: [
        ...municipalities.map((m) => ({ value: slugify(m), label: m, lang: 'nl' })),
        ...regions.map((r) => ({ value: regionSlug(r), label: t('library.regionOption', { name: r }) })),
      ],
    },
    {
      name: 'doelgroep',
      label: t('library.targetGroup'),
      options: AUDIENCES.filter((a) => audiences.has(a)).map((a) => ({ value: a, label: t(`audience.${a}`) })),
    },
  ];
}

/**
 * Related practices: the ones the editor named first, then those sharing the most themes, then
 * the same municipality; never the practice itself.
 */
export function relatedPractices(practice: PracticeEntry, all: PracticeEntry[], count = 3): PracticeEntry[] {
  const byId = new Map(all.map((p) => [p.id, p]));
  const named = practice.data.related.map((id) => byId.get(id)).filter((p): p is PracticeEntry => Boolean(p));
  const score = (p: PracticeEntry) =>
    p.data.themes.filter((th) => practice.data.themes.includes(th)).length * 2 +
    (placeName(p.data) === placeName(practice.data) ? 1 : 0);
  const others = all
    .filter((p) => p.id !== practice.id && !named.includes(p))
    .map((p) => ({ p, s: score(p) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || b.p.data.added.localeCompare(a.p.data.added) || a.p.id.localeCompare(b.p.id))
    .map((x) => x.p);
  return [...named, ...others].slice(0, count);
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An Atom 1.0 feed of the newest practices (Dutch, as the practices are). */
export function practicesAtom(
  practices: PracticeEntry[],
  site: Site,
  pageUrl: (id: string) => string,
  feedUrl: string,
  limit = 50,
): string {
  const newest = [...practices]
    .sort((a, b) => b.data.added.localeCompare(a.data.added) || a.id.localeCompare(b.id))
    .slice(0, limit);
  const updated = newest[0]?.data.added ?? '1970-01-01';
  const host = new URL(site.site_url).hostname;
  const entries = newest.map((p) => {
    const url = pageUrl(p.id);
    return [
      '  <entry>',
      `    <id>tag:${host},${p.data.added}:praktijk/${p.id}</id>`,
      `    <title>${xml(`${p.data.title} (${placeName(p.data)})`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <updated>${p.data.added}T00:00:00Z</updated>`,
      `    <published>${p.data.added}T00:00:00Z</published>`,
      `    <author><name>${xml(p.data.contact.organisation)}</name></author>`,
      ...p.data.themes.map((th) => `    <category term="${th}"/>`),
      `    <summary>${xml(p.data.summary)}</summary>`,
      `    <content type="text">${xml(p.data.description)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>tag:${host},2026:praktijken</id>`,
    `  <title>Goede voorbeelden – Thuis in ${xml(site.municipality)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(new URL('/nl/praktijken/', site.site_url).href)}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/**
 * The library as open data. Shape (documented on the open-data page and in README):
 * { version, generated, source, themes: [{id, letter, name}], practices: [{ id, url, title,
 *   municipality?, region?, themes, secondary_themes: [{theme, reason}], audience, target_group, partners, summary, summary_en?,
 *   description, results?, period?, charts, contact: {role, organisation, website?, email?, phone?},
 *   source: {document, seed, section?}, figures_source?, added, related }], regions: [{name,
 *   municipalities, source}], resources: [{ id, name, purpose, publisher, url?, source }] }
 */
export function practicesJson(
  practices: PracticeEntry[],
  site: Site,
  pageUrl: (id: string) => string,
  generated: string,
  themeName: (id: string) => string,
  more: { regions?: readonly Region[]; resources?: readonly Entry<Resource>[] } = {},
) {
  return {
    version: 1,
    generated,
    source: site.site_url,
    themes: INTEGRAAL.map((th) => ({ id: th.id, letter: th.letter, name: themeName(th.id) })),
    practices: practices.map((p) => ({ id: p.id, url: pageUrl(p.id), ...p.data })),
    regions: more.regions ?? [],
    resources: (more.resources ?? []).map((r) => ({ id: r.id, ...r.data })),
  };
}
