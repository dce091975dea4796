/** The lookup layer (src/lib/lookup.ts), on the fixture site where the data is known. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { lookup, villageById } from '../../src/lib/lookup.ts';
import { FIXTURE } from './helpers.ts';

const content = loadContent(FIXTURE);

describe('one lookup per loaded content', () => {
  it('is built once: the same object for the same content', () => {
    expect(lookup(content)).toBe(lookup(content));
  });
  it('finds an activity’s location, organiser and village by id', () => {
    const find = lookup(content);
    const koffie = find.activities.get('koffie')!;
    expect(find.locationOf(koffie).id).toBe('huis');
    expect(find.organiserOf(koffie).id).toBe('org');
    expect(find.village('dalfsen').name).toBe('Dalfsen');
    expect(villageById(content.site, 'dalfsen')?.name).toBe('Dalfsen');
  });
  it('an unknown id is a programming error with a message, not undefined', () => {
    expect(() => lookup(content).location('nergens')).toThrow(
      'Interne fout: locatie "nergens" bestaat niet, maar de inhoud is wel goedgekeurd',
    );
    expect(lookup(content).glossary.get('nergens')).toBeUndefined();
  });
});
