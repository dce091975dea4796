/** A content record as the site uses it: its file, its checked data and its translations. */
import type { LocaleCode } from '../../i18n/locales.ts';

interface Translation<T> {
  lang: LocaleCode;
  file: string;
  machine: boolean;
  text: Partial<T>;
}

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  /** Translated text by language; Dutch is `data` itself. */
  translations: Partial<Record<LocaleCode, Translation<T>>>;
}
