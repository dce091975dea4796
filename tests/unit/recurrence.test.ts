import { describe, it, expect } from 'vitest';
import { expandSchedule, holidayOn, ruleDates, toRRule, type Occurrence } from '../../src/lib/recurrence.ts';
import { amsterdamToUtc } from '../../src/lib/time-zone.ts';
import type { Schedule } from '../../src/schemas/activity.ts';
import { HOLIDAYS, herfst, kerst, schedule } from './schedules.ts';

const dates = (os: Occurrence[]) => os.map((o) => o.date);
const iso = (d: Date) => d.toISOString();

describe('ruleDates and expandSchedule', () => {
  it('weekly: every given weekday from `from` up to and including `until`', () => {
    const s = schedule({
      repeat: 'weekly',
      weekday: 'di',
      time: '10:00-11:30',
      from: '2026-09-01',
      until: '2026-09-29',
    });
    expect(ruleDates(s, '2030-01-01')).toEqual(['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29']);
    const os = expandSchedule(s, [], { from: '2026-09-01', to: '2026-12-31' });
    expect(dates(os)).toEqual(['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29']);
    expect(os[0]).toEqual({
      ruleDate: '2026-09-01',
      date: '2026-09-01',
      start: '10:00',
      end: '11:30',
      startUtc: new Date('2026-09-01T08:00:00Z'),
      endUtc: new Date('2026-09-01T09:30:00Z'),
      status: 'confirmed',
    });
  });

  it('weekly, open-ended: rule dates run up to and including the horizon', () => {
    const s = schedule({ repeat: 'weekly', weekday: 'di', time: '10:00-11:30', from: '2026-09-01' });
    const all = ruleDates(s, '2026-10-06');
    expect(all[0]).toBe('2026-09-01');
    expect(all.at(-1)).toBe('2026-10-06');
    expect(all).toHaveLength(6);
  });

  it('expandSchedule only returns occurrences within the window (inclusive)', () => {
    const s = schedule({ repeat: 'weekly', weekday: 'di', time: '10:00-11:30', from: '2026-09-01' });
    expect(dates(expandSchedule(s, [], { from: '2026-09-08', to: '2026-09-22' }))).toEqual([
      '2026-09-08',
      '2026-09-15',
      '2026-09-22',
    ]);
  });

  it('weekly: a `from` that is not on the weekday starts at the next such weekday', () => {
    const s = schedule({
      repeat: 'weekly',
      weekday: 'vr',
      time: '10:00-11:00',
      from: '2026-09-01',
      until: '2026-09-12',
    });
    expect(ruleDates(s, '2030-01-01')).toEqual(['2026-09-04', '2026-09-11']);
  });

  it('biweekly: every other week, counted from `from`', () => {
    const s = schedule({
      repeat: 'biweekly',
      weekday: 'do',
      time: '19:00-21:00',
      from: '2026-09-03',
      until: '2026-10-20',
    });
    expect(ruleDates(s, '2030-01-01')).toEqual(['2026-09-03', '2026-09-17', '2026-10-01', '2026-10-15']);
    const later = schedule({ ...s, from: '2026-09-10' });
    expect(ruleDates(later, '2030-01-01')).toEqual(['2026-09-10', '2026-09-24', '2026-10-08']);
  });

  it('monthly week_of_month 1: the first Monday of each month', () => {
    const s = schedule({
      repeat: 'monthly',
      weekday: 'ma',
      week_of_month: 1,
      time: '14:00-16:00',
      from: '2026-09-07',
      until: '2026-12-31',
    });
    expect(ruleDates(s, '2030-01-01')).toEqual(['2026-09-07', '2026-10-05', '2026-11-02', '2026-12-07']);
  });

  it('monthly week_of_month -1: the last Friday of each month', () => {
    const s = schedule({
      repeat: 'monthly',
      weekday: 'vr',
      week_of_month: -1,
      time: '14:00-16:00',
      from: '2026-09-25',
      until: '2027-02-28',
    });
    expect(ruleDates(s, '2030-01-01')).toEqual([
      '2026-09-25',
      '2026-10-30',
      '2026-11-27',
      '2026-12-25',
      '2027-01-29',
      '2027-02-26',
    ]);
  });

  it('monthly: when `from` is past that week, the series starts the next month', () => {
    const s = schedule({
      repeat: 'monthly',
      weekday: 'ma',
      week_of_month: 1,
      time: '14:00-16:00',
      from: '2026-12-08',
      until: '2027-02-28',
    });
    expect(ruleDates(s, '2030-01-01')).toEqual(['2027-01-04', '2027-02-01']);
  });

  it('once: exactly the listed dates, sorted', () => {
    const s = schedule({ repeat: 'once', time: '14:00-16:00', dates: ['2026-11-14', '2026-10-03'] });
    expect(ruleDates(s, '2026-10-10')).toEqual(['2026-10-03', '2026-11-14']);
    const os = expandSchedule(s, [], { from: '2026-01-01', to: '2027-12-31' });
    expect(dates(os)).toEqual(['2026-10-03', '2026-11-14']);
    expect(os[1].startUtc).toEqual(new Date('2026-11-14T13:00:00Z'));
  });

  it('skip_school_holidays: no occurrences in the Christmas holiday 2026-12-19 t/m 2027-01-03 (both ends inclusive)', () => {
    const sundays = schedule({
      repeat: 'weekly',
      weekday: 'zo',
      time: '10:00-11:00',
      from: '2026-12-13',
      skip_school_holidays: true,
    });
    const saturdays = schedule({ ...sundays, weekday: 'za', from: '2026-12-12' });
    const window = { from: '2026-12-01', to: '2027-01-16' };
    expect(dates(expandSchedule(sundays, HOLIDAYS, window))).toEqual(['2026-12-13', '2027-01-10']);
    expect(dates(expandSchedule(saturdays, HOLIDAYS, window))).toEqual(['2026-12-12', '2027-01-09', '2027-01-16']);
    // Without the flag the holiday does not matter.
    expect(dates(expandSchedule({ ...sundays, skip_school_holidays: false }, HOLIDAYS, window))).toEqual([
      '2026-12-13',
      '2026-12-20',
      '2026-12-27',
      '2027-01-03',
      '2027-01-10',
    ]);
    // ruleDates is the rule before holidays.
    expect(ruleDates({ ...sundays, until: '2027-01-10' }, '2030-01-01')).toHaveLength(5);
  });

  it('except: listed dates are left out entirely', () => {
    const s = schedule({
      repeat: 'weekly',
      weekday: 'di',
      time: '10:00-11:30',
      from: '2026-09-01',
      until: '2026-09-29',
      except: ['2026-09-15'],
    });
    expect(dates(expandSchedule(s, [], { from: '2026-09-01', to: '2026-09-30' }))).toEqual([
      '2026-09-01',
      '2026-09-08',
      '2026-09-22',
      '2026-09-29',
    ]);
  });

  it('changes: a cancelled date stays in the list with status cancelled and its reason', () => {
    const s = schedule({
      repeat: 'weekly',
      weekday: 'di',
      time: '10:00-11:30',
      from: '2026-09-01',
      changes: [{ date: '2026-09-08', status: 'cancelled', reason: 'Ziekte' }],
    });
    const os = expandSchedule(s, [], { from: '2026-09-01', to: '2026-09-15' });
    expect(os.map((o) => o.status)).toEqual(['confirmed', 'cancelled', 'confirmed']);
    expect(os[1]).toMatchObject({ ruleDate: '2026-09-08', date: '2026-09-08', start: '10:00', reason: 'Ziekte' });
    expect(os[0].reason).toBeUndefined();
  });

  it('changes: a moved date gets the new date and time, keeps its rule date, and is sorted by when it happens', () => {
    const s = schedule({
      repeat: 'weekly',
      weekday: 'di',
      time: '10:00-11:30',
      from: '2026-09-01',
      changes: [
        { date: '2026-09-08', status: 'moved', to_date: '2026-09-17', to_time: '13:00-14:30', reason: 'Zaal bezet' },
        { date: '2026-09-22', status: 'moved', to_time: '19:00-20:30', reason: 'Avondsessie' },
      ],
    });
    const os = expandSchedule(s, [], { from: '2026-09-01', to: '2026-09-30' });
    expect(os.map((o) => [o.ruleDate, o.date, o.start, o.status])).toEqual([
      ['2026-09-01', '2026-09-01', '10:00', 'confirmed'],
      ['2026-09-15', '2026-09-15', '10:00', 'confirmed'],
      ['2026-09-08', '2026-09-17', '13:00', 'moved'],
      ['2026-09-22', '2026-09-22', '19:00', 'moved'],
      ['2026-09-29', '2026-09-29', '10:00', 'confirmed'],
    ]);
    expect(os[2]).toMatchObject({ end: '14:30', reason: 'Zaal bezet', startUtc: new Date('2026-09-17T11:00:00Z') });
    // Kept when only the new date, or only the rule date, is in the window.
    expect(expandSchedule(s, [], { from: '2026-09-17', to: '2026-09-17' }).map((o) => o.ruleDate)).toEqual([
      '2026-09-08',
    ]);
    expect(expandSchedule(s, [], { from: '2026-09-08', to: '2026-09-08' }).map((o) => o.date)).toEqual(['2026-09-17']);
  });

  it('changes: a rule date after the window that is moved into it is found', () => {
    const s = schedule({
      repeat: 'weekly',
      weekday: 'di',
      time: '10:00-11:30',
      from: '2026-09-01',
      changes: [{ date: '2026-12-01', status: 'moved', to_date: '2026-09-10', reason: 'Eerder' }],
    });
    expect(expandSchedule(s, [], { from: '2026-09-09', to: '2026-09-11' }).map((o) => o.ruleDate)).toEqual([
      '2026-12-01',
    ]);
  });
});

