/**
 * Astro collections, loaded from ../content (what editors change), never from src/.
 * The plain pages (Markdown) and the guides' texts (MDX) go through Astro's renderer. Their
 * facts and every structured collection are read by src/lib/content.ts, which checks references
 * and reports mistakes in Dutch with file and field; see there why. The guide collections
 * therefore carry no schema of their own: `npm run check:content` has refused a bad file before
 * Astro reads it, with src/schemas/guide.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './schemas/page.ts';

// The e2e tests build a small fixture site; its guides are what the fallback tests know.
const contentDir = `${process.env.THUISIN_CONTENT_ROOT ?? '.'}/content`;

export const collections = {
  pages: defineCollection({
    loader: glob({ base: './content/pages', pattern: '*/*.md' }),
    schema: pageSchema,
  }),
  /** content/guides/<id>.mdx: the Dutch guides. */
  guides: defineCollection({
    loader: glob({ base: `${contentDir}/guides`, pattern: '*.mdx' }),
  }),
  /** content/translations/<lang>/guides/<id>.mdx, with ids like "ar/guides/<id>". */
  guideTranslations: defineCollection({
    loader: glob({ base: `${contentDir}/translations`, pattern: '*/guides/*.mdx' }),
  }),
};
