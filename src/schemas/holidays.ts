/** `content/holidays.yaml`: school holidays, kept as data with the place they were taken from. */
import { z } from 'astro/zod';
import { isoDate, line } from './common.ts';

export const holidaySchema = z
  .object({
    /** Name of the holiday, e.g. "Zomervakantie". */
    name: line,
    /** Regions it applies to, e.g. `[noord]`; `[alle]` for the whole country. */
    regions: z.array(z.enum(['alle', 'noord', 'midden', 'zuid'], { error: 'verwacht alle, noord, midden of zuid' })).min(1),
    /** First day off, as JJJJ-MM-DD, e.g. `2026-12-19`. */
    from: isoDate,
    /** Last day off (included), as JJJJ-MM-DD, e.g. `2027-01-03`. */
    to: isoDate,
  })
  .strict()
  .refine((h) => h.to >= h.from, { error: 'de einddatum ligt vóór de begindatum', path: ['to'] });

export const holidaysSchema = z
  .object({
    /** Where the dates come from, e.g. the Rijksoverheid page with the school holidays. */
    source: line,
    /** The holidays, each with a name, regions and dates. */
    periods: z.array(holidaySchema).min(1),
  })
  .strict();

export type Holiday = z.infer<typeof holidaySchema>;
