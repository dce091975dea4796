/**
 * URLs: every page lives under /<lang>/…, and the same path in another language is the same page.
 * Paths are written without language ("kaart/taalcoach/") and localised here, so links cannot drift.
 */
import { DEFAULT_LOCALE, LOCALES, type LocaleCode } from './locales.ts';

/** "/ar/kaart/" from ("ar", "kaart"). Always a trailing slash, as the static build writes folders. */
export function localePath(lang: LocaleCode, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/** The page path without its language prefix: "/ar/kaart/x/" -> "kaart/x". */
export function stripLocale(pathname: string): string {
  const parts = pathname.replace(/^\/+|\/+$/g, '').split('/');
  if (LOCALES.some((l) => l.code === parts[0])) parts.shift();
  return parts.join('/');
}

/** The same page in every language, for the language switch and hreflang links. */
export function alternates(pathname: string): { lang: LocaleCode; href: string }[] {
  const path = stripLocale(pathname);
  return LOCALES.map((l) => ({ lang: l.code, href: localePath(l.code, path) }));
}

/**
 * The language of a request from its address: "/ar/kaart/" is Arabic; the few pages outside a
 * language ("/", "/404.html", "/data/…") are Dutch, the language they are written in.
 */
export function localeOfPath(pathname: string): LocaleCode {
  const first = pathname.replace(/^\/+/, '').split('/')[0];
  return LOCALES.find((l) => l.code === first)?.code ?? DEFAULT_LOCALE;
}
