/** getStaticPaths helper: one route per language. */
import { LOCALE_CODES } from '../i18n/locales.ts';

/** `{ params: { lang } }` for every language of the site, for a page under `src/pages/[lang]/`. */
export function localeParams() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}
