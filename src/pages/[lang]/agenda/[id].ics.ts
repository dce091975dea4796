import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../../i18n/locales.ts';
import { localize } from '../../../lib/fallback.ts';
import { calendarFor, icsResponse } from '../../../lib/feeds.ts';
import { getContent } from '../../../lib/content-cache.ts';
import { lookup } from '../../../lib/lookup.ts';

export function getStaticPaths() {
  return LOCALE_CODES.flatMap((lang) => getContent().activities.map((a) => ({ params: { lang, id: a.id } })));
}

export const GET: APIRoute = ({ params, locals }) => {
  const lang = params.lang as LocaleCode;
  const { t } = locals;
  const content = getContent();
  const activity = lookup(content).activities.get(params.id!)!;
  return icsResponse(calendarFor(content, lang, t, localize(activity, lang).field('title')!.text, [activity]));
};
