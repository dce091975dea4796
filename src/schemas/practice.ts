/**
 * `content/practices/<id>.yaml`: a good practice for municipalities. Practices may exist in
 * Dutch only; `summary_en` gives an English summary where someone wrote one, and
 * `content/translations/<lang>/practices/<id>.yaml` the text in another language.
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

/** Where something is taken from, so every fact can be traced. */
export const sourceRef = (what: string) =>
  z
    .object(
      {
        document: line,
        /** Number of the seed document the content was drawn from. */
        seed: z.string().regex(/^\d{3}$/, { error: 'verwacht het nummer van het brondocument, bijvoorbeeld "003"' }).optional(),
        section: line.optional(),
      },
      { error: `verwacht "${what}:" met daaronder ten minste "document:" (waar komt dit vandaan?)` },
    )
    .strict();

const integraalTheme = z.enum(INTEGRAAL_IDS, { error: `verwacht een INTEGRAAL-thema uit: ${INTEGRAAL_IDS.join(', ')}` });

const REASON = 'verwacht een reden: waarom hoort dit voorbeeld ook bij dit thema, als de bron het er niet onder zet? Noem wat de bron zegt';

/**
 * A theme the source does not file the practice under, with the reason it fits anyway. Kept apart
 * from `themes` so the library shows the themes as the source gives them, and never an editor's
 * guess without a reason a reader can weigh.
 */
export const secondaryTheme = z
  .object(
    {
      theme: integraalTheme,
      /** Why it fits, in the words of the source: shown next to the theme on the page. */
      reason: z.string({ error: REASON }).trim().min(1, { error: REASON }).pipe(line),
    },
    { error: 'verwacht per thema "theme:" en "reason:" (waarom hoort dit voorbeeld ook bij dit thema?)' },
  )
  .strict();

/** The text of a practice: what a translation (content/translations/<lang>/practices/) may give. */
export const practiceText = z.object({
  title: line,
  /** The target group in words, as the source describes it. */
  target_group: line,
  /** Names of partners; a translation gives the same list in its language. */
  partners: z.array(line).default([]),
  summary: line,
  /** What they do. */
  description: text,
  /** What it yields, with figures where the source gives them. */
  results: text.optional(),
  period: line.optional(),
});

export const practiceSchema = practiceText
  .extend({
    /**
     * A Dutch municipality from content/reference/gemeenten.yaml. Leave it out when the practice
     * belongs to a region as a whole (then `region` says which); give at least one of the two.
     */
    municipality: line.optional(),
    /** A region from content/reference/regios.yaml, when the source names one. */
    region: line.optional(),
    /** The INTEGRAAL themes the source files this practice under. */
    themes: uniqueList(integraalTheme, 'thema’s').min(1, {
      error: 'noem ten minste één INTEGRAAL-thema',
    }),
    /** Further themes, each with a reason (see `secondaryTheme`). */
    secondary_themes: z.array(secondaryTheme, { error: 'verwacht een lijst met per thema "theme:" en "reason:"' }).default([]),
    /** The target group as fixed values, for the filter: ${AUDIENCES}. */
    audience: uniqueList(z.enum(AUDIENCES, { error: `verwacht een doelgroep uit: ${AUDIENCES.join(', ')}` }), 'doelgroepen').min(1, {
      error: 'noem ten minste één doelgroep',
    }),
    charts: z.array(chart).default([]),
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
    source: sourceRef('source'),
    /** Where the figures (in results and charts) come from, when that is another document than `source`. */
    figures_source: sourceRef('figures_source').optional(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    /** Date it was added to the library: orders the Atom feed. */
    added: isoDate,
    summary_en: line.optional(),
    related: uniqueList(id, 'praktijken').default([]),
  })
  .strict();

export type Practice = z.infer<typeof practiceSchema>;
