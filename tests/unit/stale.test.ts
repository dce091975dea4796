/**
 * `checked` records a real check or says nobody checked yet: only a real check has a date that
 * can grow stale; `checked: evaluatie-2019` is reported as never checked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { isStale, realCheck, staleEntries, uncheckedBasis, uncheckedEntries } from '../../src/lib/stale.ts';
import { fixtureCopy, problemsOf } from './helpers.ts';

let site: ReturnType<typeof fixtureCopy>;
afterEach(() => site?.cleanup());

describe('checked', () => {
  it('a real check has a date and a person; an unchecked entry names its document', () => {
    expect(realCheck({ date: '2026-11-20', by: 'Redactie' })).toEqual({ date: '2026-11-20', by: 'Redactie' });
    expect(uncheckedBasis({ date: '2026-11-20', by: 'Redactie' })).toBeUndefined();
    expect(realCheck('evaluatie-2019')).toBeUndefined();
    expect(uncheckedBasis('evaluatie-2019')).toBe('evaluatie-2019');
  });

  it('a check is stale one day after the limit, not on it', () => {
    expect(isStale('2025-11-24', '2026-11-24', 365)).toBe(false);
    expect(isStale('2025-11-23', '2026-11-24', 365)).toBe(true);
  });

  it('the report lists an old check as stale and an unchecked entry as never checked', () => {
    site = fixtureCopy();
    site.edit('services/hulp.yaml', (d) => (d.checked = 'evaluatie-2019'));
    site.edit('activities/koffie.yaml', (d) => (d.checked = { date: '2024-01-01', by: 'Test' }));
    const content = loadContent(site.root);
    expect(uncheckedEntries(content)).toEqual([{ file: 'content/services/hulp.yaml', basis: 'evaluatie-2019' }]);
    // The fixture organisation was checked 2025-06-01 (more than a year before): stale too.
    expect(staleEntries(content, '2026-11-24')).toEqual([
      { file: 'content/activities/koffie.yaml', checked: '2024-01-01', by: 'Test', days: 1058 },
      { file: 'content/organisations/org.yaml', checked: '2025-06-01', by: 'Test', days: 541 },
    ]);
  });

  it('anything else is refused with a Dutch message saying both forms', () => {
    site = fixtureCopy();
    site.edit('services/hulp.yaml', (d) => (d.checked = '2019'));
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/services/hulp.yaml',
        field: 'checked',
        message:
          'verwacht "checked: evaluatie-2019" of "checked: speerpunten-2017" (nog niet nagekeken, alleen uit dat document), "checked: voorbeeld" (een voorbeeld, door niemand nagekeken), of "checked:" met daaronder "date:" (JJJJ-MM-DD) en "by:" (wie het bij de organisatie nakeek)',
      },
    ]);
  });
});
