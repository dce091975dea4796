import { describe, expect, it } from 'vitest';
import { speakable, spellDigits, voiceFor } from '../../src/lib/readaloud.ts';

describe('read aloud', () => {
  const voices = [
    { lang: 'en-US', name: 'English' },
    { lang: 'ar_SA', name: 'Arabic' },
    { lang: 'nl-NL', name: 'Dutch' },
  ];

  it('finds a voice of the same language only, never a fallback voice', () => {
    expect(voiceFor(voices, 'ar')?.name).toBe('Arabic');
    expect(voiceFor(voices, 'nl')?.name).toBe('Dutch');
    expect(voiceFor(voices, 'ti')).toBeUndefined();
    expect(voiceFor([], 'nl')).toBeUndefined();
  });

  it('reads phone numbers digit by digit, other numbers as numbers', () => {
    expect(spellDigits('0529 48 83 88')).toBe('0 5 2 9 4 8 8 3 8 8');
    expect(speakable('Bel 0800-8115 of +31 529 123456.')).toBe('Bel 0 8 0 0 8 1 1 5 of + 3 1 5 2 9 1 2 3 4 5 6.');
    expect(speakable('Sinds 2026 op 24 november,\n  om 10.00 uur')).toBe('Sinds 2026 op 24 november, om 10.00 uur');
  });
});
