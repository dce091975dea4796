/** The library of good practices: filters, related practices, the Atom feed and the open-data JSON. */
import type { TFunction } from 'i18next';
import { AUDIENCES, INTEGRAAL } from '../schemas/taxonomies.ts';
import type { Practice } from '../schemas/practice.ts';
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

export function practiceFilters(content: Content, t: TFunction): Filter[] {
  const municipalities = [...new Set(content.practices.map((p) => p.data.municipality))].sort((a, b) => a.localeCompare(b, 'nl'));
  const audiences = new Set(content.practices.flatMap((p) => p.data.audience));
  return [
    { name: 'thema', label: t('library.theme'), options: INTEGRAAL.map((th) => ({ value: th.id, label: `${th.letter} – ${t(`integraal.${th.id}`)}` })) },
    { name: 'gemeente', label: t('library.municipality'), options: municipalities.map((m) => ({ value: slugify(m), label: m, lang: 'nl' })) },
    { name: 'doelgroep', label: t('library.targetGroup'), options: AUDIENCES.filter((a) => audiences.has(a)).map((a) => ({ value: a, label: t(`audience.${a}`) })) },
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
    p.data.themes.filter((th) => practice.data.themes.includes(th)).length * 2 + (p.data.municipality === practice.data.municipality ? 1 : 0);
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
export function practicesAtom(practices: PracticeEntry[], site: Site, pageUrl: (id: string) => string, feedUrl: string, limit = 50): string {
  const newest = [...practices].sort((a, b) => b.data.added.localeCompare(a.data.added) || a.id.localeCompare(b.id)).slice(0, limit);
  const updated = newest[0]?.data.added ?? '1970-01-01';
  const host = new URL(site.site_url).hostname;
  const entries = newest.map((p) => {
    const url = pageUrl(p.id);
    return [
      '  <entry>',
      `    <id>tag:${host},${p.data.added}:praktijk/${p.id}</id>`,
      `    <title>${xml(`${p.data.title} (${p.data.municipality})`)}</title>`,
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
 *   municipality, region?, themes, audience, target_group, partners, summary, summary_en?,
 *   description, results?, period?, charts, contact: {role, organisation, website?, email?, phone?},
 *   source: {document, seed, section?}, added, related }] }
 */
export function practicesJson(practices: PracticeEntry[], site: Site, pageUrl: (id: string) => string, generated: string, themeName: (id: string) => string) {
  return {
    version: 1,
    generated,
    source: site.site_url,
    themes: INTEGRAAL.map((th) => ({ id: th.id, letter: th.letter, name: themeName(th.id) })),
    practices: practices.map((p) => ({ id: p.id, url: pageUrl(p.id), ...p.data })),
  };
}
