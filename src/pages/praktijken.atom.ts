import type { APIRoute } from 'astro';
import { localePath } from '../i18n/routing.ts';
import { practicesAtom } from '../lib/practices.ts';
import { getContent } from '../lib/content-cache.ts';

export const GET: APIRoute = () => {
  const { practices, site } = getContent();
  const page = (id: string) => new URL(localePath('nl', `praktijken/${id}`), site.site_url).href;
  const body = practicesAtom(practices, site, page, new URL('/praktijken.atom', site.site_url).href);
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