describe('daylight saving time (Europe/Amsterdam)', () => {
  const window = { from: '2027-03-14', to: '2027-04-06' };
  const utcStarts = (s: Schedule, w: { from: string; to: string }) =>
    expandSchedule(s, [], w).map((o) => [o.date, iso(o.startUtc)]);

  it('DST start 2027-03-28: Sunday 10:00 is 09:00Z before and 08:00Z from that Sunday on', () => {
    const s = schedule({ repeat: 'weekly', weekday: 'zo', time: '10:00-11:00', from: '2027-03-14' });
    expect(utcStarts(s, window)).toEqual([
      ['2027-03-14', '2027-03-14T09:00:00.000Z'],
      ['2027-03-21', '2027-03-21T09:00:00.000Z'],
      ['2027-03-28', '2027-03-28T08:00:00.000Z'],
      ['2027-04-04', '2027-04-04T08:00:00.000Z'],
    ]);
  });

  it('DST start 2027-03-28: Tuesday 10:00 is 09:00Z the week before and 08:00Z after', () => {
    const s = schedule({ repeat: 'weekly', weekday: 'di', time: '10:00-11:00', from: '2027-03-16' });
    expect(utcStarts(s, window)).toEqual([
      ['2027-03-16', '2027-03-16T09:00:00.000Z'],
      ['2027-03-23', '2027-03-23T09:00:00.000Z'],
      ['2027-03-30', '2027-03-30T08:00:00.000Z'],
      ['2027-04-06', '2027-04-06T08:00:00.000Z'],
    ]);
  });

  it('DST end 2026-10-25: Sunday and Tuesday 10:00 are 08:00Z before and 09:00Z after', () => {
    const w = { from: '2026-10-18', to: '2026-10-27' };
    const sunday = schedule({ repeat: 'weekly', weekday: 'zo', time: '10:00-11:00', from: '2026-10-18' });
    const tuesday = schedule({ repeat: 'weekly', weekday: 'di', time: '10:00-11:00', from: '2026-10-20' });
    expect(utcStarts(sunday, w)).toEqual([
      ['2026-10-18', '2026-10-18T08:00:00.000Z'],
      ['2026-10-25', '2026-10-25T09:00:00.000Z'],
    ]);
    expect(utcStarts(tuesday, w)).toEqual([
      ['2026-10-20', '2026-10-20T08:00:00.000Z'],
      ['2026-10-27', '2026-10-27T09:00:00.000Z'],
    ]);
  });

  it('a wall time in the spring-forward gap (02:30 on 2027-03-28) does not crash and uses the offset before the gap (= 03:30 CEST)', () => {
    const s = schedule({ repeat: 'once', time: '02:30-04:00', dates: ['2027-03-28'] });
    const [o] = expandSchedule(s, [], { from: '2027-03-28', to: '2027-03-28' });
    expect(o.start).toBe('02:30'); // the editor's wall time is kept as written
    expect(iso(o.startUtc)).toBe('2027-03-28T01:30:00.000Z');
    expect(iso(o.endUtc)).toBe('2027-03-28T02:00:00.000Z');
    expect(iso(amsterdamToUtc('2027-03-28', '01:59'))).toBe('2027-03-28T00:59:00.000Z');
    expect(iso(amsterdamToUtc('2027-03-28', '03:00'))).toBe('2027-03-28T01:00:00.000Z');
  });
});

