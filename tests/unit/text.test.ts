import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/lib/text.ts';
import { localize } from '../../src/lib/fallback.ts';
import { activeCount, filterCss, matches, usefulOptions } from '../../src/lib/filters.ts';
import { formatHoursRule } from '../../src/lib/hours.ts';
import { parseHoursLine } from '../../src/schemas/hours.ts';
import { toOpeningHoursSpecification } from '../../src/lib/jsonld.ts';
import { telHref, whatsappHref } from '../../src/schemas/phone.ts';
import { distanceKm, fitProjection, routeLink } from '../../src/lib/geo.ts';
import type { Entry } from '../../src/lib/content.ts';

describe('content text', () => {
  it('blank lines make paragraphs and "- " lines make a list', () => {
    expect(toBlocks('Eerste\nregel.\n\nTweede.\n- een\n- twee')).toEqual([
      { type: 'p', text: 'Eerste regel.' },
      { type: 'p', text: 'Tweede.' },
      { type: 'ul', items: ['een', 'twee'] },
    ]);
  });
});

describe('fallback to Dutch', () => {
  const entry: Entry<{ title: string; description: string; keywords: string[] }> = {
    id: 'x',
    file: 'content/services/x.yaml',
    data: { title: 'Hulp', description: 'Uitleg', keywords: ['schulden'] },
    translations: { en: { lang: 'en', file: 'f', machine: true, text: { title: 'Help', keywords: ['debt'] } } },
  };
  it('a Dutch page shows the original', () => {
    expect(localize(entry, 'nl').status).toBe('original');
  });
  it('a machine translation is marked as such, and missing fields fall back to Dutch per field', () => {
    const en = localize(entry, 'en');
    expect(en.status).toBe('machine');
    expect(en.field('title')).toEqual({ text: 'Help', lang: 'en' });
    expect(en.field('description')).toEqual({ text: 'Uitleg', lang: 'nl' });
  });
  it('no translation at all is a fallback, in Dutch', () => {
    const ar = localize(entry, 'ar');
    expect(ar.status).toBe('fallback');
    expect(ar.field('title')).toEqual({ text: 'Hulp', lang: 'nl' });
  });
  it('search keywords combine the reader language and Dutch', () => {
    expect(localize(entry, 'en').keywords()).toEqual(['debt', 'schulden']);
  });
});

describe('filters', () => {
  const filters = [
    { name: 'thema', label: 'Thema', options: [{ value: 'geld', label: 'Geld' }] },
    { name: 'dorp', label: 'Dorp', options: [{ value: 'dalfsen', label: 'Dalfsen' }] },
  ];
  it('the CSS hides entries that lack the chosen value, per select', () => {
    const css = filterCss(filters, ['dorp']);
    expect(css).toContain('[data-filter-scope]:has(select[name="thema"] option[value="geld"]:checked) [data-entry]:not([data-thema~="geld"])');
    expect(css).toContain('[data-entry]:not([data-dorp~="dalfsen"]):not([data-dorp=""])');
    expect(css).toContain('[data-marker]:not([data-thema~="geld"])');
    expect(css.split('\n').find((l) => l.endsWith('{ display: none; }') && l.includes('[data-marker]'))).toBeDefined();
  });
  it('without JavaScript the build-time count gives way to a neutral line once a select differs from its initial option', () => {
    const css = filterCss(filters);
    expect(css).toContain('[data-filter-scope]:has(select option:checked:not([data-initial])) [data-count-static]');
    expect(css).toContain('[data-filter-scope]:has(select option:checked:not([data-initial])) [data-count-changed] { display: inline; }');
  });
  it('a theme page offers only options that leave something to show', () => {
    const filter = { name: 'taal', label: 'Taal', options: [{ value: 'nl', label: 'Nl' }, { value: 'ar', label: 'Ar' }, { value: 'ti', label: 'Ti' }] };
    expect(usefulOptions(filter, [{ taal: ['nl'] }, { taal: ['nl', 'ar'] }]).options.map((o) => o.value)).toEqual(['nl', 'ar']);
    // A service without villages serves them all, so every village stays.
    const dorp = { name: 'dorp', label: 'Dorp', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] };
    expect(usefulOptions(dorp, [{ dorp: ['a'] }, { dorp: [] }], ['dorp']).options).toHaveLength(2);
    expect(activeCount({ taal: 'nl', dorp: '' }, [filter, dorp])).toBe(1);
  });
  it('filters combine, and an empty village list means the whole municipality', () => {
    expect(matches({ thema: ['geld'], dorp: [] }, { thema: 'geld', dorp: 'dalfsen' }, ['dorp'])).toBe(true);
    expect(matches({ thema: ['werk'], dorp: [] }, { thema: 'geld' }, ['dorp'])).toBe(false);
    expect(matches({ thema: ['geld'], dorp: ['lemelerveld'] }, { thema: 'geld', dorp: 'dalfsen' }, ['dorp'])).toBe(false);
  });
});

