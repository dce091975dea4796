/**
 * `content/translations/<lang>/<collection>/<id>.yaml`: only the text of a record, in one
 * language. Facts (addresses, phone numbers, times) are never here, so they cannot differ
 * between languages.
 */
import { z } from 'astro/zod';
import { activityText } from './activity.ts';
import { isoDate, line } from './common.ts';
import { organisationText } from './organisation.ts';
import { serviceText } from './service.ts';
import { glossaryText } from './glossary.ts';
import { guideTranslationSchema } from './guide.ts';
import { practiceText } from './practice.ts';
import { resourceText } from './resource.ts';

const translationMeta = {
  /** true while the text is a machine translation that no person has checked. */
  machine: z.boolean({
    error: 'verwacht true (machinevertaling, nog niet nagekeken) of false (nagekeken door een mens)',
  }),
};

export const translationSchemas = {
  organisations: organisationText.partial().extend(translationMeta).strict(),
  services: serviceText.partial().extend(translationMeta).strict(),
  activities: activityText
    .partial()
    .extend(translationMeta)
    .extend({
      /** Reasons for changed dates, by date, in this language, e.g. `{ 2026-12-08: "…" }`. */
      reasons: z.record(isoDate, line).optional(),
    })
    .strict(),
  glossary: glossaryText.partial().extend(translationMeta).strict(),
  /** The frontmatter of a translated guide; its body is the translated MDX text. */
  guides: guideTranslationSchema,
  /** A good practice's text; its facts (municipality, themes, figures, contact) stay in the record. */
  practices: practiceText.partial().extend(translationMeta).strict(),
  /** A resource's name and purpose. */
  resources: resourceText.partial().extend(translationMeta).strict(),
};

export type TranslatableCollection = keyof typeof translationSchemas;
