/** Pages prepared for the Pagefind index (src/lib/search-index.ts). */
import { describe, expect, it } from 'vitest';
import { pageKind, prepareForIndex } from '../../src/lib/search-index.ts';

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
    const dutch = prepareForIndex(
      page('nl', '<h1>Huurtoeslag aanvragen</h1><p>Vraag huurtoeslag aan met uw BSN bij de huisarts.</p>'),
      {
        lang: 'nl',
        kind: 'dienst',
        typeLabel: 'Dienst',
        synonyms: [{ term: 'huisarts', words: ['dokter'] }],
      },
    );
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