describe('opening hours', () => {
  it('a range and a list of days both parse', () => {
    expect(parseHoursLine('ma-vr 09:00-17:00').days).toEqual([1, 2, 3, 4, 5]);
    expect(parseHoursLine('di, do 13:00-16:00, 18:00-20:00')).toEqual({ days: [2, 4], spans: [{ from: '13:00', to: '16:00' }, { from: '18:00', to: '20:00' }] });
  });
  it('an unknown day, a time like 25:00 and a backwards range are refused in Dutch', () => {
    expect(() => parseHoursLine('mo 09:00-12:00')).toThrow(/geen dag/);
    expect(() => parseHoursLine('ma 09:00-25:00')).toThrow(/geen tijdvak/);
    expect(() => parseHoursLine('vr-ma 09:00-12:00')).toThrow(/achteruit/);
  });
  it('weekdays and times are written in the reader language', () => {
    expect(formatHoursRule(parseHoursLine('ma-vr 09:00-17:00'), 'nl')).toEqual({ days: 'maandag – vrijdag', times: '09:00–17:00' });
    expect(formatHoursRule(parseHoursLine('di 09:00-12:00'), 'en').days).toBe('Tuesday');
    expect(formatHoursRule(parseHoursLine('di 09:00-12:00'), 'ar').days).toBe('الثلاثاء');
  });
  it('hours become schema.org opening hours', () => {
    expect(toOpeningHoursSpecification([parseHoursLine('wo 09:00-12:00')])[0]).toMatchObject({ dayOfWeek: ['https://schema.org/Wednesday'], opens: '09:00', closes: '12:00' });
  });
});

describe('links and places', () => {
  it('phone and WhatsApp links use the international number', () => {
    expect(telHref('0529 43 83 83')).toBe('tel:+31529438383');
    expect(telHref('0900 8020')).toBe('tel:09008020');
    expect(telHref('14 0529')).toBe('tel:140529');
    expect(whatsappHref('06 12 34 56 78')).toBe('https://wa.me/31612345678');
  });
  it('the route link goes to OpenStreetMap with the destination filled in', () => {
    expect(routeLink({ lat: 52.5, lon: 6.25 })).toMatch(/^https:\/\/www\.openstreetmap\.org\/directions\?to=52\.50000%2C6\.25000/);
  });
  it('Dalfsen and Lemelerveld are about 9 km apart', () => {
    expect(distanceKm({ lat: 52.5076, lon: 6.259 }, { lat: 52.4406, lon: 6.3383 })).toBeCloseTo(9.3, 0);
  });
  it('the map projection keeps north up and every point inside', () => {
    const p = fitProjection([{ lat: 52.58, lon: 6.28 }, { lat: 52.44, lon: 6.34 }], 600);
    const north = p.project({ lat: 52.58, lon: 6.28 });
    const south = p.project({ lat: 52.44, lon: 6.34 });
    expect(north.y).toBeLessThan(south.y);
    for (const pt of [north, south]) {
      expect(pt.x).toBeGreaterThanOrEqual(0);
      expect(pt.x).toBeLessThanOrEqual(p.width);
      expect(pt.y).toBeLessThanOrEqual(p.height);
    }
  });
});
