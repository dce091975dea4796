import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_FONTS, charactersIn, inScript, unicodeRange } from '../../src/lib/fonts.ts';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

describe('fonts cut to the letters of their script', () => {
  it('keeps only the letters of the script, each once, in code point order', () => {
    expect(charactersIn('Taalcoach مدرّب لغة (taalcoach) لغة', 'arabic')).toBe('بةدرغلمّ');
    expect(charactersIn('መሰልጠኒ ቋንቋ (taalcoach) ቋንቋ', 'ethiopic')).toBe('ልመሰቋኒንጠ');
    expect(charactersIn('Vrijwilligerswerk', 'arabic')).toBe('');
  });

  it('keeps the zero-width non-joiner Persian writes with', () => {
    expect(inScript(0x200c, 'arabic')).toBe(true);
    expect(charactersIn('می\u200cخواهم', 'arabic')).toContain('\u200c');
  });

  it('global.css declares each font with local() before url() and the unicode-range of its script', () => {
    for (const font of WEB_FONTS) {
      const face = css.split('@font-face').find((f) => f.includes(`${font.file}.woff2`));
      expect(face, font.file).toBeDefined();
      expect(face).toContain(`font-family: '${font.family}'`);
      expect(face).toContain(`font-weight: ${font.weight}`);
      expect(face!.indexOf('local(')).toBeGreaterThan(-1);
      expect(face!.indexOf('local(')).toBeLessThan(face!.indexOf('url('));
      expect(face).toContain(`unicode-range: ${unicodeRange(font.script)};`);
    }
  });
});
