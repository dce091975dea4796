/**
 * Which language a piece of content is shown in. A translation wins; where a field has no
 * translation the Dutch text is shown and marked as such, so the page can say so in the
 * reader's language and mark the Dutch text `lang="nl" dir="ltr"`.
 */
import { DEFAULT_LOCALE, type LocaleCode } from '../i18n/locales.ts';
import type { Entry } from './content.ts';

export type TextStatus = 'original' | 'checked' | 'machine' | 'fallback';

export interface LocalizedField {
  text: string;
  /** The language the text is actually in. */
  lang: LocaleCode;
}

export interface Localized {
  /** original: Dutch page; checked: translated by a person; machine: unchecked machine translation; fallback: Dutch shown on a page in another language. */
  status: TextStatus;
  /** A field in the best language there is, or undefined when the record has no such text. */
  field(name: string): LocalizedField | undefined;
  /** Keywords in the reader's language and in Dutch: people search with both. */
  keywords(): string[];
}

export function localize<T extends object>(entry: Entry<T>, lang: LocaleCode): Localized {
  const dutch = entry.data as Record<string, unknown>;
  const translation = lang === DEFAULT_LOCALE ? undefined : entry.translations[lang];
  const translated = (translation?.text ?? {}) as Record<string, unknown>;
  const status: TextStatus =
    lang === DEFAULT_LOCALE ? 'original' : !translation ? 'fallback' : translation.machine ? 'machine' : 'checked';
  return {
    status,
    field(name) {
      const own = translated[name];
      if (typeof own === 'string') return { text: own, lang };
      const nl = dutch[name];
      return typeof nl === 'string' ? { text: nl, lang: DEFAULT_LOCALE } : undefined;
    },
    keywords() {
      const list = [...((translated.keywords as string[]) ?? []), ...((dutch.keywords as string[]) ?? [])];
      return [...new Set(list)];
    },
  };
}
