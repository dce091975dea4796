/**
 * Filters for lists (kaart, agenda, practices) that work without JavaScript: each list entry
 * carries its values in data attributes, and a generated stylesheet hides entries whose values
 * do not match the option chosen in each <select>, using :has(option:checked). Filters combine
 * because each select hides what does not match it. A small script (FilterList.astro) adds what
 * needs JavaScript: reading the filter from the URL, writing it back, and announcing the count.
 */

export interface FilterOption {
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
export function filterValue(values: readonly string[] | undefined): string {
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
      const miss = `[data-entry]:not([data-${filter.name}~="${option.value}"])`;
      const keep = emptyMatchesAll.includes(filter.name) ? `:not([data-${filter.name}=""])` : '';
      rules.push(`${chosen} ${miss}${keep}`);
    }
  }
  return rules.length ? `${rules.join(',\n')} { display: none; }` : '';
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
