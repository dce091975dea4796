/** Dates and names in the reader's language, through Intl only. */

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

/** "a, b en c" in the reader's language. */
export function formatList(items: string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/**
 * A phone number for a `tel:` link: +31 with no spaces, so it also works on a foreign SIM card.
 * Service numbers (0800, 0900) and the municipal 14 0xxx number only work dialled inside the
 * Netherlands, so they keep their domestic form.
 */
export function telHref(phone: string): string {
  const compact = phone.replace(/[\s\-().]/g, '');
  if (/^(0[89]00|14)/.test(compact)) return 'tel:' + compact;
  return 'tel:' + (compact.startsWith('0') ? '+31' + compact.slice(1) : compact);
}

/** A WhatsApp chat link (wa.me is WhatsApp's own link format, opened only when a reader taps it). */
export function whatsappHref(phone: string): string {
  const compact = phone.replace(/[\s\-().+]/g, '');
  return 'https://wa.me/' + (compact.startsWith('0') ? '31' + compact.slice(1) : compact);
}
