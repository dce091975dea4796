/** getStaticPaths helpers: one route per language, and per language × record. */
import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';

export function localeParams() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}

export function localeRecordParams<T extends { id: string }>(records: T[], key = 'id') {
  return LOCALE_CODES.flatMap((lang: LocaleCode) =>
    records.map((record) => ({ params: { lang, [key]: record.id }, props: { record } })),
  );
}
