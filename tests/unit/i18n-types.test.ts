/**
 * UI keys are typed from src/i18n/ui/nl.json (src/i18n/i18next.d.ts): a key that is not in the
 * Dutch file is a type error. The `@ts-expect-error` lines are checked by `npm run typecheck`:
 * if the typing were lost, they would no longer be errors and the type check would fail.
 */
import { describe, expect, it } from 'vitest';
import { useTranslations, type UiKey } from '../../src/i18n/t.ts';

const t = useTranslations('nl');

describe('typed UI keys', () => {
  it('a key of nl.json, and a plural key without its suffix, type-check and translate', () => {
    const keys: UiKey[] = ['nav.kaart', 'kaart.count'];
    expect(keys.map((k) => t(k, { count: 2 }))).toEqual(['Waar kan ik terecht?', '2 plekken gevonden']);
  });

  it('a key that is not in nl.json is a type error (and shows itself, not a blank)', () => {
    // @ts-expect-error: "nav.kaartt" is not a key of nl.json
    expect(t('nav.kaartt')).toBe('nav.kaartt');
    // @ts-expect-error: a key typed as any string is refused too, so a key cannot be built from unchecked text
    expect(t('category.' + String('gezin'))).toBe('Gezin en opvoeden');
  });
});
