/**
 * One date of an activity as a calendar file ("Zet in mijn agenda" for that date): a static file
 * per date, so a tap on a phone opens or downloads it without JavaScript.
 */
import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../../../i18n/locales.ts';
import { addableOccurrences, icsResponse, occurrenceCalendarFor } from '../../../../lib/feeds.ts';
import { getContent } from '../../../../lib/content-cache.ts';

export function getStaticPaths() {
  const content = getContent();
  return LOCALE_CODES.flatMap((lang) =>
    content.activities.flatMap((activity) =>
      addableOccurrences(content, activity).map((occurrence) => ({
        params: { lang, id: activity.id, date: occurrence.ruleDate },
        props: { activity, occurrence },
      })),
    ),
  );
}

export const GET: APIRoute = ({ params, props, locals }) => {
  const lang = params.lang as LocaleCode;
  return icsResponse(occurrenceCalendarFor(getContent(), lang, locals.t, props.activity, props.occurrence));
};
