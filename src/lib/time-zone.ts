/**
 * Europe/Amsterdam wall time to exact instants.
 *
 * The EU summer-time rule is applied by hand (no Temporal, no dependency on the ICU time-zone data
 * of the runtime), so a build gives the same instants on every machine. The rule holds since 1996;
 * tests/unit/time-zone.test.ts compares it with the runtime's tz data for every day up to 2100, so
 * a change in the law (the EU has discussed ending the clock change) shows up as a failing test.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, epochDay, nthWeekdayOfMonth } from './dates.ts';

const TIME = /^(\d{2}):(\d{2})$/;

/**
 * Start and end (as epoch ms) of summer time in a year: 01:00 UTC on the last Sunday of March and
 * of October (EU rule since 1996).
 */
export function summerTime(year: number): [number, number] {
  const start = epochDay(nthWeekdayOfMonth(year, 3, 7, -1)) * DAY_MS + HOUR_MS;
  const end = epochDay(nthWeekdayOfMonth(year, 10, 7, -1)) * DAY_MS + HOUR_MS;
  return [start, end];
}

function isSummerTime(instant: number): boolean {
  const [start, end] = summerTime(new Date(instant).getUTCFullYear());
  return instant >= start && instant < end;
}

/**
 * Europe/Amsterdam wall time -> UTC Date, correct across DST.
 *
 * Two wall times a year are not one-to-one; both are resolved as RFC 5545 §3.3.5 prescribes (which
 * is also what Temporal's "compatible" mode and java.time do):
 * - a time in the spring-forward gap (02:00–02:59 on the last Sunday of March) does not exist; it is
 *   read with the offset from before the gap (+01:00), so 02:30 becomes 01:30Z = 03:30 CEST;
 * - a time in the repeated hour (02:00–02:59 on the last Sunday of October) is taken the first time
 *   it occurs, in summer time (+02:00).
 * Note that ical.js resolves both hours the other way round (gap: +02:00, repeated hour: +01:00), so
 * clients may differ by an hour there; editors should not plan activities between 02:00 and 03:00.
 *
 * @param date "YYYY-MM-DD"
 * @param time "HH:MM" (24-hour clock)
 */
export function amsterdamToUtc(date: string, time: string): Date {
  const t = TIME.exec(time);
  if (!t) throw new Error(`"${time}" is geen tijd als UU:MM`);
  const wall = epochDay(date) * DAY_MS + Number(t[1]) * HOUR_MS + Number(t[2]) * MINUTE_MS;
  // Try summer time first: where both offsets fit (the repeated hour) the earlier instant wins.
  const summer = wall - 2 * HOUR_MS;
  if (isSummerTime(summer)) return new Date(summer);
  // Winter time either fits, or the wall time is in the gap, where the offset before the gap (+01:00) applies.
  return new Date(wall - HOUR_MS);
}
