/** The practice library (src/lib/practices.ts): the template, the Atom feed (read by an independent XML parser), the JSON, related practices, names. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/content.ts';
import {
  placeName,
  placeValues,
  practicesAtom,
  practicesJson,
  relatedPractices,
  slugify,
} from '../../src/lib/practices.ts';
import { localize } from '../../src/lib/fallback.ts';
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

  it('is well-formed Atom with one entry per practice (the newest 50), newest first', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(Math.min(content.practices.length, 50));
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
          expect(r.data.themes.some((t) => p.data.themes.includes(t)) || placeName(r.data) === placeName(p.data)).toBe(
            true,
          );
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

/** A fixture copy with one change, and the problems the content check refuses it with. */
function refused(change: (site: ReturnType<typeof fixtureCopy>) => void) {
  const site = fixtureCopy();
  try {
    change(site);
    return problemsOf(site.root);
  } finally {
    site.cleanup();
  }
}

const REGIONS = `regions:
  - name: Weerterland
    municipalities: [Weert]
    source: Testbron
  - name: Testregio
    source: Testbron, zonder gemeenten
`;

describe('themes as the source gives them: a secondary theme needs a reason', () => {
  it('a secondary theme without a reason is refused, naming file and field', () => {
    const problems = refused((s) => s.edit('practices/weert.yaml', (d) => (d.secondary_themes = [{ theme: 'regie' }])));
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'secondary_themes.0.reason',
        message:
          'ontbreekt, maar is verplicht: verwacht een reden: waarom hoort dit voorbeeld ook bij dit thema, als de bron het er niet onder zet? Noem wat de bron zegt',
      },
    ]);
  });

  it('an empty reason is refused with the same words', () => {
    const problems = refused((s) =>
      s.edit('practices/weert.yaml', (d) => (d.secondary_themes = [{ theme: 'regie', reason: '  ' }])),
    );
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'secondary_themes.0.reason',
        message:
          'verwacht een reden: waarom hoort dit voorbeeld ook bij dit thema, als de bron het er niet onder zet? Noem wat de bron zegt',
      },
    ]);
  });

  it('a bare theme name (no reason at all) is refused, saying what to write', () => {
    const problems = refused((s) => s.edit('practices/weert.yaml', (d) => (d.secondary_themes = ['regie'])));
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'secondary_themes.0',
        message: 'verwacht per thema "theme:" en "reason:" (waarom hoort dit voorbeeld ook bij dit thema?)',
      },
    ]);
  });

  it('a secondary theme that is already a theme is refused', () => {
    const problems = refused((s) =>
      s.edit(
        'practices/weert.yaml',
        (d) => (d.secondary_themes = [{ theme: 'in-beeld', reason: 'Staat in de bron.' }]),
      ),
    );
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'secondary_themes.0.theme',
        message: '"in-beeld" staat al bij themes; noem een thema maar één keer',
      },
    ]);
  });

  it('with a reason it loads, and the reason travels with the practice', () => {
    const site = fixtureCopy();
    try {
      site.edit(
        'practices/weert.yaml',
        (d) => (d.secondary_themes = [{ theme: 'regie', reason: 'De regisseur neemt de regie over.' }]),
      );
      const practice = loadContent(site.root).practices[0];
      expect(practice.data.themes).toEqual(['in-beeld']);
      expect(practice.data.secondary_themes).toEqual([{ theme: 'regie', reason: 'De regisseur neemt de regie over.' }]);
    } finally {
      site.cleanup();
    }
  });
});

