/** Fallback to Dutch, field by field (src/lib/fallback.ts). */
import { describe, expect, it } from 'vitest';
import { localize } from '../../src/lib/fallback.ts';
import type { Entry } from '../../src/lib/content.ts';

describe('fallback to Dutch', () => {
  const entry: Entry<{ title: string; description: string; keywords: string[] }> = {
    id: 'x',
    file: 'content/services/x.yaml',
    data: { title: 'Hulp', description: 'Uitleg', keywords: ['schulden'] },
    translations: { en: { lang: 'en', file: 'f', machine: true, text: { title: 'Help', keywords: ['debt'] } } },
  };
  it('a Dutch page shows the original', () => {
    expect(localize(entry, 'nl').status).toBe('original');
  });
  it('a machine translation is marked as such, and missing fields fall back to Dutch per field', () => {
    const en = localize(entry, 'en');
    expect(en.status).toBe('machine');
    expect(en.field('title')).toEqual({ text: 'Help', lang: 'en' });
    expect(en.field('description')).toEqual({ text: 'Uitleg', lang: 'nl' });
  });
  it('no translation at all is a fallback, in Dutch', () => {
    const ar = localize(entry, 'ar');
    expect(ar.status).toBe('fallback');
    expect(ar.field('title')).toEqual({ text: 'Hulp', lang: 'nl' });
  });
  it('search keywords combine the reader language and Dutch', () => {
    expect(localize(entry, 'en').keywords()).toEqual(['debt', 'schulden']);
  });
});
