/** The search synonym list (src/lib/synonyms.ts). */
import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/lib/search-normalize.ts';
import { parseSynonyms, synonymsFor } from '../../src/lib/synonyms.ts';

describe('synonym list', () => {
  it('refuses a bad list with Dutch messages naming the field', () => {
    const { problems } = parseSynonyms(
      'nl:\n  - { term: huisarts }\n  - { words: [x] }\nxx: []\n',
      'content/search/synonyms.yaml',
    );
    expect(problems).toEqual([
      {
        file: 'content/search/synonyms.yaml',
        field: 'nl.0.words',
        message: 'Verwacht een lijst met minstens één woord, bijvoorbeeld [arts, dokter].',
      },
      {
        file: 'content/search/synonyms.yaml',
        field: 'nl.1.term',
        message: 'Verwacht het woord dat op de pagina\'s staat, bijvoorbeeld "huisarts".',
      },
      {
        file: 'content/search/synonyms.yaml',
        field: 'xx',
        message: 'Onbekende taal "xx". Gebruik een van: nl, en, ar, ti, fa, tr, uk, so.',
      },
    ]);
    expect(
      parseSynonyms('nl:\n  - { term: arts, words: [a] }\n  - { term: Arts, words: [b] }\n').problems.map(
        (p) => p.message,
      ),
    ).toEqual(['"Arts" staat al eerder in de lijst voor nl. Voeg de woorden samen in één regel.']);
  });
  it('gives a page the words of each term on it, also at the start of a compound', () => {
    const groups = [
      { term: 'huisarts', words: ['arts', 'Dokter'] },
      { term: 'rood staan', words: ['schulden'] },
      { term: 'fiets', words: ['rijwiel'] },
    ];
    const text = 'bel de huisartsenpost als u rood staat';
    expect(synonymsFor(new Set(searchWords(text)), text, groups)).toEqual(['arts', 'dokter']);
  });
});
