/**
 * The shared synonym list (content/search/synonyms.yaml): per language, the word the pages use
 * (`term`) and the words readers search with (`words`). Applied at index time: a page on which
 * the term occurs gets the words as hidden search terms, so "dokter" finds the huisarts.
 */
import { parse } from 'yaml';
import { LOCALE_CODES, type LocaleCode } from '../i18n/locales.ts';
import type { Problem } from './content.ts';
import { normalizeSearchText, searchWords } from './search-normalize.ts';

/** One group: the word on the pages and the words people use for it. */
export interface SynonymGroup {
  term: string;
  words: string[];
}
export type SynonymList = Partial<Record<LocaleCode, SynonymGroup[]>>;

export const SYNONYMS_FILE = 'content/search/synonyms.yaml';

/**
 * Reads and checks the synonym list. Returns the list and Dutch messages for the editor (file,
 * field, what is expected); with problems, the list holds only the groups that were valid.
 */
export function parseSynonyms(source: string, file = SYNONYMS_FILE): { list: SynonymList; problems: Problem[] } {
  const problems: Problem[] = [];
  const list: SynonymList = {};
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return {
      list,
      problems: [
        {
          file,
          field: '',
          line,
          message: 'Dit is geen geldige YAML. Controleer de inspringing en de haakjes op deze regel.',
        },
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      list,
      problems: [
        { file, field: '', message: `Verwacht per taal (${LOCALE_CODES.join(', ')}) een lijst met { term, words }.` },
      ],
    };
  }
  for (const [lang, groups] of Object.entries(data)) {
    if (!(LOCALE_CODES as readonly string[]).includes(lang)) {
      problems.push({
        file,
        field: lang,
        message: `Onbekende taal "${lang}". Gebruik een van: ${LOCALE_CODES.join(', ')}.`,
      });
      continue;
    }
    if (!Array.isArray(groups)) {
      problems.push({
        file,
        field: lang,
        message: 'Verwacht een lijst met regels als { term: huisarts, words: [arts, dokter] }.',
      });
      continue;
    }
    const seen = new Set<string>();
    const valid: SynonymGroup[] = [];
    groups.forEach((group: unknown, i) => {
      const field = `${lang}.${i}`;
      const g = group as { term?: unknown; words?: unknown };
      if (typeof g?.term !== 'string' || !g.term.trim()) {
        problems.push({
          file,
          field: `${field}.term`,
          message: 'Verwacht het woord dat op de pagina\'s staat, bijvoorbeeld "huisarts".',
        });
        return;
      }
      if (!Array.isArray(g.words) || !g.words.length || g.words.some((w) => typeof w !== 'string' || !w.trim())) {
        problems.push({
          file,
          field: `${field}.words`,
          message: 'Verwacht een lijst met minstens één woord, bijvoorbeeld [arts, dokter].',
        });
        return;
      }
      const term = normalizeSearchText(g.term);
      if (searchWords(term).join('').length < 2) {
        problems.push({
          file,
          field: `${field}.term`,
          message: `"${g.term}" is te kort: gebruik minstens twee letters.`,
        });
        return;
      }
      if (seen.has(term)) {
        problems.push({
          file,
          field: `${field}.term`,
          message: `"${g.term}" staat al eerder in de lijst voor ${lang}. Voeg de woorden samen in één regel.`,
        });
        return;
      }
      seen.add(term);
      valid.push({ term: g.term, words: g.words as string[] });
    });
    list[lang as LocaleCode] = valid;
  }
  return { list, problems };
}

/**
 * The synonyms a page gets, given the normalised words on it: the words of every group whose
 * term occurs on the page, as a whole word or as the start of a compound ("huisarts" in
 * "huisartsenpost"; terms of two words must occur as they are).
 */
export function synonymsFor(
  pageWords: ReadonlySet<string>,
  pageText: string,
  groups: readonly SynonymGroup[],
  lang = 'nl',
): string[] {
  const found = new Set<string>();
  for (const group of groups) {
    const term = normalizeSearchText(group.term, lang);
    const hit = term.includes(' ')
      ? ` ${pageText} `.includes(` ${term} `)
      : pageWords.has(term) || (term.length >= 4 && [...pageWords].some((w) => w.startsWith(term)));
    if (hit) for (const w of group.words) for (const part of searchWords(w, lang)) found.add(part);
  }
  return [...found];
}
