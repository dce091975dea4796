/** `content/reference/gemeenten.yaml`: the Dutch municipalities, so a practice cannot name one that does not exist. */
import { z } from 'astro/zod';
import { line } from './common.ts';

export const municipalitiesSchema = z
  .object({
    /** Where the list comes from, e.g. CBS's list of municipalities for a year. */
    source: line,
    /** The names as the source writes them, e.g. `[Dalfsen, Zwolle]`. */
    municipalities: z.array(line).min(1, { error: 'verwacht een lijst van gemeenten' }),
  })
  .strict();

/**
 * `content/reference/regios.yaml`: regions a practice can belong to as a whole (a regional
 * approach, not one municipality's). Each has the source of its name and, where a public source
 * lists them, the municipalities it covers.
 */
export const regionsSchema = z
  .object({
    /** The regions, each with `name`, `municipalities` and `source`. */
    regions: z
      .array(
        z
          .object({
            /** The region's name as the source writes it, e.g. "Gooi en Vechtstreek". */
            name: line,
            /** The municipalities in it, as in gemeenten.yaml; left out when no source lists them. */
            municipalities: z.array(line).default([]),
            /** Where the name (and the list of municipalities) comes from. */
            source: line,
          })
          .strict(),
      )
      .min(1, { error: 'verwacht een lijst van regio’s' }),
  })
  .strict();

export type Region = z.infer<typeof regionsSchema>['regions'][number];
