/**
 * The self-hosted fonts for the scripts a phone may lack (Arabic for ar and fa, Ge'ez for ti),
 * and how they are cut to size: at build time each font keeps only the letters of its script
 * that the built pages use (see font-subset.ts). Plain data and functions, unit-tested.
 */

/** Unicode ranges per script, also written as `unicode-range` so no other text fetches the font. */
const SCRIPT_RANGES = {
  // Arabic, Arabic Supplement, Extended-B/A, Presentation Forms A and B; the joiners and marks
  // Persian needs (ZWNJ, ZWJ, LRM, RLM).
  arabic: [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x0870, 0x08ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
    [0x200c, 0x200f],
  ],
  // Ethiopic, Ethiopic Supplement, Extended, Extended-A.
  ethiopic: [
    [0x1200, 0x139f],
    [0x2d80, 0x2ddf],
    [0xab00, 0xab2f],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

export type Script = keyof typeof SCRIPT_RANGES;

export interface WebFont {
  family: string;
  script: Script;
  weight: 400 | 700;
  /** File name Fontsource gives it, without extension; Vite adds a hash in dist/_astro. */
  file: string;
}

/** The four files global.css declares with @font-face. */
export const WEB_FONTS: WebFont[] = [
  { family: 'Noto Sans Arabic', script: 'arabic', weight: 400, file: 'noto-sans-arabic-arabic-400-normal' },
  { family: 'Noto Sans Arabic', script: 'arabic', weight: 700, file: 'noto-sans-arabic-arabic-700-normal' },
  { family: 'Noto Sans Ethiopic', script: 'ethiopic', weight: 400, file: 'noto-sans-ethiopic-ethiopic-400-normal' },
  { family: 'Noto Sans Ethiopic', script: 'ethiopic', weight: 700, file: 'noto-sans-ethiopic-ethiopic-700-normal' },
];

/** Whether a code point belongs to the script's ranges. */
export function inScript(codePoint: number, script: Script): boolean {
  return SCRIPT_RANGES[script].some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * The distinct characters of `text` in the script, sorted by code point: what the subset of
 * that script's font must hold.
 */
export function charactersIn(text: string, script: Script): string {
  const found = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (inScript(cp, script)) found.add(cp);
  }
  return String.fromCodePoint(...[...found].sort((a, b) => a - b));
}

/** The CSS `unicode-range` value for a script. */
export function unicodeRange(script: Script): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return SCRIPT_RANGES[script].map(([from, to]) => `U+${hex(from)}-${hex(to)}`).join(', ');
}
