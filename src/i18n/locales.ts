/**
 * The one table of languages. Adding a language is one row here plus one file in
 * `src/i18n/ui/<code>.json` (a unit test proves that file has every key).
 *
 * Direction is not written by hand: it comes from `Intl.Locale` text info, as Starlight does,
 * so a new right-to-left language cannot be forgotten.
 */
export interface Locale {
  /** BCP 47 code, also the URL segment: /ar/… */
  code: string;
  /** The language's name in its own script, shown in the language switch. */
  ownName: string;
  /** The name in Dutch, for editors and reports. */
  dutchName: string;
}

// Pagefind stems nl, en, ar and tr; ti, fa, uk and so are matched on exact word forms.
export const LOCALES = [
  { code: 'nl', ownName: 'Nederlands', dutchName: 'Nederlands' },
  { code: 'en', ownName: 'English', dutchName: 'Engels' },
  { code: 'ar', ownName: 'العربية', dutchName: 'Arabisch' },
  { code: 'ti', ownName: 'ትግርኛ', dutchName: 'Tigrinya' },
  { code: 'fa', ownName: 'دری / فارسی', dutchName: 'Dari / Farsi' },
  { code: 'tr', ownName: 'Türkçe', dutchName: 'Turks' },
  { code: 'uk', ownName: 'Українська', dutchName: 'Oekraïens' },
  { code: 'so', ownName: 'Soomaali', dutchName: 'Somalisch' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

/** The language content is written in first, and the one every fallback goes to. */
export const DEFAULT_LOCALE: LocaleCode = 'nl';

export const LOCALE_CODES: LocaleCode[] = LOCALES.map((l) => l.code);

export function isLocale(code: string): code is LocaleCode {
  return (LOCALE_CODES as string[]).includes(code);
}

/** Text direction from Unicode data, not from a hand-kept list. */
export function dirOf(code: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(code) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
    textInfo?: { direction: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
