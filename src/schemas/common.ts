/**
 * Building blocks shared by the collection schemas. Every message is in Dutch and says what is
 * expected, because the people who edit `content/` are organisations, not programmers; the loader
 * adds the file name and the field path in front of it.
 */
import { z } from 'astro/zod';

// Checks without a message of their own (a number's bounds, a list's length) still speak Dutch.
z.config(z.locales.nl());

/** File-name style identifier: how one record refers to another. */
export const id = z
  .string({ error: 'verwacht een naam van een bestand zonder .yaml, bijvoorbeeld "saam-welzijn"' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'verwacht kleine letters, cijfers en streepjes, bijvoorbeeld "saam-welzijn"',
  });

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written as JJJJ-MM-DD, checked to exist (no 31 June). */
export const isoDate = z
  .string({ error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-09-01' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-09-01' })
  .refine(isRealDate, { error: 'deze datum bestaat niet' });

/** A clock time written as UU:MM on a 24-hour clock. */
export const clockTime = z
  .string({ error: 'verwacht een tijd als UU:MM, bijvoorbeeld 09:30' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    error: 'verwacht een tijd tussen 00:00 en 23:59 als UU:MM, bijvoorbeeld 09:30',
  });

/** Anything that looks like markup or script is refused: content is text, never code. */
const CODE_PATTERN = /<\/?[a-z!?][^>]*>|javascript:|\{\{|\{%|<\?|on[a-z]+\s*=/i;

/** Translatable prose. Blank lines make paragraphs, lines starting with "- " make a list. */
export const text = z
  .string({ error: 'verwacht tekst' })
  .trim()
  .min(1, { error: 'mag niet leeg zijn' })
  .refine((s) => !CODE_PATTERN.test(s), {
    error: 'bevat code of HTML (zoals <script> of <a>); schrijf gewone tekst zonder codes',
  });

/** A one-line text such as a name or a title. */
export const line = text.refine((s) => !s.includes('\n'), { error: 'verwacht één regel tekst' });

export const url = z
  .string({ error: 'verwacht een webadres dat begint met https://' })
  .regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i, {
    error: 'verwacht een volledig webadres dat begint met https://, bijvoorbeeld https://www.dalfsen.nl',
  });

export const email = z
  .string({ error: 'verwacht een e-mailadres' })
  .regex(/^[^\s@<>()]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i, {
    error: 'verwacht een e-mailadres zoals info@organisatie.nl',
  });

/**
 * The source documents an entry can come from without anyone having checked it since. Each has a
 * line on the page ("uit de evaluatie van 2019, nog niet nagekeken", key `common.notChecked.<value>`).
 */
const UNCHECKED_BASES = ['evaluatie-2019', 'speerpunten-2017', 'voorbeeld'] as const;
export type UncheckedBasis = (typeof UNCHECKED_BASES)[number];

const CHECKED_ERROR =
  'verwacht "checked: evaluatie-2019" of "checked: speerpunten-2017" (nog niet nagekeken, alleen uit dat document), "checked: voorbeeld" (een voorbeeld, door niemand nagekeken), of "checked:" met daaronder "date:" (JJJJ-MM-DD) en "by:" (wie het bij de organisatie nakeek)';

/**
 * Whether a person checked the entry with the organisation, and when: shown on the page, and read
 * by `npm run report:stale`. One word (`evaluatie-2019`) when the facts come only from that
 * document and nobody has checked them since; `{ date, by }` only after a real check.
 */
export const checked = z.union(
  [
    z.enum(UNCHECKED_BASES, { error: CHECKED_ERROR }),
    z
      .object(
        {
          /** The day of the check, as JJJJ-MM-DD, e.g. `2026-11-20`. */
          date: isoDate,
          /** Who checked: an organisation or the editors, never a private person's details, e.g. "Saam Welzijn". */
          by: line,
        },
        { error: CHECKED_ERROR },
      )
      .strict(),
  ],
  { error: CHECKED_ERROR },
);
export type Checked = z.infer<typeof checked>;

/** A field path as `example_fields` names it: a top-level field, or a nested one with a dot. */
const FIELD_PATH = /^[a-z_]+(\.[a-z_0-9]+)*$/;

/**
 * `example_fields: [schedule, cost_note]`: the fields of this record whose value is an example,
 * not from a source. The page shows "voorbeeld" next to each, the open data flags it, and the
 * content check refuses a name that is not a field of the record (src/lib/content/examples.ts).
 */
export const exampleFields = uniqueList(
  z
    .string({ error: 'verwacht de naam van een veld, bijvoorbeeld schedule of cost_note' })
    .regex(FIELD_PATH, { error: 'verwacht de naam van een veld, bijvoorbeeld schedule, cost_note of schedule.time' }),
  'velden',
).optional();

/**
 * Where a fact comes from. Either a seed document (so it can be traced) or the word
 * "voorbeeld": then the page says the fact is an example.
 */
export const source = line.describe('bron: een brondocument of "voorbeeld"');

/** Two- or three-letter language codes (ISO 639), checked against what `Intl` knows. */
export const languageCode = z
  .string({ error: 'verwacht een taalcode zoals nl, en, ar, ti' })
  .regex(/^[a-z]{2,3}$/, { error: 'verwacht een taalcode van twee of drie kleine letters, zoals nl, en, ar, ti' })
  .refine(
    (code) => {
      const name = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'none' }).of(code);
      return Boolean(name && name !== code);
    },
    { error: 'dit is geen bekende taalcode (ISO 639), gebruik bijvoorbeeld nl, en, ar, ti, fa, tr, uk, so' },
  );

/** A list where a value may appear only once. */
export function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z
    .array(item, { error: `verwacht een lijst van ${what}` })
    .refine((list) => new Set(list as unknown[]).size === list.length, { error: `${what} staan dubbel in de lijst` });
}

/** Wheelchair access, as a person planning a visit needs to know it. */
export const wheelchair = z.enum(['ja', 'nee', 'deels'], {
  error: 'verwacht ja, nee of deels',
});

/**
 * Where the contact details come from, when that differs from the record's `source`: a seed, a
 * named public source, or "voorbeeld" (then every button says the value is an example).
 */
export const contactSource = z.union(
  [
    line,
    z
      .object({
        /** Where the phone number comes from. */
        phone: line.optional(),
        /** Where the e-mail address comes from. */
        email: line.optional(),
        /** Where the WhatsApp number comes from. */
        whatsapp: line.optional(),
        /** Where the website comes from. */
        website: line.optional(),
      })
      .strict(),
  ],
  {
    error:
      'verwacht één bron voor alle contactgegevens, of per kanaal, bijvoorbeeld "contact_source: { email: voorbeeld }"',
  },
);

/**
 * Can the organisation arrange an interpreter (tolk)? Only set it when a source says so; left out,
 * the page tells the reader to ask, rather than guess.
 */
export const interpreter = z.enum(['ja', 'nee'], {
  error: 'verwacht ja (de organisatie kan een tolk regelen) of nee; laat het veld weg als het niet bekend is',
});
