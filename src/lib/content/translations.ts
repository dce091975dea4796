/** Translations of records, read after the records themselves: each belongs to an existing one. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locales.ts';
import { translationSchemas, type TranslatableCollection } from '../../schemas/translation.ts';
import { issuesToProblems, type Problem } from './problems.ts';
import { readCollection } from './read.ts';
import type { Entry } from './types.ts';

/** `content/translations/<lang>/<collection>/<id>.yaml`: each must belong to an existing record. */
export function loadTranslations(
  root: string,
  collections: Record<TranslatableCollection, Entry<unknown>[]>,
  existing: Record<TranslatableCollection, Set<string>>,
  problems: Problem[],
) {
  const base = join(root, 'content', 'translations');
  if (!existsSync(base)) return;
  for (const lang of readdirSync(base).sort()) {
    const langFile = relative(root, join(base, lang));
    if (!isLocale(lang) || lang === DEFAULT_LOCALE) {
      problems.push({ file: langFile, field: '', message: `"${lang}" is geen taal van deze site (zie src/i18n/locales.ts); Nederlands staat in het bestand zelf` });
      continue;
    }
    for (const collection of readdirSync(join(base, lang)).sort()) {
      const entries = collections[collection as TranslatableCollection];
      if (!entries) {
        problems.push({
          file: relative(root, join(base, lang, collection)),
          field: '',
          message: `onbekende map; vertalingen horen in ${Object.keys(collections).join(', ')}`,
        });
        continue;
      }
      const byId = new Map(entries.map((e) => [e.id, e]));
      const schema = translationSchemas[collection as TranslatableCollection];
      const ext = collection === 'guides' ? '.mdx' : '.yaml';
      for (const raw of readCollection(root, join('translations', lang, collection), problems, ext)) {
        if (!existing[collection as TranslatableCollection].has(raw.id)) {
          problems.push({ file: raw.file, field: '', message: `er is geen content/${collection}/${raw.id}${ext} om te vertalen` });
          continue;
        }
        const result = schema.safeParse(raw.raw);
        if (!result.success) {
          problems.push(...issuesToProblems(raw.file, result.error.issues, raw.raw, schema));
          continue;
        }
        // The record itself has problems (reported in its own file); its translation waits for it.
        const entry = byId.get(raw.id);
        if (!entry) continue;
        const { machine, ...text } = result.data as { machine: boolean } & Record<string, unknown>;
        entry.translations[lang] = { lang, file: raw.file, machine, text };
      }
    }
  }
}
