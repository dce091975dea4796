import type { APIRoute } from 'astro';
import { localePath } from '../../i18n/routing.ts';
import { useTranslations } from '../../i18n/t.ts';
import { practicesJson } from '../../lib/practices.ts';
import { buildDate, getContent } from '../../lib/content-cache.ts';
import type { IntegraalTheme } from '../../schemas/taxonomies.ts';

export const GET: APIRoute = () => {
  const { practices, site, regions, resources } = getContent();
  const t = useTranslations('nl');
  const page = (id: string) => new URL(localePath('nl', `praktijken/${id}`), site.site_url).href;
  const data = practicesJson(practices, site, page, buildDate(), (id) => t(`integraal.${id as IntegraalTheme}`), {
    regions,
    resources,
  });
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
