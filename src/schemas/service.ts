/**
 * `content/services/<id>.yaml`: one thing a person can go to an organisation for. This is what
 * the sociale kaart lists. Contact details are taken from the organisation unless the service
 * has its own.
 */
import { z } from 'astro/zod';
import {
  checked,
  contactSource,
  exampleFields,
  email,
  interpreter,
  id,
  languageCode,
  line,
  source,
  text,
  uniqueList,
  url,
  wheelchair,
} from './common.ts';
import { phone, whatsapp } from './phone.ts';
import { GROUPS, THEMES, VOLUNTEER_ROLES } from './taxonomies.ts';
import { hoursLine } from './hours.ts';

export const serviceText = z.object({
  /** Name of the service in the reader's language, one line, e.g. "Een taalcoach". */
  title: line,
  /** One sentence for lists and search results: what can I come here for? E.g. "Een vrijwilliger oefent elke week Nederlands met u." */
  summary: line,
  /** What they do, in plain words; a blank line starts a paragraph, "- " a list item. */
  description: text,
  /** How to get help: walk in, call, make an appointment, who sends you. E.g. "Bel of mail ons." */
  how: text.optional(),
  /** What to bring (ID, letters, bank statements …). */
  bring: text.optional(),
  /** Costs in words when not free, e.g. "€ 5 per keer; met Meedoenpas gratis". */
  cost_note: line.optional(),
  /** Hours in words where a rule cannot say it, e.g. "ook op afspraak". */
  hours_note: line.optional(),
  /** Words people use when they search, as a list, e.g. `[huisarts, toeslagen, schulden, DigiD]`. */
  keywords: z.array(line).optional(),
});

export const serviceSchema = z
  .object({
    /** The organisation that offers it: a file name in content/organisations/ without .yaml, e.g. `taalpunt`. */
    organisation: id,
    /** Where it happens: files in content/locations/, e.g. `[bibliotheek-dalfsen]`; leave out for help at home or by phone only. */
    locations: uniqueList(id, 'locaties').default([]),
    /** Life areas of the kaart it belongs to, at least one, e.g. `[taal, vrijwilligers]` (the list is in taxonomies.ts). */
    themes: uniqueList(z.enum(THEMES, { error: `verwacht een thema uit: ${THEMES.join(', ')}` }), 'thema’s').min(1, {
      error: 'noem ten minste één thema',
    }),
    /** Villages it serves (ids from content/site.yaml), e.g. `[dalfsen, lemelerveld]`; leave out when it serves the whole municipality. */
    villages: uniqueList(id, 'dorpen').optional(),
    /** Groups it is specially meant for, e.g. `[ouders]`; leave out when it is for everyone. */
    groups: uniqueList(z.enum(GROUPS, { error: `verwacht een groep uit: ${GROUPS.join(', ')}` }), 'groepen').default(
      [],
    ),
    /** Youngest age it is for, in whole years, e.g. `18`. */
    age_min: z.number().int().min(0).max(120).optional(),
    /** Oldest age it is for, in whole years, e.g. `27`; not below `age_min`. */
    age_max: z.number().int().min(0).max(120).optional(),
    /** Languages spoken there, as ISO 639 codes, at least one, e.g. `[nl, en, ar]`. */
    languages: uniqueList(languageCode, 'talen').min(1, { error: 'noem ten minste één taal, bijvoorbeeld nl' }),
    /** `true` when it costs nothing; with `false`, `cost_note` says what it costs. */
    free: z.boolean({ error: 'verwacht true (gratis) of false (kost geld, leg uit in cost_note)' }),
    /** Opening or consultation hours, one rule per line, e.g. `["ma-vr 09:00-12:00", "di, do 13:00-16:00"]` (see hours.ts). */
    hours: z.array(hoursLine).optional(),
    /** `true` when people come by appointment only; default `false`. */
    by_appointment: z.boolean().default(false),
    /** Can a wheelchair user get in: `ja`, `nee` or `deels`. */
    wheelchair: wheelchair.optional(),
    /** The service's own general phone number, when it differs from the organisation's, e.g. "0529 43 83 83". */
    phone: phone.optional(),
    /** The service's own e-mail address, when it differs from the organisation's, e.g. "taalcoach@taalpunt.example". */
    email: email.optional(),
    /** The service's own web page, starting with https://. */
    website: url.optional(),
    /** The service's own WhatsApp line; this one may be a 06 number. */
    whatsapp: whatsapp.optional(),
    /**
     * Where phone, e-mail, WhatsApp and website come from, if not from `source`: one source for all
     * or one per channel; "voorbeeld" marks them as examples. Example: `{ email: voorbeeld }`.
     */
    contact_source: contactSource.optional(),
    /** Can they arrange an interpreter (tolk)? `ja` or `nee`; leave out when no source says. */
    interpreter: interpreter.optional(),
    /** This service looks for residents who want to help, in these roles, e.g. `[taalcoach]`. */
    volunteers: uniqueList(
      z.enum(VOLUNTEER_ROLES, { error: `verwacht een rol uit: ${VOLUNTEER_ROLES.join(', ')}` }),
      'rollen',
    ).optional(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    /** Who last checked the record, and when: `{ date: 2026-11-20, by: Taalpunt }`. */
    checked,
    /** Where the facts come from: a seed or a named public source, or "voorbeeld" for example data. */
    source,
  })
  .extend(serviceText.shape)
  .strict()
  .refine((s) => s.age_min === undefined || s.age_max === undefined || s.age_min <= s.age_max, {
    error: 'age_min is groter dan age_max',
    path: ['age_max'],
  })
  .refine((s) => s.free || s.cost_note, {
    error: 'bij free: false hoort een cost_note die de kosten uitlegt',
    path: ['cost_note'],
  });

export type Service = z.infer<typeof serviceSchema>;
