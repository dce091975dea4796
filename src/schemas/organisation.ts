/**
 * `content/organisations/<id>.yaml`: who offers help. Facts are kept once here; the
 * translatable text (`about`) has translations in `content/translations/<lang>/organisations/`.
 */
import { z } from 'astro/zod';
import { checked, email, line, phone, source, text, url, whatsapp } from './common.ts';

export const organisationText = z.object({
  /** What the organisation is, in one or two plain sentences. */
  about: text,
});

export const organisationSchema = z
  .object({
    /** Official name; names are not translated. */
    name: line,
    website: url.optional(),
    email: email.optional(),
    phone: phone.optional(),
    whatsapp: whatsapp.optional(),
    checked,
    source,
  })
  .extend(organisationText.shape)
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
