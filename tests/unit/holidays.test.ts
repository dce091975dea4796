/**
 * The holiday data in content/holidays.yaml: the public holidays agree with an independent source
 * (the npm package date-holidays, country NL) for every year in the file, every year is complete,
 * and the build refuses to look further ahead than the data reaches, with the exact Dutch messages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Holidays from 'date-holidays';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { holidaysSchema, PUBLIC_HOLIDAYS, type PublicHolidayId } from '../../src/schemas/holidays.ts';
import { checkHolidayCoverage, holidayCoverage, validatePublicHolidays } from '../../src/lib/schedule-checks.ts';
import { expandSchedule, skippedDates } from '../../src/lib/recurrence.ts';
import { loadContent } from '../../src/lib/content.ts';
import { FIXTURE, ROOT } from './helpers.ts';
import { schedule } from './schedules.ts';

const data = holidaysSchema.parse(parse(readFileSync(join(ROOT, 'content/holidays.yaml'), 'utf8')));
const days = data.public_holidays.days;
const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort();

/** date-holidays' Dutch names for our ids (it calls Eerste Paasdag "Pasen", Eerste Kerstdag "Kerstmis"). */
const THEIR_NAMES: Record<PublicHolidayId, string> = {
  nieuwjaarsdag: 'Nieuwjaar',
  'goede-vrijdag': 'Goede Vrijdag',
  'eerste-paasdag': 'Pasen',
  'tweede-paasdag': 'Tweede paasdag',
  koningsdag: 'Koningsdag',
  bevrijdingsdag: 'Bevrijdingsdag',
  hemelvaartsdag: 'Hemelvaartsdag',
  'eerste-pinksterdag': 'Pinksteren',
  'tweede-pinksterdag': 'Tweede pinksterdag',
  'eerste-kerstdag': 'Kerstmis',
  'tweede-kerstdag': 'Tweede kerstdag',
};

describe('public holidays in content/holidays.yaml', () => {
  it('cover at least the years the agenda of the test build reaches (2026 through 2027)', () => {
    expect(years[0]).toBeLessThanOrEqual(2026);
    expect(years.at(-1)).toBeGreaterThanOrEqual(2027);
  });

  it.each(years)('%i: every holiday on the date date-holidays (NL) gives', (year) => {
    // Goede Vrijdag and Bevrijdingsdag are type "school" there (not a day off for everyone by law).
    const theirs = new Holidays('NL')
      .getHolidays(year, 'nl')
      .filter((h) => h.type === 'public' || h.type === 'school')
      .map((h) => `${h.date.slice(0, 10)} ${h.name}`)
      .sort();
    const ours = days
      .filter((d) => d.date.startsWith(`${year}-`))
      .map((d) => `${d.date} ${THEIR_NAMES[d.holiday]}`)
      .sort();
    expect(ours).toEqual(theirs);
    expect(ours).toHaveLength(PUBLIC_HOLIDAYS.length);
  });

  it('Koningsdag moves to 26 April when 27 April is a Sunday (2025, 2031) in date-holidays, as the data comment says', () => {
    const koningsdag = (y: number) =>
      new Holidays('NL')
        .getHolidays(y, 'nl')
        .find((h) => h.name === 'Koningsdag')!
        .date.slice(0, 10);
    expect([koningsdag(2025), koningsdag(2031), koningsdag(2027)]).toEqual(['2025-04-26', '2031-04-26', '2027-04-27']);
  });

  it('a year with a holiday missing or listed twice is refused', () => {
    const broken = days.filter((d) => !(d.holiday === 'hemelvaartsdag' && d.date.startsWith('2027')));
    broken.push({ holiday: 'koningsdag', date: '2027-04-26' });
    expect(validatePublicHolidays(broken)).toEqual([
      {
        field: `public_holidays.days.${broken.length - 1}`,
        message: 'Koningsdag staat twee keer in 2027 (ook in public_holidays.days.15); houd er één',
      },
      { field: 'public_holidays.days', message: 'in 2027 ontbreekt Hemelvaartsdag; elk jaar heeft alle 11 feestdagen' },
    ]);
    expect(validatePublicHolidays(days)).toEqual([]);
  });
});

