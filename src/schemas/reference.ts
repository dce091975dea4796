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
