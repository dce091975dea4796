/**
 * `content/glossary/<id>.yaml`: one Dutch word a newcomer meets in letters and at counters (BSN,
 * eigen risico), explained in plain words. The term stays Dutch in every language, because that
 * is the word on the letter; only the explanation is translated.
 */
import { z } from 'astro/zod';
import { line, source, text } from './common.ts';

export const glossaryText = z.object({
  /** Plain Dutch (B1), one or two sentences: what the word means for the reader. */
  explanation: text,
});

export const glossarySchema = glossaryText
  .extend({
    /** The Dutch word as it is written on letters and forms, e.g. "BSN" or "eigen risico". */
    term: line,
    /** Where the explanation comes from (a seed, or the public body that defines the word). */
    source,
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
