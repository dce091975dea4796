/** `content/reference/gemeenten.yaml`: the Dutch municipalities, so a practice cannot name one that does not exist. */
import { z } from 'astro/zod';
import { line } from './common.ts';

export const municipalitiesSchema = z
  .object({
    source: line,
    municipalities: z.array(line).min(1, { error: 'verwacht een lijst van gemeenten' }),
  })
  .strict();
