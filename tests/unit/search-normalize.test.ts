/** Search text normalised the same way in the index and in a query (src/lib/search-normalize.ts). */
import { describe, expect, it } from 'vitest';
import { normalizeSearchText, searchWords } from '../../src/lib/search-normalize.ts';

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
