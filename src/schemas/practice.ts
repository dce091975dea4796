/**
 * `content/practices/<id>.yaml`: a good practice for municipalities. Practices may exist in
 * Dutch only; `summary_en` gives an English summary where someone wrote one.
 */
import { z } from 'astro/zod';
import { email, exampleFields, id, isoDate, line, text, uniqueList, url } from './common.ts';
import { phone } from './phone.ts';
import { AUDIENCES, INTEGRAAL_IDS } from './taxonomies.ts';

const chart = z
  .object({
    title: line,
    /** What the numbers count, e.g. "personen". */
    unit: line,
    /** Names of the bars in each row, e.g. [Taakstelling, Gerealiseerd]. */
    series: z.array(line).min(1).max(4),
    rows: z
      .array(
        z.object({
          label: line,
          values: z.array(z.number({ error: 'verwacht een getal' }).min(0, { error: 'verwacht 0 of meer' })),
        }),
      )
      .min(1),
    /** Where the figures come from. */
    source: line,
  })
  .strict()
  .superRefine((c, ctx) => {
    c.rows.forEach((row, i) => {
      if (row.values.length !== c.series.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'values'],
          message: `verwacht ${c.series.length} getallen (één per reeks: ${c.series.join(', ')})`,
        });
      }
    });
  });

export const practiceSchema = z
  .object({
    title: line,
    /** A Dutch municipality from content/reference/gemeenten.yaml. */
    municipality: line,
    region: line.optional(),
    themes: uniqueList(z.enum(INTEGRAAL_IDS, { error: `verwacht een INTEGRAAL-thema uit: ${INTEGRAAL_IDS.join(', ')}` }), 'thema’s').min(1, {
      error: 'noem ten minste één INTEGRAAL-thema',
    }),
    /** The target group in words, as the source describes it. */
    target_group: line,
    /** The target group as fixed values, for the filter: ${AUDIENCES}. */
    audience: uniqueList(z.enum(AUDIENCES, { error: `verwacht een doelgroep uit: ${AUDIENCES.join(', ')}` }), 'doelgroepen').min(1, {
      error: 'noem ten minste één doelgroep',
    }),
    partners: z.array(line).default([]),
    summary: line,
    /** What they do. */
    description: text,
    /** What it yields, with figures where the source gives them. */
    results: text.optional(),
    charts: z.array(chart).default([]),
    period: line.optional(),
    /** "Meer weten?": a role and an organisation, never a person's private number. */
    contact: z
      .object({
        role: line,
        organisation: line,
        website: url.optional(),
        email: email.optional(),
        phone: phone.optional(),
      })
      .strict(),
    /** The document this practice is taken from, so every fact can be traced. */
    source: z
      .object(
        {
          document: line,
          /** Number of the seed document this instance's example content was drawn from. */
          seed: z.string().regex(/^\d{3}$/, { error: 'verwacht het nummer van het brondocument, bijvoorbeeld "003"' }).optional(),
          section: line.optional(),
        },
        { error: 'verwacht "source:" met daaronder ten minste "document:" (waar komt dit voorbeeld vandaan?)' },
      )
      .strict(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    /** Date it was added to the library: orders the Atom feed. */
    added: isoDate,
    summary_en: line.optional(),
    related: uniqueList(id, 'praktijken').default([]),
  })
  .strict();

export type Practice = z.infer<typeof practiceSchema>;
