/** Dates and names in the reader's language, through Intl only. */
import { LOCALES } from '../i18n/locales.ts';

/** "dinsdag 8 december 2026" style, in the reader's language, for a YYYY-MM-DD date. */
export function formatDate(date: string, lang: string, style: 'long' | 'short' | 'weekday' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : style === 'weekday'
        ? { weekday: 'long', day: 'numeric', month: 'long' }
        : { day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** A language's name in the reader's language ("Arabisch" on a Dutch page). */
export function languageName(code: string, lang: string): string {
  return new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

/**
 * Language codes in the order a filter offers them: the site's own languages first (in the order
 * of the language menu), then the others alphabetically. The kaart and the agenda both use it.
 */
export function languagesInOrder(codes: Iterable<string>): string[] {
  const all = new Set(codes);
  const siteOrder = LOCALES.map((l) => l.code as string).filter((c) => all.has(c));
  return [...siteOrder, ...[...all].filter((c) => !siteOrder.includes(c)).sort()];
}

/** "a, b en c" in the reader's language. */
export function formatList(items: string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}
