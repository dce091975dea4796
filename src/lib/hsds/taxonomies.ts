/**
 * The taxonomies of the HSDS export: the fixed lists of `schemas/taxonomies.ts` (themes, groups)
 * as HSDS taxonomies and terms, with their Dutch labels from the UI strings.
 */
import { useTranslations, type UiKey } from '../../i18n/t.ts';
import { GROUPS, THEMES } from '../../schemas/taxonomies.ts';
import { stableUuid } from './ids.ts';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.ts';

// The export is Dutch: its labels come through the same translator as the Dutch pages.
const nlT = useTranslations('nl');

/** A Dutch UI string, or `fallback` when the key is missing. */
function label(key: string, fallback: string): string {
  return nlT(key as UiKey, { defaultValue: fallback });
}

export interface TaxonomyDef {
  name: string;
  description: string;
  /** HSDS attribute link_type: what the term says about the service. */
  linkType: string;
  codes: readonly string[];
  labelKey: string;
  /** What one term is, in Dutch, for the term's description. */
  termKind: string;
}

export const TAXONOMY_DEFS: TaxonomyDef[] = [
  {
    name: 'thuisin-themes',
    description: 'Thema’s van de sociale kaart van Thuis in: de levensgebieden waar een vraag over gaat.',
    linkType: 'theme',
    codes: THEMES,
    labelKey: 'theme',
    termKind: 'Thema',
  },
  {
    name: 'thuisin-groups',
    description: 'Groepen voor wie een dienst van de sociale kaart van Thuis in speciaal bedoeld is.',
    linkType: 'audience',
    codes: GROUPS,
    labelKey: 'group',
    termKind: 'Groep',
  },
];

/**
 * Both taxonomies and all their terms, keyed "<taxonomy>/<code>" (e.g. "thuisin-themes/wonen"),
 * each term carrying its taxonomy (HSDS's `taxonomy_detail`).
 */
export function buildTaxonomies(): { taxonomies: HsdsTaxonomy[]; terms: Map<string, HsdsTaxonomyTerm> } {
  const taxonomies: HsdsTaxonomy[] = [];
  const terms = new Map<string, HsdsTaxonomyTerm>();
  for (const def of TAXONOMY_DEFS) {
    const taxonomy: HsdsTaxonomy = {
      id: stableUuid('taxonomy', def.name),
      name: def.name,
      description: def.description,
    };
    taxonomies.push(taxonomy);
    for (const code of def.codes) {
      const name = label(`${def.labelKey}.${code}`, code);
      terms.set(`${def.name}/${code}`, {
        id: stableUuid('taxonomy_term', `${def.name}/${code}`),
        code,
        name,
        description: `${def.termKind} van de sociale kaart: ${name}`,
        taxonomy: def.name,
        taxonomy_id: taxonomy.id,
        taxonomy_detail: taxonomy,
        language: 'nl',
      });
    }
  }
  return { taxonomies, terms };
}