describe('regions as regions', () => {
  it('an unknown region is refused, listing the regions there are', () => {
    const problems = refused((s) => {
      s.write('reference/regios.yaml', REGIONS);
      s.edit('practices/weert.yaml', (d) => (d.region = 'Midden-Limburg'));
    });
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'region',
        message:
          '"Midden-Limburg" is geen regio uit content/reference/regios.yaml; kies een van: Weerterland, Testregio, of voeg de regio daar toe met een bron',
      },
    ]);
  });

  it('without content/reference/regios.yaml every region is unknown', () => {
    const problems = refused((s) => s.edit('practices/weert.yaml', (d) => (d.region = 'Weerterland')));
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'region',
        message:
          '"Weerterland" is geen regio uit content/reference/regios.yaml; kies een van: geen, of voeg de regio daar toe met een bron',
      },
    ]);
  });

  it('a municipality outside the region it names is refused', () => {
    const problems = refused((s) => {
      s.write('reference/regios.yaml', REGIONS.replace('[Weert]', '[Dalfsen]'));
      s.edit('practices/weert.yaml', (d) => (d.region = 'Weerterland'));
    });
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'municipality',
        message: '"Weert" hoort volgens content/reference/regios.yaml niet bij de regio Weerterland (Dalfsen)',
      },
    ]);
  });

  it('a region lists only real municipalities', () => {
    const problems = refused((s) => s.write('reference/regios.yaml', REGIONS.replace('[Weert]', '[Weert, Weerd]')));
    expect(problems).toEqual([
      {
        file: 'content/reference/regios.yaml',
        field: 'regions.0.municipalities.1',
        message:
          '"Weerd" is geen Nederlandse gemeente volgens content/reference/gemeenten.yaml; schrijf de naam zoals daar',
      },
    ]);
  });

  it('a practice names a municipality or a region', () => {
    const problems = refused((s) => s.edit('practices/weert.yaml', (d) => delete d.municipality));
    expect(problems).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'municipality',
        message: 'ontbreekt: noem de gemeente (municipality) of, bij een aanpak van een hele regio, de regio (region)',
      },
    ]);
  });

  it('a practice of a whole region is placed in the region and found under each municipality of it', () => {
    const site = fixtureCopy();
    try {
      site.write('reference/regios.yaml', REGIONS);
      site.edit('practices/weert.yaml', (d) => {
        delete d.municipality;
        d.region = 'Weerterland';
      });
      const loaded = loadContent(site.root);
      const p = loaded.practices[0].data;
      expect(placeName(p)).toBe('Weerterland');
      expect(placeValues(p, loaded.regions)).toEqual(['regio-weerterland', 'weert']);
      // A municipality's own practice in a region counts for the region, not for its neighbours.
      expect(placeValues({ municipality: 'Weert', region: 'Weerterland' }, loaded.regions)).toEqual([
        'weert',
        'regio-weerterland',
      ]);
    } finally {
      site.cleanup();
    }
  });
});

describe('translated practices and resources', () => {
  it('a practice translation gives the page its text, marked as machine translation; facts stay Dutch', () => {
    const site = fixtureCopy();
    try {
      site.write(
        'translations/ar/practices/weert.yaml',
        'machine: true\ntitle: مقابلة شاملة\nsummary: مقابلة في مركز اللجوء.\n',
      );
      const practice = loadContent(site.root).practices[0];
      const ar = localize(practice, 'ar');
      expect(ar.status).toBe('machine');
      expect(ar.field('title')).toEqual({ text: 'مقابلة شاملة', lang: 'ar' });
      expect(ar.field('description')).toEqual({ text: 'Een kansenverkenner brengt kansen in kaart.', lang: 'nl' });
    } finally {
      site.cleanup();
    }
  });

  it('a practice translation may not carry facts such as the municipality', () => {
    const problems = refused((s) =>
      s.write('translations/ar/practices/weert.yaml', 'machine: true\nmunicipality: Weert\n'),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/translations/ar/practices/weert.yaml', 'municipality'],
    ]);
  });

  it('a resource and its translation load; a translation of a resource that does not exist is refused', () => {
    const site = fixtureCopy();
    try {
      site.write(
        'resources/testtool.yaml',
        'name: Testtool\npurpose: Een hulpmiddel om te testen.\npublisher: Testmaker\nsource: { document: Testbron, seed: "003" }\nadded: 2026-12-01\n',
      );
      site.write('translations/en/resources/testtool.yaml', 'machine: true\nname: Test tool\n');
      const { resources } = loadContent(site.root);
      expect(resources.map((r) => [r.id, r.data.name, localize(r, 'en').field('name')?.text])).toEqual([
        ['testtool', 'Testtool', 'Test tool'],
      ]);
      site.write('translations/en/resources/anders.yaml', 'machine: true\nname: Other\n');
      expect(problemsOf(site.root)).toEqual([
        {
          file: 'content/translations/en/resources/anders.yaml',
          field: '',
          message: 'er is geen content/resources/anders.yaml om te vertalen',
        },
      ]);
    } finally {
      site.cleanup();
    }
  });
});

describe('the open data of the library', () => {
  it('holds the regions and the resources next to the practices', () => {
    const data = practicesJson(content.practices, content.site, pageUrl, '2026-11-24', (id) => id, {
      regions: content.regions,
      resources: content.resources,
    });
    expect(data.regions).toEqual(content.regions);
    expect(data.resources.map((r) => r.id)).toEqual(content.resources.map((r) => r.id));
  });
});
