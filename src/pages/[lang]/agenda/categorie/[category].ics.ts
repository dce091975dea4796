import type { APIRoute } from 'astro';
import { LOCALE_CODES, type LocaleCode } from '../../../../i18n/locales.ts';
import { calendarFor, icsResponse } from '../../../../lib/feeds.ts';
import { getContent } from '../../../../lib/content-cache.ts';
import type { Category } from '../../../../schemas/taxonomies.ts';

export function getStaticPaths() {
  const used = [...new Set(getContent().activities.map((a) => a.data.category))];
  return LOCALE_CODES.flatMap((lang) => used.map((category) => ({ params: { lang, category } })));
}

export const GET: APIRoute = ({ params, locals }) => {
  const lang = params.lang as LocaleCode;
  const { t } = locals;
  const content = getContent();
  const site = t('site.name', { municipality: content.site.municipality });
  const name = t('agenda.feedCategoryName', { category: t(`category.${params.category as Category}`), site });
  return icsResponse(
    calendarFor(
      content,
      lang,
      t,
      name,
      content.activities.filter((a) => a.data.category === params.category),
    ),
  );
};
