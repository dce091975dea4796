/**
 * How hard a Dutch text is to read, by Flesch-Douma (Douma 1960, the Dutch form of Flesch's
 * reading ease): 206.835 − 0.93 × words per sentence − 77 × syllables per word. Higher is easier;
 * below about 60 a text is hard for a B1 reader. Syllables come from Dutch hyphenation (hyphen's
 * Liang patterns for nl), because English syllable rules miscount Dutch words ("gemeente").
 * Advisory only: scripts/readability.ts lists the hardest texts, nothing fails on a score.
 */
import createHyphenator from 'hyphen';
import patterns from 'hyphen/patterns/nl.js';

// minWordLength 1: hyphen skips words under five letters by default, and "maken" has two syllables.
const hyphenate = createHyphenator(patterns, { hyphenChar: '-', minWordLength: 1 });

// Vowel groups, a diaeresis starting a new one ("geïnd" is ge-ïnd).
const VOWELS = /[aeiouyàáâèéêìíîòóôùúû]+|[äëïöü][aeiouyàáâèéêìíîòóôùúû]*/giu;

/**
 * The syllables of one Dutch word: its hyphenation parts, where a part with more than one vowel
 * group counts each (the patterns never split off a single letter, so "even" comes back whole).
 */
export function syllables(word: string): number {
  return hyphenate(word.toLowerCase())
    .split('-')
    .reduce((n, part) => n + Math.max(1, part.match(VOWELS)?.length ?? 0), 0);
}

/** A text's counts and its Flesch-Douma reading ease, rounded to one decimal. */
export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  score: number;
}

/**
 * Scores a plain Dutch text. Sentences end at . ! ? or a line break (a heading or list item is
 * a sentence of its own); words are runs of letters and digits, with inner hyphens or apostrophes.
 */
export function fleschDouma(text: string): Readability {
  const sentences = text
    .split(/[.!?]+(?=\s|$)|\n+/u)
    .map((s) => s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const syl = words.reduce(
    (n, w) => n + w.split(/['’-]/).reduce((m, part) => m + (/\p{L}/u.test(part) ? syllables(part) : 1), 0),
    0,
  );
  if (!words.length) return { sentences: 0, words: 0, syllables: 0, score: 0 };
  const score = 206.835 - 0.93 * (words.length / sentences.length) - 77 * (syl / words.length);
  return { sentences: sentences.length, words: words.length, syllables: syl, score: Math.round(score * 10) / 10 };
}

/**
 * The readable text of a Markdown or guide MDX body: no frontmatter, components reduced to the
 * words they show (`<Woord id="bsn">BSN</Woord>` is "BSN", `<Telefoon nummer="112" />` is "112",
 * a service card is left out: it is scored with the service), Markdown marks removed.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<Telefoon\s+nummer="([^"]*)"\s*\/>/g, '$1')
    .replace(/<[A-Z]\w*[^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:#{1,6}|[-*]|\d+\.)\s+/gm, '')
    .replace(/[*_`]+/g, '');
}

/** The longest sentence of a text (by words), where a rewrite helps most. */
export function longestSentence(text: string): string {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  return sentences.reduce((a, b) => (b.split(/\s+/).length > a.split(/\s+/).length ? b : a), '');
}
