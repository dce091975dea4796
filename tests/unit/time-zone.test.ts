/**
 * time-zone.ts applies the EU summer-time rule by hand; these tests hold it against the runtime's
 * own tz database (Intl, ICU's copy of the IANA data), so a change in the law, once it reaches the
 * tz database, fails here before a feed is an hour off.
 */
import { describe, it, expect } from 'vitest';
import { DAY_MS, TIME_ZONE } from '../../src/lib/dates.ts';
import { amsterdamToUtc, summerTime } from '../../src/lib/time-zone.ts';

const iso = (d: Date) => d.toISOString();

/** Wall time in Amsterdam as the tz database gives it, "YYYY-MM-DD HH:MM". */
const wall = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const wallTime = (instant: Date | number) => wall.format(instant).replace(', ', ' ');

/** UTC offset in Amsterdam at an instant as the tz database gives it, e.g. "GMT+02:00". */
const offsetFormat = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });
const offsetAt = (instant: number) => offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;

/**
 * The years the hand-written rule covers: the EU rule (last Sunday of March to last Sunday of
 * October, at 01:00 UTC) holds since 1996; from 1981 to 1995 summer time ended in September.
 */
const FIRST_YEAR = 1996;
const LAST_YEAR = 2100;

describe('amsterdamToUtc', () => {
  it('a wall time in the repeated hour (02:30 on 2026-10-25) is its first occurrence, in summer time', () => {
    expect(iso(amsterdamToUtc('2026-10-25', '02:30'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(amsterdamToUtc('2026-10-25', '03:00'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('amsterdamToUtc agrees with the tz database (Intl) on every day of 2026–2028', () => {
    const wall = new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const mismatches: string[] = [];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2029, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (const time of ['00:00', '01:59', '03:00', '10:00', '23:59']) {
        const instant = amsterdamToUtc(date, time);
        const shown = wall.format(instant).replace(', ', ' ');
        if (shown !== `${date} ${time}`) mismatches.push(`${date} ${time} -> ${instant.toISOString()} (${shown})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('the hand-written summer-time rule against the tz database (Intl)', () => {
  it(`summer time starts and ends at the instants the tz database gives, every year ${FIRST_YEAR}–${LAST_YEAR}`, () => {
    const mismatches: string[] = [];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const [start, end] = summerTime(year);
      const seen = [offsetAt(start - 1), offsetAt(start), offsetAt(end - 1), offsetAt(end)];
      const expected = ['GMT+01:00', 'GMT+02:00', 'GMT+02:00', 'GMT+01:00'];
      if (seen.join() !== expected.join())
        mismatches.push(
          `${year}: ${new Date(start).toISOString()} / ${new Date(end).toISOString()}: ${seen.join(' ')}`,
        );
    }
    expect(mismatches).toEqual([]);
  });

  it(`the offset is the tz database's at noon UTC on every day ${FIRST_YEAR}–${LAST_YEAR}, so there is no transition the rule misses`, () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(FIRST_YEAR, 0, 1, 12); t < Date.UTC(LAST_YEAR + 1, 0, 1); t += DAY_MS) {
      const [start, end] = summerTime(new Date(t).getUTCFullYear());
      const ours = t >= start && t < end ? 'GMT+02:00' : 'GMT+01:00';
      if (offsetAt(t) !== ours) mismatches.push(`${new Date(t).toISOString()}: ${offsetAt(t)}, rule says ${ours}`);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 30_000);

  it(`every wall time on and around each change day maps back to itself, ${FIRST_YEAR}–${LAST_YEAR} (the gap hour excepted)`, () => {
    const mismatches: string[] = [];
    const times = Array.from(
      { length: 48 },
      (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
    );
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const change of summerTime(year)) {
        const changeDay = Math.floor(change / DAY_MS);
        for (const day of [changeDay - 1, changeDay, changeDay + 1]) {
          const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
          for (const time of times) {
            // 02:00–02:59 on the spring day does not exist; time-zone.ts documents how it is read.
            if (day === changeDay && change === summerTime(year)[0] && time.startsWith('02:')) continue;
            const shown = wallTime(amsterdamToUtc(date, time));
            if (shown !== `${date} ${time}`) mismatches.push(`${date} ${time} -> ${shown}`);
          }
        }
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  }, 30_000);
});
