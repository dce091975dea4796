import type { APIRoute } from 'astro';
import type { LocaleCode } from '../../i18n/locales.ts';
import { calendarFor, icsResponse } from '../../lib/feeds.ts';
import { localeParams } from '../../lib/paths.ts';
import { getContent } from '../../lib/content-cache.ts';

export const getStaticPaths = localeParams;

export const GET: APIRoute = ({ params, locals }) => {
  const lang = params.lang as LocaleCode;
  const { t } = locals;
  const content = getContent();
  const name = t('agenda.feedName', { site: t('site.name', { municipality: content.site.municipality }) });
  return icsResponse(calendarFor(content, lang, t, name, content.activities));
};
