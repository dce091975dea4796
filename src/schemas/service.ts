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
  /** Name of the service in the reader's language. */
  title: line,
  /** One sentence for lists and search results: what can I come here for? */
  summary: line,
  /** What they do, in plain words. */
  description: text,
  /** How to get help: walk in, call, make an appointment, who sends you. */
  how: text.optional(),
  /** What to bring (ID, letters, bank statements …). */
  bring: text.optional(),
  /** Costs in words when not free, e.g. "€ 5 per keer; met Meedoenpas gratis". */
  cost_note: line.optional(),
  /** Hours in words where a rule cannot say it, e.g. "ook op afspraak". */
  hours_note: line.optional(),
  /** Words people use when they search, e.g. huisarts, toeslagen, schulden, DigiD. */
  keywords: z.array(line).optional(),
});

export const serviceSchema = z
  .object({
    organisation: id,
    /** Where it happens; leave out for help at home or by phone only. */
    locations: uniqueList(id, 'locaties').default([]),
    themes: uniqueList(z.enum(THEMES, { error: `verwacht een thema uit: ${THEMES.join(', ')}` }), 'thema’s').min(1, {
      error: 'noem ten minste één thema',
    }),
    /** Villages it serves; leave out when it serves the whole municipality. */
    villages: uniqueList(id, 'dorpen').optional(),
    groups: uniqueList(z.enum(GROUPS, { error: `verwacht een groep uit: ${GROUPS.join(', ')}` }), 'groepen').default([]),
    age_min: z.number().int().min(0).max(120).optional(),
    age_max: z.number().int().min(0).max(120).optional(),
    /** Languages spoken there (ISO codes). */
    languages: uniqueList(languageCode, 'talen').min(1, { error: 'noem ten minste één taal, bijvoorbeeld nl' }),
    free: z.boolean({ error: 'verwacht true (gratis) of false (kost geld, leg uit in cost_note)' }),
    hours: z.array(hoursLine).optional(),
    by_appointment: z.boolean().default(false),
    wheelchair: wheelchair.optional(),
    phone: phone.optional(),
    email: email.optional(),
    website: url.optional(),
    whatsapp: whatsapp.optional(),
    /** Where phone, e-mail, WhatsApp and website come from, if not from `source`; "voorbeeld" marks them as examples. */
    contact_source: contactSource.optional(),
    /** Can they arrange an interpreter? Leave out when no source says. */
    interpreter: interpreter.optional(),
    /** This service looks for residents who want to help, in these roles. */
    volunteers: uniqueList(z.enum(VOLUNTEER_ROLES, { error: `verwacht een rol uit: ${VOLUNTEER_ROLES.join(', ')}` }), 'rollen').optional(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    checked,
    source,
  })
  .extend(serviceText.shape)
  .strict()
  .refine((s) => s.age_min === undefined || s.age_max === undefined || s.age_min <= s.age_max, {
    error: 'age_min is groter dan age_max',
    path: ['age_max'],
  })
  .refine((s) => s.free || s.cost_note, { error: 'bij free: false hoort een cost_note die de kosten uitlegt', path: ['cost_note'] });

export type Service = z.infer<typeof serviceSchema>;
