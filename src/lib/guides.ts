/**
 * The Wegwijzer as pages need it: which guides belong to a life area, the next date of an
 * activity a guide names, and the content-collection ids of a guide's text in a language (the
 * translation, or the Dutch text as fallback). Plain TypeScript, no Astro imports.
 */
import { DEFAULT_LOCALE, type LocaleCode } from '../i18n/locales.ts';
import type { Theme } from '../schemas/taxonomies.ts';
import type { Content, Entry } from './content.ts';
import type { Guide } from '../schemas/guide.ts';
import { agendaWindow } from './agenda.ts';
import { expandSchedule, type Occurrence } from './recurrence.ts';
import { lookup } from './lookup.ts';

/** Guides for one life area, in their set order: shown at the top of that kaart page. */
export function guidesForTheme(content: Content, theme: Theme | string): Entry<Guide>[] {
  return content.guides.filter((g) => (g.data.themes as string[]).includes(theme));
}

/**
 * The collection entry holding a guide's body in `lang`: its translation when there is one
 * ("ar/guides/<id>" in the guideTranslations collection), else the Dutch original.
 */
export function guideBodyId(
  guide: Entry<Guide>,
  lang: LocaleCode,
): { collection: 'guides' | 'guideTranslations'; id: string } {
  if (lang !== DEFAULT_LOCALE && guide.translations[lang])
    return { collection: 'guideTranslations', id: `${lang}/guides/${guide.id}` };
  return { collection: 'guides', id: guide.id };
}

/** The next date an activity happens (not cancelled), from `today` within the agenda's window. */
export function nextOccurrence(content: Content, activityId: string, today: string): Occurrence | undefined {
  const activity = lookup(content).activities.get(activityId);
  if (!activity) return undefined;
  return expandSchedule(
    activity.data.schedule,
    content.holidays.periods,
    agendaWindow(today, content.site.agenda_weeks),
  ).find((o) => o.status !== 'cancelled' && o.date >= today);
}

/**
 * A component pointing at a record that does not exist. `npm run check:content` reports this
 * with file and line before the build; this stops a build that skipped the check.
 */
export class GuideReferenceError extends Error {
  constructor(component: string, id: string, folder: string) {
    super(
      `Een gids gebruikt <${component} id="${id}" />, maar "${id}" bestaat niet in ${folder}. Draai "npm run check:content" voor bestand en regel.`,
    );
    this.name = 'GuideReferenceError';
  }
}

/** The glossary ids a guide body uses (<Woord id="…">), in order of first use, each once. */
export function wordsUsed(body: string): string[] {
  return [...new Set([...body.matchAll(/<Woord\s+id="([^"]+)"/g)].map((m) => m[1]))];
}
