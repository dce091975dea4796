/** The forgiving matcher for misspelt search words (src/lib/fuzzy.ts). */
import { describe, expect, it } from 'vitest';
import { buildVocabulary, closestWord, correctQuery, editDistance } from '../../src/lib/fuzzy.ts';

describe('forgiving matcher', () => {
  const vocabulary = buildVocabulary(['Bibliotheek', 'Home-Start', 'Schuldhulpverlening', 'huisarts', 'taalcafé']);
  it('counts edits, a swap of neighbours as one, and stops early', () => {
    expect(editDistance('bibliotheeek', 'bibliotheek')).toBe(1);
    expect(editDistance('huisrats', 'huisarts')).toBe(1);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });
  it('finds the word meant for the misspellings of the issue', () => {
    expect(closestWord('bibliotheeek', vocabulary)).toBe('Bibliotheek');
    expect(closestWord('homstart', vocabulary)).toBe('Home-Start');
    expect(closestWord('schuldhulpverleneng', vocabulary)).toBe('Schuldhulpverlening');
  });
  it('leaves known, short and far-off words alone', () => {
    expect(closestWord('huisarts', vocabulary)).toBeUndefined();
    expect(closestWord('bus', vocabulary)).toBeUndefined();
    expect(closestWord('xqzwvk', vocabulary)).toBeUndefined();
    expect(correctQuery('huisarts', vocabulary)).toBeUndefined();
  });
  it('corrects each word of a query', () => {
    expect(correctQuery('huisarts bibliotheeek', vocabulary)).toBe('huisarts Bibliotheek');
  });
  it("matches Ge'ez script by letter, not by byte", () => {
    const ti = buildVocabulary(['ሓኪም', 'ቤተ መጻሕፍቲ']);
    expect(closestWord('መጻሕፍት', ti)).toBe('መጻሕፍቲ');
  });
});
