/** Filters on list pages (src/lib/filters.ts): the CSS, the count, useful options and the values each kind of entry carries. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { lookup } from '../../src/lib/lookup.ts';
import { serviceViews } from '../../src/lib/kaart.ts';
import {
  activeCount,
  activityFilterValues,
  filterAttributes,
  filterCss,
  matches,
  mergeFilterValues,
  practiceFilterValues,
  serviceFilterValues,
  usefulOptions,
} from '../../src/lib/filters.ts';
import { FIXTURE } from './helpers.ts';

const content = loadContent(FIXTURE);

describe('filter values come from one function per kind of entry', () => {
  it('a service carries its themes, villages, languages and groups', () => {
    const view = serviceViews(content).find((v) => v.entry.id === 'hulp')!;
    expect(serviceFilterValues(view)).toEqual({
      thema: ['geld'],
      dorp: ['dalfsen'],
      taal: ['nl', 'ar'],
      groep: view.entry.data.groups,
    });
  });
  it('an activity carries its category, its village (none: empty) and its languages', () => {
    const koffie = lookup(content).activities.get('koffie')!;
    expect(activityFilterValues(koffie, 'dalfsen')).toMatchObject({
      categorie: ['taal'],
      dorp: ['dalfsen'],
      taal: ['nl'],
    });
    expect(activityFilterValues(koffie, '').dorp).toEqual([]);
  });
  it('a practice carries its themes, its municipality as a slug and its audience', () => {
    expect(practiceFilterValues(content.practices[0])).toEqual({
      thema: ['in-beeld'],
      gemeente: ['weert'],
      doelgroep: ['nieuwkomers'],
    });
  });
  it('the attributes are space-separated data-* values, and a map marker has the union', () => {
    expect(filterAttributes({ thema: ['geld', 'wonen'], dorp: [] })).toEqual({
      'data-thema': 'geld wonen',
      'data-dorp': '',
    });
    expect(mergeFilterValues([{ taal: ['nl', 'ar'] }, { taal: ['ar', 'ti'], dorp: ['x'] }])).toEqual({
      taal: ['nl', 'ar', 'ti'],
      dorp: ['x'],
    });
  });
});

describe('filters', () => {
  const filters = [
    { name: 'thema', label: 'Thema', options: [{ value: 'geld', label: 'Geld' }] },
    { name: 'dorp', label: 'Dorp', options: [{ value: 'dalfsen', label: 'Dalfsen' }] },
  ];
  it('the CSS hides entries that lack the chosen value, per select', () => {
    const css = filterCss(filters, ['dorp']);
    expect(css).toContain(
      '[data-filter-scope]:has(select[name="thema"] option[value="geld"]:checked) [data-entry]:not([data-thema~="geld"])',
    );
    expect(css).toContain('[data-entry]:not([data-dorp~="dalfsen"]):not([data-dorp=""])');
    expect(css).toContain('[data-marker]:not([data-thema~="geld"])');
    expect(css.split('\n').find((l) => l.endsWith('{ display: none; }') && l.includes('[data-marker]'))).toBeDefined();
  });
  it('without JavaScript the build-time count gives way to a neutral line once a select differs from its initial option', () => {
    const css = filterCss(filters);
    expect(css).toContain('[data-filter-scope]:has(select option:checked:not([data-initial])) [data-count-static]');
    expect(css).toContain(
      '[data-filter-scope]:has(select option:checked:not([data-initial])) [data-count-changed] { display: inline; }',
    );
  });
  it('a theme page offers only options that leave something to show', () => {
    const filter = {
      name: 'taal',
      label: 'Taal',
      options: [
        { value: 'nl', label: 'Nl' },
        { value: 'ar', label: 'Ar' },
        { value: 'ti', label: 'Ti' },
      ],
    };
    expect(usefulOptions(filter, [{ taal: ['nl'] }, { taal: ['nl', 'ar'] }]).options.map((o) => o.value)).toEqual([
      'nl',
      'ar',
    ]);
    // A service without villages serves them all, so every village stays.
    const dorp = {
      name: 'dorp',
      label: 'Dorp',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    };
    expect(usefulOptions(dorp, [{ dorp: ['a'] }, { dorp: [] }], ['dorp']).options).toHaveLength(2);
    expect(activeCount({ taal: 'nl', dorp: '' }, [filter, dorp])).toBe(1);
  });
  it('filters combine, and an empty village list means the whole municipality', () => {
    expect(matches({ thema: ['geld'], dorp: [] }, { thema: 'geld', dorp: 'dalfsen' }, ['dorp'])).toBe(true);
    expect(matches({ thema: ['werk'], dorp: [] }, { thema: 'geld' }, ['dorp'])).toBe(false);
    expect(matches({ thema: ['geld'], dorp: ['lemelerveld'] }, { thema: 'geld', dorp: 'dalfsen' }, ['dorp'])).toBe(
      false,
    );
  });
});
