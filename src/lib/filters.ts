/**
 * Filters for lists (kaart, agenda, practices) that work without JavaScript: each list entry
 * carries its values in data attributes, and a generated stylesheet hides entries whose values
 * do not match the option chosen in each <select>, using :has(option:checked). Filters combine
 * because each select hides what does not match it. A small script (FilterList.astro) adds what
 * needs JavaScript: reading the filter from the URL, writing it back, and announcing the count.
 */
import type { ActivityEntry } from './agenda.ts';
import type { ServiceView } from './kaart.ts';
import { placeValues, type PracticeEntry } from './practices.ts';
import type { Region } from '../schemas/reference.ts';

interface FilterOption {
  value: string;
  label: string;
  /** Language of the label when it is not the page's (a language's own name, for instance). */
  lang?: string;
}

export interface Filter {
  /** URL parameter and data attribute name, e.g. "thema" -> ?thema=geld and data-thema. */
  name: string;
  label: string;
  options: FilterOption[];
}

/** Space-separated values for a data attribute, so CSS can match one with ~=. */
function filterValue(values: readonly string[] | undefined): string {
  return (values ?? []).join(' ');
}

/**
 * CSS that hides non-matching entries inside `[data-filter-scope]`. An entry with an empty value
 * for a filter matches every option when `emptyMatchesAll` names it (a service with no village
 * listed serves the whole municipality).
 */
export function filterCss(filters: Filter[], emptyMatchesAll: string[] = []): string {
  const rules: string[] = [];
  for (const filter of filters) {
    for (const option of filter.options) {
      const chosen = `[data-filter-scope]:has(select[name="${filter.name}"] option[value="${option.value}"]:checked)`;
      const keep = emptyMatchesAll.includes(filter.name) ? `:not([data-${filter.name}=""])` : '';
      // Entries in the list, and markers on a map that carry the values of the entries they stand for.
      for (const kind of ['entry', 'marker'])
        rules.push(`${chosen} [data-${kind}]:not([data-${filter.name}~="${option.value}"])${keep}`);
    }
  }
  if (!rules.length) return '';
  // Without JavaScript the count written at build time is only true for the choices made then:
  // once any select differs from its initial option, a neutral line replaces it.
  const changed = '[data-filter-scope]:has(select option:checked:not([data-initial]))';
  return [
    `${rules.join(',\n')} { display: none; }`,
    `${changed} [data-count-static], [data-filter-scope] [data-count-changed] { display: none; }`,
    `${changed} [data-count-changed] { display: inline; }`,
  ].join('\n');
}

/** How many filters have a value chosen, for the "Filter (1)" label. */
export function activeCount(chosen: Record<string, string | undefined>, filters: Filter[]): number {
  return filters.filter((f) => chosen[f.name] && f.options.some((o) => o.value === chosen[f.name])).length;
}

/**
 * A filter with only the options that some entry has (plus, for filters where an empty value
 * matches all, every option when some entry is empty): a choice that can only give "nothing
 * found" is not offered.
 */
export function usefulOptions(
  filter: Filter,
  entries: Record<string, readonly string[] | undefined>[],
  emptyMatchesAll: string[] = [],
): Filter {
  const present = new Set(entries.flatMap((e) => e[filter.name] ?? []));
  const anyEmpty = emptyMatchesAll.includes(filter.name) && entries.some((e) => !(e[filter.name] ?? []).length);
  return { ...filter, options: filter.options.filter((o) => anyEmpty || present.has(o.value)) };
}

/** Does an entry with these values pass the chosen filters? Mirrors filterCss, for tests and counts. */
export function matches(
  entry: Record<string, readonly string[] | undefined>,
  chosen: Record<string, string>,
  emptyMatchesAll: string[] = [],
): boolean {
  return Object.entries(chosen).every(([name, value]) => {
    const values = entry[name] ?? [];
    return values.includes(value) || (emptyMatchesAll.includes(name) && values.length === 0);
  });
}

/** An entry's values per filter name: what `matches`, `usefulOptions` and the data attributes read. */
export type FilterValues = Record<string, readonly string[]>;

/**
 * The data attributes that carry an entry's filter values (`data-thema="geld wonen"`), spread
 * onto its element: the CSS of `filterCss` and the count in FilterableList read them back.
 */
export function filterAttributes(values: FilterValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([name, list]) => [`data-${name}`, filterValue(list)]));
}

/** The values of several entries together, each once: a map marker stands for all services at its place. */
export function mergeFilterValues(list: readonly FilterValues[]): FilterValues {
  const merged: Record<string, string[]> = {};
  for (const values of list) {
    for (const [name, vs] of Object.entries(values)) merged[name] = [...new Set([...(merged[name] ?? []), ...vs])];
  }
  return merged;
}

// What each kind of entry is filtered on. The filter names are the URL parameters (?dorp=lemelerveld),
// so they stay Dutch; the kaart, agenda and library filters in kaart.ts, agenda.ts and practices.ts
// offer options for exactly these names.

/** A service on the kaart: its themes, the villages it serves, its languages and groups. */
export function serviceFilterValues(view: Pick<ServiceView, 'entry' | 'villages'>): FilterValues {
  const s = view.entry.data;
  return { thema: s.themes, dorp: view.villages, taal: s.languages, groep: s.groups };
}

/** An activity in the agenda: its category, the village it takes place in, its languages and groups. */
export function activityFilterValues(activity: Pick<ActivityEntry, 'data'>, village: string): FilterValues {
  const a = activity.data;
  return { categorie: [a.category], dorp: village ? [village] : [], taal: a.languages, groep: a.groups };
}

/** A practice in the library: its INTEGRAAL themes, its place (municipality and region, as slugs; see placeValues) and its audiences. */
export function practiceFilterValues(
  practice: Pick<PracticeEntry, 'data'>,
  regions: readonly Region[] = [],
): FilterValues {
  const p = practice.data;
  return { thema: p.themes, gemeente: placeValues(p, regions), doelgroep: p.audience };
}
