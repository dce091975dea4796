/**
 * Astro collections, loaded from ../content (what editors change), never from src/.
 * The plain pages are Markdown and go through Astro's renderer. The structured collections
 * (organisations, services, activities, practices) are read by src/lib/content.ts, which checks
 * references between them and reports mistakes in Dutch with file and field; see there why.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page.ts';

export const collections = {
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*/*.md' }),
    schema: pageSchema,
  }),
};
