/**
 * `content/guides/<id>.mdx`: a Wegwijzer guide, what a newcomer must know and arrange on one
 * subject, in plain Dutch (B1). The frontmatter holds the facts about the guide; the text is the
 * MDX body, which may use only the guide components (see src/lib/markup-rules.ts). Services and
 * activities are named by id: their phone numbers, addresses and times are shown from their own
 * files, never copied into the guide.
 */
import { z } from 'astro/zod';
import { checked, id, line, source, uniqueList } from './common.ts';
import { THEMES } from './taxonomies.ts';

const theme = z.enum(THEMES, { error: `verwacht een thema uit: ${THEMES.join(', ')}` });

/** The text of a guide that a translation replaces. */
const guideText = z.object({
  /** Title on one line, as a question or a task: "De eerste weken in Dalfsen". */
  title: line,
  /** One sentence for lists and search results: what does the guide help with? */
  summary: line,
});

export const guideSchema = guideText
  .extend({
    /** Life areas of the kaart (src/schemas/taxonomies.ts), e.g. `[geld, wonen]`; the guide is shown at the top of those theme pages. */
    themes: uniqueList(theme, 'thema’s').min(1, { error: 'noem minstens één thema, bijvoorbeeld [geld]' }),
    /** Services in content/services/ the guide points to (checked to exist), e.g. `[brede-intake-en-pip]`; shown under the guide. */
    services: uniqueList(id, 'diensten').default([]),
    /** Activities in content/activities/ the guide points to (checked to exist), e.g. `[digid-cursus]`. */
    activities: uniqueList(id, 'activiteiten').default([]),
    /** Position in the list of guides, a whole number: `1` comes first. */
    order: z
      .number({ error: 'verwacht een getal: de plaats in de lijst, 1 komt eerst' })
      .int({ error: 'verwacht een heel getal, zoals 3' })
      .min(1, { error: 'verwacht 1 of hoger' }),
    /** Who last checked the text against its sources, and when: `{ date: 2026-12-01, by: Redactie Thuis in Dalfsen }`. */
    checked,
    /** Where the facts come from: a seed (with its section) for local facts, the public body for national ones. */
    source,
  })
  .strict();

export type Guide = z.infer<typeof guideSchema>;

/** `content/translations/<lang>/guides/<id>.mdx`: title, summary and the translated body. */
export const guideTranslationSchema = guideText
  .extend({
    /** true while this is a machine translation that no person has checked. */
    machine: z.boolean({
      error: 'verwacht true (machinevertaling, nog niet nagekeken) of false (nagekeken door een mens)',
    }),
  })
  .strict();
