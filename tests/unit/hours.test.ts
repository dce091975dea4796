/** Opening hours: parsed from content (src/schemas/hours.ts) and written in the reader language (src/lib/hours.ts). */
import { describe, expect, it } from 'vitest';
import { formatHoursRule } from '../../src/lib/hours.ts';
import { parseHoursLine } from '../../src/schemas/hours.ts';

describe('opening hours', () => {
  it('a range and a list of days both parse', () => {
    expect(parseHoursLine('ma-vr 09:00-17:00').days).toEqual([1, 2, 3, 4, 5]);
    expect(parseHoursLine('di, do 13:00-16:00, 18:00-20:00')).toEqual({
      days: [2, 4],
      spans: [
        { from: '13:00', to: '16:00' },
        { from: '18:00', to: '20:00' },
      ],
    });
  });
  it('an unknown day, a time like 25:00 and a backwards range are refused in Dutch', () => {
    expect(() => parseHoursLine('mo 09:00-12:00')).toThrow(/geen dag/);
    expect(() => parseHoursLine('ma 09:00-25:00')).toThrow(/geen tijdvak/);
    expect(() => parseHoursLine('vr-ma 09:00-12:00')).toThrow(/achteruit/);
  });
  it('weekdays and times are written in the reader language', () => {
    expect(formatHoursRule(parseHoursLine('ma-vr 09:00-17:00'), 'nl')).toEqual({
      days: 'maandag – vrijdag',
      times: '09:00–17:00',
    });
    expect(formatHoursRule(parseHoursLine('di 09:00-12:00'), 'en').days).toBe('Tuesday');
    expect(formatHoursRule(parseHoursLine('di 09:00-12:00'), 'ar').days).toBe('الثلاثاء');
  });
});
