/** `content/pages/<lang>/<slug>.md`: the plain pages (about, privacy, accessibility). */
import { z } from 'astro/zod';
import { line } from './common.ts';

export const pageSchema = z
  .object({
    /** Title of the page, one line, e.g. "Over Thuis in Dalfsen". */
    title: line,
    /** One sentence for search engines and link previews. */
    description: line,
    /** true while this is a machine translation no person has checked. */
    machine: z.boolean().default(false),
  })
  .strict();
