/**
 * Prepares one built page for the Pagefind index (used by src/integrations/pagefind.ts): marks
 * what is not main content as `data-pagefind-ignore`, adds the `type` filter and the meta the
 * result list shows, and appends hidden search terms (synonyms, normalised spellings, the Dutch
 * words of the Dutch page). Works on our own generated HTML, so plain patterns suffice.
 */
import { normalizeSearchText, searchWords } from './search-normalize.ts';
import { synonymsFor, type SynonymGroup } from './synonyms.ts';

/** What a page is, for the `type` facet and the label on each result. */
export type PageKind = 'dienst' | 'activiteit' | 'gids' | 'organisatie' | 'praktijk' | 'woord' | 'pagina';

/** The kind of page behind a URL such as /ar/kaart/taalcoach/. */
export function pageKind(url: string): PageKind {
  const path = url.replace(/^\/[a-z]{2}\//, '');
  if (/^kaart\/organisaties\/[^/]+\/$/.test(path)) return 'organisatie';
  if (/^kaart\/[^/]+\/$/.test(path)) return 'dienst';
  if (/^agenda\/[^/]+\/$/.test(path)) return 'activiteit';
  if (/^wegwijzer\/[^/]+\/$/.test(path)) return 'gids';
  if (/^praktijken\/(?!cijfers\/)[^/]+\/$/.test(path)) return 'praktijk';
  if (/^woordenlijst\/$/.test(path)) return 'woord';
  return 'pagina';
}

/**
 * Opening tags of what is not main content: label/value lists ("Website" + "www…" would run
 * together in an excerpt), action buttons, notices (machine translation, Dutch fallback,
 * example), calendar buttons, the list of dates, the subscribe box.
 */
const NOT_CONTENT = [
  // Label/value lists, but not the glossary: its terms and explanations are what people search for.
  /<dl\b(?![^>]*\bclass="glossary\b)/g,
  /<ul\b(?=[^>]*\bclass="action-buttons\b)/g,
  /<div\b(?=[^>]*\brole="note")/g,
  /<details\b(?=[^>]*\bclass="subscribe\b)/g,
  /<li\b(?=[^>]*\bclass="occurrence\b)/g,
  /<a\b(?=[^>]*\bdata-calendar=)/g,
];

/** Dutch words a reader may copy from a letter: long compounds and acronyms (BSN, DigiD, KNM). */
function letterWords(text: string): string[] {
  const words = text.match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? [];
  return words.filter((w) => [...w].length >= 9 || (/^[A-Z][A-Za-z]{1,5}$/.test(w) && /[A-Z].*[A-Z]/.test(w)));
}

function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface PrepareOptions {
  lang: string;
  kind: PageKind;
  /** The kind in the page's language: the filter value the facet shows. */
  typeLabel: string;
  synonyms: readonly SynonymGroup[];
  /** The Dutch page of a translation, whose letter words are indexed with it. */
  dutch?: PreparedPage;
}

export interface PreparedPage {
  html: string;
  /** Words for the forgiving matcher: the title, its words, the keywords. */
  vocabulary: string[];
  /** Dutch letter words and title words of this page (Dutch pages only lend them to translations). */
  letterWords: string[];
  /** The hidden terms added to the index. */
  extraTerms: string[];
}

/** Prepares one page; see the module comment. */
export function prepareForIndex(html: string, options: PrepareOptions): PreparedPage {
  let out = html;
  for (const pattern of NOT_CONTENT) out = out.replace(pattern, (tag) => `${tag} data-pagefind-ignore`);
  // The main content only (Base.astro's data-pagefind-body ends with </main>).
  const marker = out.indexOf('data-pagefind-body');
  const bodyStart = marker >= 0 ? out.indexOf('>', marker) + 1 : -1;
  const bodyEnd = out.lastIndexOf('</main>');
  const body = bodyStart >= 0 && bodyEnd > bodyStart ? out.slice(bodyStart, bodyEnd) : '';
  const visible = textOf(body.replace(/<(\w+)\b[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' '));
  const title = textOf(body.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const keywords = textOf(body.match(/<p class="visually-hidden" aria-hidden="true">([\s\S]*?)<\/p>/)?.[1] ?? '')
    .split('·')
    .map((k) => k.trim())
    .filter(Boolean);

  const normalised = normalizeSearchText(visible, options.lang);
  const words = new Set(searchWords(visible, options.lang));
  // The words as written on the page (lower case), which Pagefind indexes anyway.
  const written = new Set(
    visible
      .toLocaleLowerCase('und')
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter(Boolean),
  );
  const extra = new Set<string>(synonymsFor(words, normalised, options.synonyms, options.lang));
  // Spellings that differ once normalised (أ → ا, ک → ك, ዕዳ፡ክፍሊት → two words): the query is
  // normalised the same way in the browser, so both meet here.
  for (const raw of visible.split(/\s+/)) {
    const folded = searchWords(raw, options.lang);
    const plain = raw.toLocaleLowerCase('und').replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
    if (folded.length && folded.join('') !== plain) for (const f of folded) extra.add(f);
  }
  const ownLetterWords = options.lang === 'nl' ? [...new Set([...letterWords(visible), ...searchWords(title)])] : [];
  if (options.dutch) {
    for (const w of options.dutch.letterWords) extra.add(normalizeSearchText(w, options.lang));
  }
  for (const w of written) extra.delete(w);

  const meta: string[] = [`<span data-pagefind-meta="kind:${options.kind}"></span>`];
  const tel = body.match(/<a href="tel:[^"]*"[^>]*>(?:(?!<\/a>)[\s\S])*?<span[^>]*dir="ltr"[^>]*>([^<]+)<\/span>/);
  // Only where the phone is the entry's own (a guide's first service card is not the guide's).
  if (tel && ['dienst', 'organisatie', 'activiteit'].includes(options.kind))
    meta.push(`<span data-pagefind-meta="phone:${escapeHtml(tel[1]!.trim())}"></span>`);
  const dates = [...body.matchAll(/data-calendar="next" data-next data-date="(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
  if (dates.length) meta.push(`<span data-pagefind-meta="dates:${dates.join(' ')}"></span>`);
  // The search page builds excerpts from the visible text only: it needs to know how many words
  // at the end of the page's indexed text are these hidden ones (the type label and the terms).
  const tail = `${options.typeLabel} ${[...extra].join(' ')}`.trim().split(/\s+/).length;
  meta.push(`<span data-pagefind-meta="tail:${tail}"></span>`);
  const description = out.match(/<meta name="description" content="([^"]*)"/)?.[1];
  if (description) meta.push(`<span data-pagefind-meta="summary:${description}"></span>`);
  const hidden =
    `<div hidden>` +
    `<span data-pagefind-filter="type">${escapeHtml(options.typeLabel)}</span>` +
    meta.join('') +
    (extra.size ? `<p data-search-terms>${escapeHtml([...extra].join(' '))}</p>` : '') +
    `</div>`;
  if (bodyEnd > 0) {
    const close = out.lastIndexOf('</div>', bodyEnd);
    out = out.slice(0, close) + hidden + out.slice(close);
  }
  return {
    html: out,
    vocabulary: [title, ...keywords, ...searchWords(title).filter((w) => w.length >= 4)].filter(Boolean),
    letterWords: ownLetterWords,
    extraTerms: [...extra],
  };
}
