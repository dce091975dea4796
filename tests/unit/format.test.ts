/** Formatting for pages (src/lib/format.ts). */
import { describe, expect, it } from 'vitest';
import { languagesInOrder } from '../../src/lib/format.ts';

describe('languages in a filter', () => {
  it('the site’s own languages first in menu order, then the others alphabetically', () => {
    expect(languagesInOrder(['pl', 'ar', 'nl', 'de', 'ar'])).toEqual(['nl', 'ar', 'de', 'pl']);
  });
});
