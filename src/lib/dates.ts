/**
 * Calendar dates and the site's time zone, in one place.
 *
 * Dates are plain "YYYY-MM-DD" strings throughout the project. Arithmetic is done on whole days
 * since the Unix epoch in UTC ("epoch days"), so the time zone of the build machine can never shift
 * a date. Not to be confused with an ISO weekday (1 = Monday … 7 = Sunday), which has its own name
 * here ({@link isoWeekday}) and in `hours.ts`.
 */

/**
 * The one time zone the site's wall times are in: schedules, opening hours, "today". Written once
 * here; feeds (TZID), JSON-LD (`scheduleTimezone`), the HSDS index and the agenda clock read it.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const MINUTE_MS = 60_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * RFC 5545 weekday codes (BYDAY), Monday first: index `isoWeekday - 1`, the same order as
 * `WEEKDAYS` in the taxonomies. HSDS schedules use the same codes.
 */
export const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Days since 1970-01-01 (UTC). Throws on anything that is not YYYY-MM-DD, so a typo never becomes NaN dates. */
export function epochDay(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new Error(`"${date}" is geen datum als JJJJ-MM-DD`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The "YYYY-MM-DD" of an epoch day; the inverse of {@link epochDay}. */
export function dateOfEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Adds (or with a negative number subtracts) whole days to a "YYYY-MM-DD" date. */
export function addDays(date: string, days: number): string {
  return dateOfEpochDay(epochDay(date) + days);
}

/**
 * Adds whole years. 29 February rolls over to 1 March in a non-leap year (Date.UTC's rule), which is
 * fine for the horizons this is used for.
 */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return dateOfEpochDay(Date.UTC(y + years, m - 1, d) / DAY_MS);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday (the same order as WEEKDAYS and {@link ICAL_DAYS}). */
export function isoWeekday(date: string): number {
  return ((new Date(epochDay(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

/**
 * The nth (1..4, or -1 for the last) date with the given ISO weekday in a month.
 *
 * @param month 1..12
 * @param weekday ISO weekday, 1 = Monday … 7 = Sunday
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1));
  }
  // Last: step back from the last day of the month (day 0 of the next month).
  const last = dateOfEpochDay(Date.UTC(year, month, 0) / DAY_MS);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** An instant as an iCalendar UTC date-time, "20261231T225959Z" (RFC 5545 §3.3.5, form 2). */
export function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The window the agenda lists: `today` through `weeks` weeks ahead. Here rather than in agenda.ts
 * because the content check needs it too (the holiday data must reach its end).
 */
export function agendaWindow(today: string, weeks: number): { from: string; to: string } {
  return { from: today, to: addDays(today, weeks * 7) };
}

/**
 * How far the feeds write the holiday EXDATEs of open-ended series: a year and a day ahead of the
 * build; the regular rebuild moves it on. The holiday data must reach it (checkHolidayCoverage).
 */
export function feedHorizon(today: string): string {
  return addDays(today, 366);
}
