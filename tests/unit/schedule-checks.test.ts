import { describe, it, expect } from 'vitest';
import { validateHolidays, validateSchedule } from '../../src/lib/schedule-checks.ts';
import type { Schedule } from '../../src/schemas/activity.ts';
import type { Holiday } from '../../src/schemas/holidays.ts';
import { HOLIDAYS, kerst, schedule } from './schedules.ts';

describe('validateSchedule', () => {
  const good = schedule({
    repeat: 'weekly',
    weekday: 'di',
    time: '10:00-11:30',
    from: '2026-09-01',
    skip_school_holidays: true,
    except: ['2026-09-15'],
    changes: [{ date: '2026-09-22', status: 'cancelled', reason: 'Ziekte' }],
  });
  const fields = (s: Schedule) => validateSchedule(s, HOLIDAYS).map((p) => p.field);

  it('a correct schedule has no problems', () => {
    expect(validateSchedule(good, HOLIDAYS)).toEqual([]);
    expect(
      validateSchedule(schedule({ repeat: 'once', time: '10:00-11:00', dates: ['2026-10-03'] }), HOLIDAYS),
    ).toEqual([]);
    expect(
      validateSchedule(
        schedule({ repeat: 'monthly', weekday: 'vr', week_of_month: -1, time: '10:00-11:00', from: '2026-09-25' }),
        HOLIDAYS,
      ),
    ).toEqual([]);
  });

  it('from not on the weekday', () => {
    const problems = validateSchedule({ ...good, from: '2026-09-02' }, HOLIDAYS);
    expect(problems).toContainEqual({ field: 'schedule.from', message: expect.stringContaining('dinsdag') });
    expect(problems.find((p) => p.field === 'schedule.from')?.message).toContain('2026-09-08');
  });

  it('monthly: from not in the given week of the month', () => {
    const s = schedule({ repeat: 'monthly', weekday: 'ma', week_of_month: 1, time: '10:00-11:00', from: '2026-09-14' });
    const problems = validateSchedule(s, HOLIDAYS);
    expect(problems.map((p) => p.field)).toEqual(['schedule.from']);
    expect(problems[0].message).toContain('eerste maandag');
  });

  it('never produces a date: until before the first rule date', () => {
    const s = schedule({
      repeat: 'weekly',
      weekday: 'ma',
      time: '10:00-11:00',
      from: '2026-09-01',
      until: '2026-09-06',
    });
    expect(fields(s)).toContain('schedule.until');
    expect(validateSchedule(s, HOLIDAYS).find((p) => p.field === 'schedule.until')?.message).toContain('nooit');
  });

  it('never produces a date: every date falls in a skipped holiday or in except', () => {
    const inHoliday = schedule({
      repeat: 'weekly',
      weekday: 'zo',
      time: '10:00-11:00',
      from: '2026-12-20',
      until: '2027-01-10',
      skip_school_holidays: true,
      except: ['2027-01-10'],
    });
    expect(fields(inHoliday)).toEqual(['schedule']);
    expect(fields({ ...inHoliday, except: [] })).toEqual([]);
    const once = schedule({ repeat: 'once', time: '10:00-11:00', dates: ['2026-12-20'], skip_school_holidays: true });
    expect(fields(once)).toEqual(['schedule']);
  });

  it('an except date that is not a date of the rule', () => {
    expect(fields({ ...good, except: ['2026-09-15', '2026-09-16'] })).toEqual(['schedule.except.1']);
    // Biweekly: the week in between is not a rule date.
    const biweekly = schedule({
      repeat: 'biweekly',
      weekday: 'do',
      time: '19:00-21:00',
      from: '2026-09-03',
      except: ['2026-09-10', '2026-09-17'],
    });
    expect(fields(biweekly)).toEqual(['schedule.except.0']);
    // After until.
    expect(fields({ ...good, until: '2026-09-30', except: ['2026-10-06'] })).toEqual(['schedule.except.0']);
  });

  it('a change date that is not a date of the rule', () => {
    const s = { ...good, changes: [{ date: '2026-09-23', status: 'cancelled' as const, reason: 'Ziekte' }] };
    expect(fields(s)).toEqual(['schedule.changes.0.date']);
  });

  it('a change date that is also in except', () => {
    const s = { ...good, changes: [{ date: '2026-09-15', status: 'cancelled' as const, reason: 'Ziekte' }] };
    const problems = validateSchedule(s, HOLIDAYS);
    expect(problems.map((p) => p.field)).toEqual(['schedule.changes.0.date']);
    expect(problems[0].message).toContain('except');
  });

  it('a change inside a skipped holiday', () => {
    const s = {
      ...good,
      changes: [{ date: '2026-12-22', status: 'moved' as const, to_time: '13:00-14:00', reason: 'Kerst' }],
    };
    const problems = validateSchedule(s, HOLIDAYS);
    expect(problems.map((p) => p.field)).toEqual(['schedule.changes.0.date']);
    expect(problems[0].message).toContain('kerstvakantie');
    // Not a problem when the series does not skip holidays.
    expect(validateSchedule({ ...s, skip_school_holidays: false }, HOLIDAYS)).toEqual([]);
  });

  it('duplicate change dates', () => {
    const s = {
      ...good,
      changes: [
        { date: '2026-09-22', status: 'cancelled' as const, reason: 'Ziekte' },
        { date: '2026-09-22', status: 'moved' as const, to_time: '13:00-14:00', reason: 'Toch' },
      ],
    };
    expect(fields(s)).toEqual(['schedule.changes.1.date']);
  });
});

