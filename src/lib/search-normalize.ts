/**
 * Script normalisation for search, the same at index time (src/integrations/pagefind.ts) and in
 * the browser (Search.astro), so a query and the indexed words meet in one spelling.
 *
 * Why: a Farsi reader on an Arabic keyboard types ك and ي where Farsi writes ک and ی; Arabic is
 * written with and without hamza on alef and with ة or ه at the end; vowel marks and tatweel are
 * optional; the zero-width non-joiner inside Farsi words is often left out; Tigrinya may separate
 * words with ፡ and end sentences with ።, which Pagefind would glue to the word before.
 */

/** Vowel marks (harakat, tanwin, shadda, sukun, superscript alef, Quranic marks) and tatweel. */
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
/** Zero-width non-joiner and joiner, soft hyphen, and the bidi marks a copied text may carry. */
// eslint-disable-next-line no-misleading-character-class -- the joiner is listed to be removed on its own
const INVISIBLE = /[\u200C\u200D\u00AD\u200E\u200F\u061C]/g;
/** Ethiopic word space, full stop, comma, semicolons, colon, question mark and paragraph mark. */
const ETHIOPIC_PUNCTUATION = /[\u1361-\u1368]/g;

const LETTERS: Record<string, string> = {
  // Alef with hamza or madda, and wasla, read as bare alef.
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  // Teh marbuta and heh with yeh above read as heh.
  ة: 'ه',
  ۀ: 'ه',
  // Arabic-Indic and Persian digits as ASCII digits (house numbers, phone numbers).
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
};
/**
 * Yeh and kaf: Farsi writes ی and ک, Arabic ي and ك (and ى at the end). Each language keeps its
 * own letters, so its pages need no second spelling in the index, and a query typed on the
 * other keyboard is turned into the page's letters.
 */
const PERSIAN: Record<string, string> = { ...LETTERS, ي: 'ی', ى: 'ی', ك: 'ک' };
const ARABIC: Record<string, string> = { ...LETTERS, ی: 'ي', ى: 'ي', ک: 'ك' };
const LETTER_RE = new RegExp(`[${[...new Set([...Object.keys(ARABIC), ...Object.keys(PERSIAN)])].join('')}]`, 'g');
/** Languages written in Persian letters (of the site's languages: Farsi/Dari). */
const PERSIAN_SCRIPT = new Set(['fa', 'prs', 'ps']);

/**
 * Folds a text (of a page or query in language `lang`) to the one spelling search uses: letter variants unified, marks and invisible
 * characters removed, Ethiopic punctuation read as spaces, lower case, spaces collapsed.
 * Latin text only changes case, so Dutch and English pass through as they are.
 */
export function normalizeSearchText(text: string, lang = 'nl'): string {
  const letters = PERSIAN_SCRIPT.has(lang.split('-')[0]!) ? PERSIAN : ARABIC;
  return text
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTER_RE, (c) => letters[c] ?? c)
    .replace(ETHIOPIC_PUNCTUATION, ' ')
    .toLocaleLowerCase('und')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a text as search sees them: normalised, split on anything that is not a letter,
 * mark or digit (so "ዕዳ፡ክፍሊት" gives two words), empty pieces dropped.
 */
export function searchWords(text: string, lang = 'nl'): string[] {
  return normalizeSearchText(text, lang)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
}
