/**
 * The lookup layer, the phone module, the filter values and the site settings that
 * astro.config.mjs reads: each rule one test, on the fixture site where the data is known.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, loadSiteSettings } from '../../src/lib/content.ts';
import { lookup, villageById } from '../../src/lib/lookup.ts';
import { languagesInOrder } from '../../src/lib/format.ts';
import { serviceViews } from '../../src/lib/kaart.ts';
import {
  activityFilterValues,
  filterAttributes,
  mergeFilterValues,
  practiceFilterValues,
  serviceFilterValues,
} from '../../src/lib/filters.ts';
import { internationalPhone, isDomesticOnly, isMobile, phoneDigits, telHref } from '../../src/schemas/phone.ts';
import { FIXTURE, fixtureCopy } from './helpers.ts';

const content = loadContent(FIXTURE);

describe('one lookup per loaded content', () => {
  it('is built once: the same object for the same content', () => {
    expect(lookup(content)).toBe(lookup(content));
  });
  it('finds an activity’s location, organiser and village by id', () => {
    const find = lookup(content);
    const koffie = find.activities.get('koffie')!;
    expect(find.locationOf(koffie).id).toBe('huis');
    expect(find.organiserOf(koffie).id).toBe('org');
    expect(find.village('dalfsen').name).toBe('Dalfsen');
    expect(villageById(content.site, 'dalfsen')?.name).toBe('Dalfsen');
  });
  it('an unknown id is a programming error with a message, not undefined', () => {
    expect(() => lookup(content).location('nergens')).toThrow('Interne fout: locatie "nergens" bestaat niet, maar de inhoud is wel goedgekeurd');
    expect(lookup(content).glossary.get('nergens')).toBeUndefined();
  });
});

describe('phone numbers', () => {
  it('+31 and spaces come down to the same digits', () => {
    expect(phoneDigits('+31 529 43 83 83')).toBe(phoneDigits('0529 43 83 83'));
    expect(phoneDigits('0529-43 83 83')).toBe('0529438383');
  });
  it('06 numbers, also written +316, are mobile', () => {
    expect(isMobile('06 12 34 56 78')).toBe(true);
    expect(isMobile('+31 6 12345678')).toBe(true);
    expect(isMobile('0529 43 83 83')).toBe(false);
  });
  it('0800, 0900 and 14 numbers only work inside the Netherlands and keep their domestic form', () => {
    expect(isDomesticOnly('0800 1234')).toBe(true);
    expect(isDomesticOnly('14 0529')).toBe(true);
    expect(isDomesticOnly('0529 43 83 83')).toBe(false);
    expect(telHref('0800 1234')).toBe('tel:08001234');
    expect(internationalPhone('0800 1234')).toBe('0800 1234');
  });
  it('open data writes other numbers as E.164', () => {
    expect(internationalPhone('0529 43 83 83')).toBe('+31529438383');
  });
});

describe('filter values come from one function per kind of entry', () => {
  it('a service carries its themes, villages, languages and groups', () => {
    const view = serviceViews(content).find((v) => v.entry.id === 'hulp')!;
    expect(serviceFilterValues(view)).toEqual({ thema: ['geld'], dorp: ['dalfsen'], taal: ['nl', 'ar'], groep: view.entry.data.groups });
  });
  it('an activity carries its category, its village (none: empty) and its languages', () => {
    const koffie = lookup(content).activities.get('koffie')!;
    expect(activityFilterValues(koffie, 'dalfsen')).toMatchObject({ categorie: ['taal'], dorp: ['dalfsen'], taal: ['nl'] });
    expect(activityFilterValues(koffie, '').dorp).toEqual([]);
  });
  it('a practice carries its themes, its municipality as a slug and its audience', () => {
    expect(practiceFilterValues(content.practices[0])).toEqual({ thema: ['in-beeld'], gemeente: ['weert'], doelgroep: ['nieuwkomers'] });
  });
  it('the attributes are space-separated data-* values, and a map marker has the union', () => {
    expect(filterAttributes({ thema: ['geld', 'wonen'], dorp: [] })).toEqual({ 'data-thema': 'geld wonen', 'data-dorp': '' });
    expect(mergeFilterValues([{ taal: ['nl', 'ar'] }, { taal: ['ar', 'ti'], dorp: ['x'] }])).toEqual({ taal: ['nl', 'ar', 'ti'], dorp: ['x'] });
  });
});

describe('languages in a filter', () => {
  it('the site’s own languages first in menu order, then the others alphabetically', () => {
    expect(languagesInOrder(['pl', 'ar', 'nl', 'de', 'ar'])).toEqual(['nl', 'ar', 'de', 'pl']);
  });
});

describe('astro.config.mjs reads the site settings through the schema', () => {
  it('a valid site.yaml gives the public address', () => {
    expect(loadSiteSettings(FIXTURE).site_url).toBe('https://proef.example.nl');
  });
  it('a broken site.yaml is a ContentError naming file and field, in Dutch', () => {
    const site = fixtureCopy();
    try {
      site.edit('site.yaml', (d) => (d.site_url = 'proef'));
      const error = (() => {
        try {
          loadSiteSettings(site.root);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/site.yaml site_url']);
    } finally {
      site.cleanup();
    }
  });
});
