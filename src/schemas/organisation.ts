/**
 * `content/organisations/<id>.yaml`: who offers help. Facts are kept once here; the
 * translatable text (`about`) has translations in `content/translations/<lang>/organisations/`.
 */
import { z } from 'astro/zod';
import { checked, contactSource, exampleFields, email, interpreter, line, source, text, url } from './common.ts';
import { phone, whatsapp } from './phone.ts';

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
    /** Where phone, e-mail, WhatsApp and website come from, if not from `source`; "voorbeeld" marks them as examples. */
    contact_source: contactSource.optional(),
    /** Can they arrange an interpreter? Leave out when no source says. */
    interpreter: interpreter.optional(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    checked,
    source,
  })
  .extend(organisationText.shape)
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