describe('holidayOn', () => {
  it('finds the holiday a date falls in, both ends inclusive', () => {
    expect(holidayOn('2026-12-19', HOLIDAYS)).toBe(kerst);
    expect(holidayOn('2027-01-03', HOLIDAYS)).toBe(kerst);
    expect(holidayOn('2027-01-04', HOLIDAYS)).toBeUndefined();
    expect(holidayOn('2026-10-20', HOLIDAYS)).toBe(herfst);
  });
});

describe('toRRule', () => {
  const base = { time: '10:00-11:00', from: '2026-09-01' };
  it('weekly, biweekly and monthly rules', () => {
    expect(toRRule(schedule({ ...base, repeat: 'weekly', weekday: 'di' }))).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(toRRule(schedule({ ...base, repeat: 'biweekly', weekday: 'do' }))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH');
    expect(toRRule(schedule({ ...base, repeat: 'monthly', weekday: 'ma', week_of_month: 1 }))).toBe(
      'FREQ=MONTHLY;BYDAY=1MO',
    );
    expect(toRRule(schedule({ ...base, repeat: 'monthly', weekday: 'vr', week_of_month: -1 }))).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
    expect(toRRule(schedule({ ...base, repeat: 'weekly', weekday: 'zo' }))).toBe('FREQ=WEEKLY;BYDAY=SU');
  });

  it('UNTIL is the end of the until day in Amsterdam, written in UTC (winter and summer)', () => {
    expect(toRRule(schedule({ ...base, repeat: 'weekly', weekday: 'di', until: '2026-12-31' }))).toBe(
      'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T225959Z',
    );
    expect(
      toRRule(schedule({ ...base, repeat: 'monthly', weekday: 'vr', week_of_month: -1, until: '2027-06-30' })),
    ).toBe('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270630T215959Z');
  });

  it('once has no rule', () => {
    expect(toRRule(schedule({ repeat: 'once', time: '10:00-11:00', dates: ['2026-10-03'] }))).toBeUndefined();
  });
});
