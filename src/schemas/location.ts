/** `content/locations/<id>.yaml`: a building where people go. */
import { z } from 'astro/zod';
import { exampleFields, id, line, source, wheelchair } from './common.ts';

/** The Netherlands' European part, with a little margin: catches swapped or mistyped coordinates. */
export const NL_BOUNDS = { minLat: 50.7, maxLat: 53.6, minLon: 3.3, maxLon: 7.3 };

export const locationSchema = z
  .object({
    name: line,
    street: line,
    postcode: z
      .string({ error: 'verwacht een postcode zoals 7721 AB' })
      .regex(/^[1-9]\d{3} ?[A-Z]{2}$/, { error: 'verwacht een postcode zoals 7721 AB (vier cijfers, twee hoofdletters)' })
      .optional(),
    /** One of the villages in `content/site.yaml`. */
    village: id,
    lat: z
      .number({ error: 'verwacht een breedtegraad als getal, bijvoorbeeld 52.51' })
      .min(NL_BOUNDS.minLat, { error: 'ligt niet in Nederland (breedtegraad tussen 50.7 en 53.6)' })
      .max(NL_BOUNDS.maxLat, { error: 'ligt niet in Nederland (breedtegraad tussen 50.7 en 53.6)' }),
    lon: z
      .number({ error: 'verwacht een lengtegraad als getal, bijvoorbeeld 6.26' })
      .min(NL_BOUNDS.minLon, { error: 'ligt niet in Nederland (lengtegraad tussen 3.3 en 7.3)' })
      .max(NL_BOUNDS.maxLon, { error: 'ligt niet in Nederland (lengtegraad tussen 3.3 en 7.3)' }),
    wheelchair: wheelchair.optional(),
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    source,
  })
  .strict();

export type Location = z.infer<typeof locationSchema>;
