/**
 * `content/resources/<id>.yaml`: a tool or guide for the people who work on integration (the
 * "Hulpmiddelen" of the library), such as the web tools of Toezicht Sociaal Domein. Not a
 * practice of a municipality, so it has no municipality, themes or figures: what it is, what it
 * is for, who made it, and where the source says it is.
 */
import { z } from 'astro/zod';
import { isoDate, line, text, url } from './common.ts';
import { sourceRef } from './practice.ts';

/** The text of a resource: what a translation (content/translations/<lang>/resources/) may give. */
export const resourceText = z.object({
  /** Its name as its maker writes it. */
  name: line,
  /** What it is and what it helps with, in one or two sentences. */
  purpose: text,
});

export const resourceSchema = resourceText
  .extend({
    /** Who made it. */
    publisher: line,
    /** Its address, only where the source gives one. */
    url: url.optional(),
    /** The document that describes it. */
    source: sourceRef('source'),
    /** Date it was added to the list. */
    added: isoDate,
  })
  .strict();

export type Resource = z.infer<typeof resourceSchema>;
