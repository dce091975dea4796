/** What `src/middleware.ts` puts on `Astro.locals` for every request. */
declare namespace App {
  interface Locals {
    /** The page's language, from its address. */
    lang: import('./i18n/locales.ts').LocaleCode;
    /** UI strings in the page's language; keys typed from `src/i18n/ui/nl.json`. */
    t: import('./i18n/t.ts').Translator;
  }
}
