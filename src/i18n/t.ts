/**
 * One i18next instance for all UI strings, created once per build, with Dutch as fallback:
 * a key missing in one language shows Dutch rather than a blank button (and a unit test fails
 * on the missing key before it ever gets that far).
 *
 * Pages and components do not call this: `src/middleware.ts` puts the page language's
 * translator on `Astro.locals.t` once per request, as Starlight does. `useTranslations(lang)` is
 * for the few places that write another language than the page's (the Dutch column of the
 * contact card, the language choice) and for plain TypeScript such as the HSDS export.
 * Keys are typed from the Dutch file (see i18next.d.ts): a wrong key is a type error.
 */
import i18next, { type ParseKeys, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type LocaleCode } from './locales.ts';
import type { PluralForms } from './plural.ts';
import nl from './ui/nl.json' with { type: 'json' };
import en from './ui/en.json' with { type: 'json' };
import ar from './ui/ar.json' with { type: 'json' };
import ti from './ui/ti.json' with { type: 'json' };
import fa from './ui/fa.json' with { type: 'json' };
import tr from './ui/tr.json' with { type: 'json' };
import uk from './ui/uk.json' with { type: 'json' };
import so from './ui/so.json' with { type: 'json' };

export const UI_STRINGS: Record<LocaleCode, Record<string, string>> = { nl, en, ar, ti, fa, tr, uk, so };

/** A key as `t()` takes it: a key of the Dutch file, plural keys without their `_one`/`_other`. */
export type UiKey = ParseKeys;

/** The translate function of one language, with typed keys. */
export type Translator = TFunction;

const instance = i18next.createInstance();
instance.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES.map((l) => l.code),
  resources: Object.fromEntries(Object.entries(UI_STRINGS).map(([lang, strings]) => [lang, { translation: strings }])),
  // Flat dotted keys, as Starlight keeps them: "nav.kaart" is one key, not a path.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes on output; escaping here too would show &amp; on the page.
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
} as Parameters<typeof instance.init>[0]);

/** The translate function for one language (pages and components use `Astro.locals.t`). */
export function useTranslations(lang: LocaleCode): Translator {
  return instance.getFixedT(lang);
}

/**
 * The plural forms of one key for a script in the browser, which picks a form and fills in
 * "{count}" with `formatCount()` from plural.ts: { one: "{count} plek", other: "{count} plekken" }.
 */
export function pluralForms(lang: LocaleCode, key: UiKey): PluralForms {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    categories.map((c) => [
      c,
      (UI_STRINGS[lang][`${key}_${c}`] ?? UI_STRINGS[DEFAULT_LOCALE][`${key}_other`]).replace('{{count}}', '{count}'),
    ]),
  );
}
