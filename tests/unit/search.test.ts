import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchWords } from '../../src/lib/search-normalize.ts';
import { buildVocabulary, closestWord, correctQuery, editDistance } from '../../src/lib/fuzzy.ts';
import { parseSynonyms, synonymsFor, SYNONYMS_FILE } from '../../src/lib/synonyms.ts';
import { pageKind, prepareForIndex } from '../../src/lib/search-index.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

describe('search normalisation', () => {
  it('reads Arabic-keyboard Farsi as Farsi: ك and ي meet ک and ی', () => {
    expect(normalizeSearchText('كار', 'fa')).toBe('کار');
    expect(normalizeSearchText('کتاب', 'ar')).toBe('كتاب');
    expect(normalizeSearchText('زندگي', 'fa')).toBe('زندگی');
  });
  it('unifies alef with hamza or madda, teh marbuta, alef maqsura', () => {
    expect(normalizeSearchText('أإآا')).toBe('اااا');
    expect(normalizeSearchText('مكتبة')).toBe('مكتبه');
    expect(normalizeSearchText('على')).toBe('علي');
  });
  it('drops vowel marks, tatweel and the zero-width non-joiner', () => {
    expect(normalizeSearchText('مُدَرِّســـة')).toBe('مدرسه');
    expect(normalizeSearchText('می‌خواهم')).toBe(normalizeSearchText('میخواهم'));
  });
  it('reads the Ethiopic word space and full stop as spaces', () => {
    expect(normalizeSearchText('ዕዳ፡ክፍሊት።')).toBe('ዕዳ ክፍሊት');
    expect(searchWords('ሓኪም፡ገዛ')).toEqual(['ሓኪም', 'ገዛ']);
  });
  it('leaves Latin text as it is, apart from case', () => {
    expect(normalizeSearchText('  Huurtoeslag  BSN ')).toBe('huurtoeslag bsn');
  });
});

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
  it('matches Ge\'ez script by letter, not by byte', () => {
    const ti = buildVocabulary(['ሓኪም', 'ቤተ መጻሕፍቲ']);
    expect(closestWord('መጻሕፍት', ti)).toBe('መጻሕፍቲ');
  });
});

describe('synonym list', () => {
  const source = readFileSync(resolve(import.meta.dirname, '../..', SYNONYMS_FILE), 'utf8');
  it('content/search/synonyms.yaml is valid and has a list for every language', () => {
    const { list, problems } = parseSynonyms(source);
    expect(problems).toEqual([]);
    for (const lang of LOCALE_CODES) expect(list[lang]?.length ?? 0, lang).toBeGreaterThanOrEqual(5);
  });
  it('has the everyday Dutch words of the issue', () => {
    const nl = parseSynonyms(source).list.nl!;
    const of = (term: string) => nl.find((g) => g.term === term)?.words ?? [];
    expect(of('huisarts')).toEqual(expect.arrayContaining(['arts', 'dokter']));
    expect(of('schulden')).toContain('geldzorgen');
    expect(of('statushouder')).toEqual(expect.arrayContaining(['nieuwkomer', 'vergunninghouder']));
  });
  it('refuses a bad list with Dutch messages naming the field', () => {
    const { problems } = parseSynonyms('nl:\n  - { term: huisarts }\n  - { words: [x] }\nxx: []\n', 'content/search/synonyms.yaml');
    expect(problems).toEqual([
      { file: 'content/search/synonyms.yaml', field: 'nl.0.words', message: 'Verwacht een lijst met minstens één woord, bijvoorbeeld [arts, dokter].' },
      { file: 'content/search/synonyms.yaml', field: 'nl.1.term', message: 'Verwacht het woord dat op de pagina\'s staat, bijvoorbeeld "huisarts".' },
      { file: 'content/search/synonyms.yaml', field: 'xx', message: 'Onbekende taal "xx". Gebruik een van: nl, en, ar, ti, fa, tr, uk, so.' },
    ]);
    expect(parseSynonyms('nl:\n  - { term: arts, words: [a] }\n  - { term: Arts, words: [b] }\n').problems.map((p) => p.message)).toEqual([
      '"Arts" staat al eerder in de lijst voor nl. Voeg de woorden samen in één regel.',
    ]);
  });
  it('gives a page the words of each term on it, also at the start of a compound', () => {
    const groups = [{ term: 'huisarts', words: ['arts', 'Dokter'] }, { term: 'rood staan', words: ['schulden'] }, { term: 'fiets', words: ['rijwiel'] }];
    const text = 'bel de huisartsenpost als u rood staat';
    expect(synonymsFor(new Set(searchWords(text)), text, groups)).toEqual(['arts', 'dokter']);
  });
});

describe('preparing a page for the index', () => {
  it('names the kind of page from its address', () => {
    expect(pageKind('/ar/kaart/taalcoach/')).toBe('dienst');
    expect(pageKind('/nl/kaart/organisaties/homestart/')).toBe('organisatie');
    expect(pageKind('/ti/agenda/fietsles/')).toBe('activiteit');
    expect(pageKind('/nl/wegwijzer/eerste-weken/')).toBe('gids');
    expect(pageKind('/nl/praktijken/taalmaatjes/')).toBe('praktijk');
    expect(pageKind('/nl/praktijken/cijfers/')).toBe('pagina');
    expect(pageKind('/fa/woordenlijst/')).toBe('woord');
    expect(pageKind('/nl/over/')).toBe('pagina');
  });
  const page = (lang: string, body: string) =>
    `<html lang="${lang}"><body><main><div data-pagefind-body>${body}</div></main></body></html>`;
  it('keeps notices, action buttons and label/value lists out, and adds type, meta and hidden terms', () => {
    const dutch = prepareForIndex(page('nl', '<h1>Huurtoeslag aanvragen</h1><p>Vraag huurtoeslag aan met uw BSN bij de huisarts.</p>'), {
      lang: 'nl', kind: 'dienst', typeLabel: 'Dienst', synonyms: [{ term: 'huisarts', words: ['dokter'] }],
    });
    expect(dutch.html).toContain('<span data-pagefind-filter="type">Dienst</span>');
    expect(dutch.html).toContain('<p data-search-terms>dokter</p>');
    expect(dutch.letterWords).toEqual(expect.arrayContaining(['Huurtoeslag', 'BSN']));
    const html = page(
      'fa',
      '<div class="notice" role="note"><p>ترجمه ماشینی</p></div><h1>کار</h1><ul class="action-buttons"><li><a href="tel:+31529488388"><span>Bellen</span><span dir="ltr">0529 48 83 88</span></a></li></ul><dl><dt>Website</dt><dd>www.vechthorst.nl</dd></dl><p>کار پیدا کنید</p>',
    );
    const fa = prepareForIndex(html, { lang: 'fa', kind: 'dienst', typeLabel: 'خدمت', synonyms: [], dutch });
    expect(fa.html).toContain('<div data-pagefind-ignore class="notice" role="note">');
    expect(fa.html).toContain('<ul data-pagefind-ignore class="action-buttons">');
    expect(fa.html).toContain('<dl data-pagefind-ignore>');
    expect(fa.html).toContain('<span data-pagefind-meta="phone:0529 48 83 88"></span>');
    // Farsi letters need no second spelling; the Dutch words of the Dutch page.
    expect(fa.extraTerms).toEqual(expect.arrayContaining(['huurtoeslag', 'bsn']));
    expect(fa.extraTerms).not.toContain('کار');
  });
});