describe('validateSchedule and public holidays', () => {
  const hemelvaart: Holiday = {
    name: 'Hemelvaartsdag',
    regions: ['alle'],
    from: '2027-05-06',
    to: '2027-05-06',
    publicHoliday: 'hemelvaartsdag',
  };
  const withPublic = [hemelvaart, ...HOLIDAYS];

  it('a one-off date on a public holiday is refused, unless on_public_holidays', () => {
    const once = schedule({ repeat: 'once', time: '10:00-11:00', dates: ['2027-04-29', '2027-05-06'] });
    expect(validateSchedule(once, withPublic)).toEqual([
      {
        field: 'schedule.dates.1',
        message:
          '2027-05-06 is Hemelvaartsdag; op feestdagen gaat een activiteit niet door. Kies een andere datum, of zet on_public_holidays: true als deze activiteit dan wel doorgaat',
      },
    ]);
    expect(validateSchedule({ ...once, on_public_holidays: true }, withPublic)).toEqual([]);
  });

  it('a change on a public holiday the series skips has no effect', () => {
    const thursdays = schedule({
      repeat: 'weekly',
      weekday: 'do',
      time: '10:00-11:00',
      from: '2027-04-29',
      changes: [{ date: '2027-05-06', status: 'cancelled', reason: 'Feestdag' }],
    });
    expect(validateSchedule(thursdays, withPublic)).toEqual([
      {
        field: 'schedule.changes.0.date',
        message:
          '2027-05-06 is Hemelvaartsdag en wordt al overgeslagen; deze wijziging heeft geen effect (zet on_public_holidays: true als de activiteit op feestdagen doorgaat)',
      },
    ]);
    expect(validateSchedule({ ...thursdays, on_public_holidays: true }, withPublic)).toEqual([]);
  });
});

describe('validateHolidays', () => {
  it('catches an overlap in a shared region', () => {
    const problems = validateHolidays([
      kerst,
      { name: 'voorjaarsvakantie', regions: ['noord'], from: '2027-02-13', to: '2027-02-21' },
      { name: 'dubbel', regions: ['noord', 'zuid'], from: '2027-02-20', to: '2027-02-28' },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0].field).toBe('periods.2');
    expect(problems[0].message).toContain('periods.1');
    expect(problems[0].message).toContain('noord');
  });

  it('"alle" overlaps every region', () => {
    const problems = validateHolidays([
      kerst,
      { name: 'extra', regions: ['zuid'], from: '2027-01-03', to: '2027-01-05' },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['periods.1']);
  });

  it('accepts adjacent periods and overlapping periods in different regions', () => {
    expect(
      validateHolidays([
        kerst,
        { name: 'daarna', regions: ['alle'], from: '2027-01-04', to: '2027-01-10' },
        { name: 'noord', regions: ['noord'], from: '2027-02-13', to: '2027-02-21' },
        { name: 'zuid', regions: ['zuid'], from: '2027-02-13', to: '2027-02-21' },
      ]),
    ).toEqual([]);
  });
});
