/**
 * The translator is chosen once per request, as Starlight does (its `locals.ts`): the page's
 * language comes from its address, and every page, layout and component reads `Astro.locals.t`
 * instead of building its own. Prerendered pages run this at build time, once per page.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from './i18n/routing.ts';
import { useTranslations } from './i18n/t.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = localeOfPath(context.url.pathname);
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