describe('the build stops when the agenda looks past the holiday data', () => {
  const periods = data.periods.filter((p) => p.regions.includes('noord') || p.regions.includes('alle'));
  const covered = holidayCoverage(periods, days);

  it('knows how far the data reaches', () => {
    expect(covered).toEqual({ school: '2028-08-27', public: '2028-12-31' });
  });

  it('no problem while the window and the horizon stay inside', () => {
    expect(checkHolidayCoverage(periods, days, { window: '2027-01-19', horizon: '2027-11-25' }, [])).toEqual([]);
  });

  it('the feeds’ horizon past the last school holiday and the last public holiday', () => {
    expect(checkHolidayCoverage(periods, days, { window: '2028-11-01', horizon: '2029-09-06' }, [])).toEqual([
      {
        file: 'content/holidays.yaml',
        field: 'periods',
        message:
          'de schoolvakanties lopen tot en met 2028-08-27, maar de agendafeeds schrijven uitzonderingen tot en met 2029-09-06; voeg de schoolvakanties van het volgende schooljaar toe (rijksoverheid.nl/onderwerpen/schoolvakanties)',
      },
      {
        file: 'content/holidays.yaml',
        field: 'public_holidays',
        message:
          'de feestdagen lopen tot en met 2028-12-31, maar de agendafeeds schrijven uitzonderingen tot en met 2029-09-06; voeg de feestdagen van 2029 toe',
      },
    ]);
  });

  it('the agenda window past the data (when it reaches further than the horizon)', () => {
    expect(checkHolidayCoverage(periods, days, { window: '2028-09-01', horizon: '2028-08-01' }, [])).toEqual([
      {
        file: 'content/holidays.yaml',
        field: 'periods',
        message:
          'de schoolvakanties lopen tot en met 2028-08-27, maar de agenda loopt tot en met 2028-09-01; voeg de schoolvakanties van het volgende schooljaar toe (rijksoverheid.nl/onderwerpen/schoolvakanties)',
      },
    ]);
  });

  it('a series whose until (and so its EXDATEs) runs past the data', () => {
    const series = schedule({
      repeat: 'weekly',
      weekday: 'di',
      time: '10:00-11:00',
      from: '2027-01-05',
      until: '2029-02-01',
      skip_school_holidays: true,
    });
    expect(
      checkHolidayCoverage(periods, days, { window: '2027-01-19', horizon: '2027-11-25' }, [
        { file: 'content/activities/x.yaml', schedule: series },
      ]),
    ).toEqual([
      {
        file: 'content/activities/x.yaml',
        field: 'schedule.until',
        message:
          'de reeks loopt tot en met 2029-02-01, maar content/holidays.yaml heeft schoolvakanties tot en met 2028-08-27; vul content/holidays.yaml aan of kies een eerdere einddatum',
      },
    ]);
  });

  it('the loader refuses a build date whose horizon passes the data, and accepts the test build date', () => {
    expect(() => loadContent(FIXTURE, { today: '2026-11-24' })).not.toThrow();
    expect(() => loadContent(FIXTURE, { today: '2028-06-01' })).toThrow(
      /✗ content\/holidays\.yaml\n {4}veld "periods": de schoolvakanties lopen tot en met 2028-08-27, maar de agendafeeds schrijven uitzonderingen tot en met 2029-06-02;/,
    );
  }, 30_000);
});

describe('an activity skips public holidays unless its file says otherwise', () => {
  const content = loadContent(ROOT, { today: '2026-11-24' });
  const hemelvaart = content.holidays.periods.find(
    (h) => h.publicHoliday === 'hemelvaartsdag' && h.from.startsWith('2027'),
  )!;
  const thursdays = schedule({ repeat: 'weekly', weekday: 'do', time: '10:00-11:00', from: '2027-04-29' });
  const window = { from: '2027-04-29', to: '2027-05-13' };

  it('Hemelvaartsdag 2027-05-06 is left out and named', () => {
    expect(expandSchedule(thursdays, content.holidays.periods, window).map((o) => o.date)).toEqual([
      '2027-04-29',
      '2027-05-13',
    ]);
    expect(skippedDates(thursdays, content.holidays.periods, window)).toEqual([
      { date: '2027-05-06', holiday: hemelvaart },
    ]);
    expect(hemelvaart.name).toBe('Hemelvaartsdag');
  });

  it('on_public_holidays: true keeps it', () => {
    const kept = { ...thursdays, on_public_holidays: true };
    expect(expandSchedule(kept, content.holidays.periods, window).map((o) => o.date)).toEqual([
      '2027-04-29',
      '2027-05-06',
      '2027-05-13',
    ]);
    expect(skippedDates(kept, content.holidays.periods, window)).toEqual([]);
  });

  it('no activity of this site has a date on a public holiday it skips, from the test build date through the feed horizon', () => {
    const all = { from: '2026-11-24', to: '2027-11-25' };
    const publicDays = new Set(content.holidays.periods.filter((h) => h.publicHoliday).map((h) => h.from));
    const hits = content.activities.flatMap((a) =>
      a.data.schedule.on_public_holidays
        ? []
        : expandSchedule(a.data.schedule, content.holidays.periods, all)
            .filter((o) => publicDays.has(o.date))
            .map((o) => `${a.id} ${o.date}`),
    );
    expect(hits).toEqual([]);
    // And the check is not empty: several series would hit a holiday without the skip.
    const without = content.activities.flatMap((a) =>
      expandSchedule({ ...a.data.schedule, on_public_holidays: true }, content.holidays.periods, all).filter((o) =>
        publicDays.has(o.date),
      ),
    );
    expect(without.length).toBeGreaterThan(3);
  }, 30_000);
});
