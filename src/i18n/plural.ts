/**
 * The one count helper for scripts in the browser ("3 plekken gevonden"), as GOV.UK Frontend keeps
 * one i18n helper for its components. The page carries the plural forms of a key, written at
 * build time by `pluralForms()` in t.ts; this picks the form with `Intl.PluralRules` and writes
 * the number with `Intl.NumberFormat`, so Arabic gets its six forms without shipping i18next.
 */

/** Plural forms by `Intl.PluralRules` category, each with a "{count}" placeholder. */
export type PluralForms = Record<string, string>;

/** The count in words: `formatCount({ one: '{count} plek', other: '{count} plekken' }, 'nl', 3)` is "3 plekken". */
export function formatCount(forms: PluralForms, lang: string, count: number): string {
  return (forms[new Intl.PluralRules(lang).select(count)] ?? forms.other).replace(
    '{count}',
    new Intl.NumberFormat(lang).format(count),
  );
}
