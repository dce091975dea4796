/** The practice library (src/lib/practices.ts): the template, the Atom feed (read by an independent XML parser), the JSON, related practices, names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/content.ts';
import { practicesAtom, practicesJson, relatedPractices, slugify } from '../../src/lib/practices.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { ROOT, fixtureCopy, problemsOf } from './helpers.ts';

const content = loadContent(ROOT);
const pageUrl = (id: string) => `https://thuisindalfsen.nl/nl/praktijken/${id}/`;

describe('share your practice', () => {
  it('the template passes the schema exactly as it is', () => {
    const template = parse(readFileSync(join(ROOT, 'templates/praktijk.yaml'), 'utf8'));
    const result = practiceSchema.safeParse(template);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('the template, copied into content/practices as the page says, passes the whole content check', () => {
    const site = fixtureCopy();
    try {
      site.write('practices/dalfsen-taalmaatje.yaml', readFileSync(join(ROOT, 'templates/praktijk.yaml'), 'utf8'));
      // The fixture's municipality list must know the template's municipality.
      expect(problemsOf(site.root)).toEqual([]);
    } finally {
      site.cleanup();
    }
  });
});

describe('the Atom feed', () => {
  const xml = practicesAtom(content.practices, content.site, pageUrl, 'https://thuisindalfsen.nl/praktijken.atom');
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;

  it('is well-formed Atom with one entry per practice, newest first', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(content.practices.length);
    const dates = entries.map((e: { updated: string }) => e.updated);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('gives every entry a unique id, a link to its page and its summary', () => {
    const entries = [feed.entry].flat();
    expect(new Set(entries.map((e: { id: string }) => e.id)).size).toBe(entries.length);
    const first = content.practices.find((p) => p.id === entries[0].link['@_href'].split('/').at(-2))!;
    expect(entries[0].summary).toBe(first.data.summary);
  });

  it('escapes text, so an ampersand in a title cannot break the feed', () => {
    const p = { ...content.practices[0], data: { ...content.practices[0].data, title: 'Taal & <werk>' } };
    const parsed = new XMLParser().parse(practicesAtom([p], content.site, pageUrl, 'x'));
    expect(parsed.feed.entry.title).toContain('Taal & <werk>');
  });
});

describe('the open data', () => {
  it('holds every practice with its url, themes and source, and the nine themes', () => {
    const data = practicesJson(content.practices, content.site, pageUrl, '2026-11-24', (id) => id);
    expect(data.themes.map((t) => t.letter).join('')).toBe('INTEGRAAL');
    expect(data.practices).toHaveLength(content.practices.length);
    for (const p of data.practices) {
      expect(p.url).toMatch(/^https:\/\/.+\/nl\/praktijken\/.+\/$/);
      expect(p.themes.length).toBeGreaterThan(0);
      expect(p.source.document).toBeTruthy();
    }
  });
});

describe('related practices', () => {
  it('related practices share a theme and never include the practice itself', () => {
    for (const p of content.practices) {
      const related = relatedPractices(p, content.practices);
      expect(related.map((r) => r.id)).not.toContain(p.id);
      for (const r of related) {
        if (!p.data.related.includes(r.id)) {
          expect(r.data.themes.some((t) => p.data.themes.includes(t)) || r.data.municipality === p.data.municipality).toBe(true);
        }
      }
    }
  });
});

describe('practice names', () => {
  it('municipality names become URL values without accents', () => {
    expect(slugify('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slugify("'s-Hertogenbosch")).toBe('s-hertogenbosch');
  });
});
