/**
 * i18next's own key typing, as Starlight does it: the Dutch file is the list of keys, so
 * a misspelt key is a type error in every component, page and lib function that takes a
 * `TFunction`, not a Dutch fallback string found by a reader. Plural keys are written without
 * their suffix (`t('kaart.count', { count })` for `kaart.count_one` / `kaart.count_other`).
 */
import 'i18next';
import type nl from './ui/nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
    // As in t.ts: flat dotted keys, "nav.kaart" is one key, not a path.
    keySeparator: false;
    nsSeparator: false;
  }
}
