/**
 * A small forgiving matcher for search, for when Pagefind (which has no typo tolerance) finds
 * little: "bibliotheeek" → "bibliotheek", "homstart" → "Home-Start". The vocabulary (titles,
 * keywords, synonyms and glossary terms of one language) is written at build time to
 * /pagefind/fuzzy-<lang>.json and fetched by the search page only when it needs it. Smaller
 * than a library: a sorted word list and an edit distance, no index structure.
 */
import { normalizeSearchText, searchWords } from './search-normalize.ts';

/** What the build writes per language: normalised keys and, for each, the form to search and show. */
export interface FuzzyVocabulary {
  /** Normalised word ("homestart"), sorted. */
  keys: string[];
  /** The form to search and show ("Home-Start"), same order as keys. */
  words: string[];
}

/** Builds the vocabulary from the words and names of a language (duplicates and short words dropped). */
export function buildVocabulary(terms: Iterable<string>, lang = 'nl'): FuzzyVocabulary {
  const byKey = new Map<string, string>();
  for (const term of terms) {
    const shown = term.trim();
    // A name with a hyphen or space is also known glued together ("homestart"), and each part on its own.
    const whole = searchWords(shown, lang).join('');
    const parts = shown.includes(' ') || shown.includes('-') ? searchWords(shown, lang) : [];
    for (const [key, form] of [
      [whole, shown.includes(' ') ? '' : shown],
      ...parts.map((p) => [p, p] as const),
    ] as const) {
      if (key.length < 3 || !form || /^\d+$/.test(key)) continue;
      if (!byKey.has(key)) byKey.set(key, form);
    }
  }
  const keys = [...byKey.keys()].sort();
  return { keys, words: keys.map((k) => byKey.get(k)!) };
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping early
 * once it exceeds `max`. Works on code points, so Ge'ez and Arabic letters count as one.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/** How many typing errors a word of this length may carry and still be recognised. */
function allowedErrors(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/** The closest known word to one query word, or undefined when it is known or nothing is close. */
export function closestWord(word: string, vocabulary: FuzzyVocabulary, lang = 'nl'): string | undefined {
  const key = normalizeSearchText(word, lang).replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
  if (!key || vocabulary.keys.includes(key)) return undefined;
  const max = allowedErrors([...key].length);
  if (!max) return undefined;
  let best: { distance: number; index: number } | undefined;
  vocabulary.keys.forEach((candidate, index) => {
    const d = editDistance(key, candidate, max);
    // On a tie, the candidate that shares the first letter (people rarely mistype that one).
    if (
      d <= max &&
      (!best ||
        d < best.distance ||
        (d === best.distance && candidate[0] === key[0] && vocabulary.keys[best.index]![0] !== key[0]))
    ) {
      best = { distance: d, index };
    }
  });
  return best ? vocabulary.words[best.index] : undefined;
}

/**
 * Corrects each word of a query that the vocabulary does not know but has a close word for.
 * Returns the corrected query, or undefined when nothing changed.
 */
export function correctQuery(query: string, vocabulary: FuzzyVocabulary, lang = 'nl'): string | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  let changed = false;
  const out = words.map((w) => {
    const c = closestWord(w, vocabulary, lang);
    if (c) changed = true;
    return c ?? w;
  });
  return changed ? out.join(' ') : undefined;
}
