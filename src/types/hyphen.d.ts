// hyphen 1.14.1 ships no types; only what src/lib/readability.ts uses.
declare module 'hyphen' {
  type Hyphenate = (text: string) => string;
  export default function createHyphenator(
    patterns: unknown,
    options?: { hyphenChar?: string; minWordLength?: number },
  ): Hyphenate;
}
declare module 'hyphen/patterns/nl.js' {
  const patterns: unknown;
  export default patterns;
}
