import { describe, expect, it } from 'vitest';
import { stableUuid } from '../../../src/lib/hsds/ids.ts';
import { TAXONOMY_DEFS, buildTaxonomies } from '../../../src/lib/hsds/taxonomies.ts';
import { GROUPS, THEMES } from '../../../src/schemas/taxonomies.ts';

describe('HSDS taxonomies', () => {
  const { taxonomies, terms } = buildTaxonomies();

  it('one taxonomy per fixed list: thuisin-themes for the themes, thuisin-groups for the groups', () => {
    expect(taxonomies.map((t) => t.name)).toEqual(['thuisin-themes', 'thuisin-groups']);
    expect(TAXONOMY_DEFS.map((d) => d.codes)).toEqual([THEMES, GROUPS]);
    expect(taxonomies[0].id).toBe(stableUuid('taxonomy', 'thuisin-themes'));
  });

  it('one term per code, keyed "<taxonomy>/<code>", with the Dutch label from nl.json as its name', () => {
    expect([...terms.keys()]).toEqual([
      ...THEMES.map((c) => `thuisin-themes/${c}`),
      ...GROUPS.map((c) => `thuisin-groups/${c}`),
    ]);
    const wonen = terms.get('thuisin-themes/wonen')!;
    expect(wonen).toEqual({
      id: stableUuid('taxonomy_term', 'thuisin-themes/wonen'),
      code: 'wonen',
      name: 'Wonen',
      description: 'Thema van de sociale kaart: Wonen',
      taxonomy: 'thuisin-themes',
      taxonomy_id: taxonomies[0].id,
      taxonomy_detail: taxonomies[0],
      language: 'nl',
    });
    expect(terms.get('thuisin-groups/ouders')?.description).toBe('Groep van de sociale kaart: Ouders');
  });
});
