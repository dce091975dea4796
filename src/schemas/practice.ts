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
    /** Title above the chart, one line, e.g. "Statushouders gehuisvest". */
    title: line,
    /** What the numbers count, e.g. "personen". */
    unit: line,
    /** Names of the bars in each row, e.g. [Taakstelling, Gerealiseerd]. */
    series: z.array(line).min(1).max(4),
    /** The rows of the chart, each a label with one value per series. */
    rows: z
      .array(
        z.object({
          /** Name of the row, e.g. a year: "2018". */
          label: line,
          /** One number of 0 or more per series, in the order of `series`, e.g. `[40, 38]`. */
          values: z.array(z.number({ error: 'verwacht een getal' }).min(0, { error: 'verwacht 0 of meer' })),
        }),
      )
      .min(1),
    /** Where the figures come from, e.g. a seed and its table. */
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
        /** Title of the document, e.g. "Evaluatie integratiebeleid Dalfsen 2019". */
        document: line,
        /** Number of the seed document this instance's example content was drawn from, three digits, e.g. `"001"`. */
        seed: z
          .string()
          .regex(/^\d{3}$/, { error: 'verwacht het nummer van het brondocument, bijvoorbeeld "003"' })
          .optional(),
        /** Section or page in that document, e.g. "§ 3.2". */
        section: line.optional(),
      },
      { error: `verwacht "${what}:" met daaronder ten minste "document:" (waar komt dit vandaan?)` },
    )
    .strict();

const integraalTheme = z.enum(INTEGRAAL_IDS, {
  error: `verwacht een INTEGRAAL-thema uit: ${INTEGRAAL_IDS.join(', ')}`,
});

const REASON =
  'verwacht een reden: waarom hoort dit voorbeeld ook bij dit thema, als de bron het er niet onder zet? Noem wat de bron zegt';

/**
 * A theme the source does not file the practice under, with the reason it fits anyway. Kept apart
 * from `themes` so the library shows the themes as the source gives them, and never an editor's
 * guess without a reason a reader can weigh.
 */
const secondaryTheme = z
  .object(
    {
      /** The further INTEGRAAL theme, e.g. `in-beeld` (ids in taxonomies.ts). */
      theme: integraalTheme,
      /** Why it fits, in the words of the source: shown next to the theme on the page. */
      reason: z.string({ error: REASON }).trim().min(1, { error: REASON }).pipe(line),
    },
    { error: 'verwacht per thema "theme:" en "reason:" (waarom hoort dit voorbeeld ook bij dit thema?)' },
  )
  .strict();

/** The text of a practice: what a translation (content/translations/<lang>/practices/) may give. */
export const practiceText = z.object({
  /** Name of the practice, one line, e.g. "Werkboek Taal voor de Bouw". */
  title: line,
  /** The target group in words, as the source describes it, e.g. "Gezinnen met jonge kinderen". */
  target_group: line,
  /** Organisations that work on it together, e.g. `[Humanitas, gemeente Dalfsen]`; a translation gives the same list in its language. */
  partners: z.array(line).default([]),
  /** One sentence for the library's list and search results. */
  summary: line,
  /** What they do, in plain words; a blank line starts a paragraph. */
  description: text,
  /** What it yields, with figures where the source gives them; leave out when no source says. */
  results: text.optional(),
  /** When it ran or runs, in words, e.g. "Zes maanden". */
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
    /** The INTEGRAAL themes the source files this practice under, at least one, e.g. `[goede-start]` (ids in taxonomies.ts). */
    themes: uniqueList(integraalTheme, 'thema’s').min(1, {
      error: 'noem ten minste één INTEGRAAL-thema',
    }),
    /** Further themes, each with a reason (see `secondaryTheme`). */
    secondary_themes: z
      .array(secondaryTheme, { error: 'verwacht een lijst met per thema "theme:" en "reason:"' })
      .default([]),
    /** The target group as fixed values for the filter, at least one, e.g. `[ouders, kinderen]` (AUDIENCES in taxonomies.ts). */
    audience: uniqueList(
      z.enum(AUDIENCES, { error: `verwacht een doelgroep uit: ${AUDIENCES.join(', ')}` }),
      'doelgroepen',
    ).min(1, {
      error: 'noem ten minste één doelgroep',
    }),
    /** Bar charts of figures from the source (see `chart` above); usually none. */
    charts: z.array(chart).default([]),
    /** "Meer weten?": a role and an organisation, never a person's private number. */
    contact: z
      .object({
        /** A role, never a person's name, e.g. "Beleidsmedewerker integratie". */
        role: line,
        /** The organisation the role is at, e.g. "Gemeente Dalfsen". */
        organisation: line,
        /** A web page to read more, starting with https://. */
        website: url.optional(),
        /** A general e-mail address of that organisation. */
        email: email.optional(),
        /** A general phone number of that organisation; a personal 06 number is refused. */
        phone: phone.optional(),
      })
      .strict(),
    /** The document this practice is taken from, so every fact can be traced. */
    source: sourceRef('source'),
    /** Where the figures (in results and charts) come from, when that is another document than `source`. */
    figures_source: sourceRef('figures_source').optional(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    /** Date it was added to the library, as JJJJ-MM-DD, e.g. `2026-11-20`: orders the Atom feed. */
    added: isoDate,
    /** A one-line English summary, where someone wrote one (the text itself may be Dutch only). */
    summary_en: line.optional(),
    /** Other practices to read next: file names in content/practices/, e.g. `[dalfsen-bruggenbouwer]`. */
    related: uniqueList(id, 'praktijken').default([]),
  })
  .strict();

export type Practice = z.infer<typeof practiceSchema>;
