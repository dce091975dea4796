/** Structured data for search engines (src/lib/jsonld.ts). */
import { describe, expect, it } from 'vitest';
import { toOpeningHoursSpecification } from '../../src/lib/jsonld.ts';
import { parseHoursLine } from '../../src/schemas/hours.ts';

describe('opening hours in schema.org', () => {
  it('hours become schema.org opening hours', () => {
    expect(toOpeningHoursSpecification([parseHoursLine('wo 09:00-12:00')])[0]).toMatchObject({ dayOfWeek: ['https://schema.org/Wednesday'], opens: '09:00', closes: '12:00' });
  });
});
