/**
 * `content/organisations/<id>.yaml`: who offers help. Facts are kept once here; the
 * translatable text (`about`) has translations in `content/translations/<lang>/organisations/`.
 */
import { z } from 'astro/zod';
import { checked, contactSource, exampleFields, email, interpreter, line, source, text, url } from './common.ts';
import { phone, whatsapp } from './phone.ts';

export const organisationText = z.object({
  /** What the organisation is, in one or two plain sentences; translations give it in their language. */
  about: text,
});

export const organisationSchema = z
  .object({
    /** Official name, one line; names are not translated. Example: "Saam Welzijn". */
    name: line,
    /** The organisation's own website, starting with https://, e.g. "https://www.saamwelzijn.nl". */
    website: url.optional(),
    /** A general e-mail address, never a person's, e.g. "info@saam-welzijn.example". */
    email: email.optional(),
    /** The general phone number as people read it, e.g. "0529 43 83 83"; a personal 06 number is refused. */
    phone: phone.optional(),
    /** The organisation's own WhatsApp line; this one may be a 06 number, e.g. "06 12 34 56 78". */
    whatsapp: whatsapp.optional(),
    /**
     * Where phone, e-mail, WhatsApp and website come from, if not from `source`: one source for all
     * or one per channel; "voorbeeld" marks them as examples. Example: `{ email: voorbeeld }`.
     */
    contact_source: contactSource.optional(),
    /** Can they arrange an interpreter (tolk)? `ja` or `nee`; leave out when no source says. */
    interpreter: interpreter.optional(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    /** Who last checked the record, and when: `{ date: 2026-11-20, by: Saam Welzijn }`. */
    checked,
    /** Where the facts come from: a seed or a named public source, or "voorbeeld" for example data. */
    source,
  })
  .extend(organisationText.shape)
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
