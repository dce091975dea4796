import { describe, it, expect } from 'vitest';
import {
  ICAL_DAYS,
  TIME_ZONE,
  addDays,
  addYears,
  dateOfEpochDay,
  epochDay,
  isoWeekday,
  nthWeekdayOfMonth,
  utcStamp,
} from '../../src/lib/dates.ts';

describe('epoch days', () => {
  it('counts whole days since 1970-01-01 and back again', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1970-01-02')).toBe(1);
    expect(epochDay('2026-11-24')).toBe(20_781);
    expect(dateOfEpochDay(20_781)).toBe('2026-11-24');
    expect(dateOfEpochDay(-1)).toBe('1969-12-31');
  });

  it('refuses what is not YYYY-MM-DD, with the Dutch message, instead of giving NaN', () => {
    expect(() => epochDay('24-11-2026')).toThrow('"24-11-2026" is geen datum als JJJJ-MM-DD');
    expect(() => epochDay('2026-1-5')).toThrow('"2026-1-5" is geen datum als JJJJ-MM-DD');
  });
});

describe('addDays and addYears', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-24', 366)).toBe('2027-11-25');
  });

  it('is not shifted by summer time: the last Sunday of March plus one day is a Monday', () => {
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('addYears keeps the day, and rolls 29 February over to 1 March', () => {
    expect(addYears('2026-09-01', 1)).toBe('2027-09-01');
    expect(addYears('2028-02-29', 1)).toBe('2029-03-01');
  });
});

describe('weekdays', () => {
  it('isoWeekday is 1 for Monday through 7 for Sunday', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-24')).toBe(2);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });

  it('ICAL_DAYS follows the ISO order, Monday first', () => {
    expect(ICAL_DAYS[isoWeekday('2026-11-23') - 1]).toBe('MO');
    expect(ICAL_DAYS[isoWeekday('2026-11-29') - 1]).toBe('SU');
    expect(ICAL_DAYS).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
  });

  it('nthWeekdayOfMonth: first, fourth and last weekday of a month', () => {
    expect(nthWeekdayOfMonth(2026, 9, 1, 1)).toBe('2026-09-07');
    expect(nthWeekdayOfMonth(2026, 9, 2, 1)).toBe('2026-09-01');
    expect(nthWeekdayOfMonth(2026, 9, 4, 4)).toBe('2026-09-24');
    expect(nthWeekdayOfMonth(2026, 10, 7, -1)).toBe('2026-10-25');
    expect(nthWeekdayOfMonth(2027, 3, 7, -1)).toBe('2027-03-28');
    expect(nthWeekdayOfMonth(2026, 12, 4, -1)).toBe('2026-12-31');
  });
});

describe('utcStamp', () => {
  it('writes an instant as an iCalendar UTC date-time without separators or milliseconds', () => {
    expect(utcStamp(new Date('2026-12-31T22:59:59.000Z'))).toBe('20261231T225959Z');
    expect(utcStamp(new Date('2026-11-24T00:00:00.123Z'))).toBe('20261124T000000Z');
  });
});

describe('TIME_ZONE', () => {
  it('is the IANA name the runtime knows for the Netherlands', () => {
    expect(TIME_ZONE).toBe('Europe/Amsterdam');
    expect(new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE }).resolvedOptions().timeZone).toBe('Europe/Amsterdam');
  });
});
