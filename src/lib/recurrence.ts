/**
 * Turns the schedule an editor writes (`repeat: weekly`, `weekday: di`, `time: 10:00-11:30` …)
 * into its rule dates, dated occurrences with exact instants, and an iCalendar RRULE.
 *
 * Day arithmetic is in `dates.ts`, wall time to instant in `time-zone.ts`, and the checks the
 * schema cannot do in `schedule-checks.ts`.
 */
import type { Holiday } from '../schemas/holidays.ts';
import type { Schedule } from '../schemas/activity.ts';
import { WEEKDAYS, type Weekday } from '../schemas/taxonomies.ts';
import { ICAL_DAYS, addDays, dateOfEpochDay, epochDay, isoWeekday, nthWeekdayOfMonth, utcStamp } from './dates.ts';
import { amsterdamToUtc } from './time-zone.ts';

export interface Occurrence {
  /** Date the rule gives (YYYY-MM-DD) — the identity of the occurrence (RECURRENCE-ID). */
  ruleDate: string;
  /** Date it actually happens (differs from ruleDate when moved to another day). */
  date: string;
  /** Local Europe/Amsterdam start time, "HH:MM". */
  start: string;
  /** Local Europe/Amsterdam end time, "HH:MM". */
  end: string;
  /** Exact instants, for feeds and JSON-LD. */
  startUtc: Date;
  endUtc: Date;
  status: 'confirmed' | 'cancelled' | 'moved';
  /** The editor's reason, for cancelled and moved occurrences. */
  reason?: string;
}

/** ISO weekday (1 = Monday) of the schema's abbreviation. */
function isoWeekdayOf(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

function splitTime(time: string): [string, string] {
  const [start, end] = time.split('-');
  return [start, end];
}

/** The holiday (if any) a date falls in; both ends of a holiday period are inclusive. */
export function holidayOn(date: string, holidays: Holiday[]): Holiday | undefined {
  return holidays.find((h) => h.from <= date && date <= h.to);
}

/**
 * The holiday a rule date of this schedule is skipped for, if any: a public holiday unless the
 * schedule has `on_public_holidays: true`, a school holiday when it has `skip_school_holidays`.
 * A public holiday wins over a school holiday on the same date, so the page can name the day
 * ("niet op Tweede Kerstdag") even inside the Christmas holiday.
 */
export function skippedFor(schedule: Schedule, date: string, holidays: Holiday[]): Holiday | undefined {
  let school: Holiday | undefined;
  for (const h of holidays) {
    if (h.from > date || date > h.to) continue;
    if (h.publicHoliday) {
      if (!schedule.on_public_holidays) return h;
    } else if (schedule.skip_school_holidays) school ??= h;
  }
  return school;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

/** The first date the rule gives on or after `from`, or undefined when the schedule is incomplete. */
export function firstRuleDate(schedule: Schedule): string | undefined {
  if (schedule.repeat === 'once') return [...(schedule.dates ?? [])].sort()[0];
  const { from, weekday } = schedule;
  if (!from || !weekday) return undefined;
  const wd = isoWeekdayOf(weekday);
  if (schedule.repeat === 'monthly') {
    if (schedule.week_of_month === undefined) return undefined;
    const [y, m] = from.split('-').map(Number);
    const inMonth = nthWeekdayOfMonth(y, m, wd, schedule.week_of_month);
    if (inMonth >= from) return inMonth;
    return m === 12
      ? nthWeekdayOfMonth(y + 1, 1, wd, schedule.week_of_month)
      : nthWeekdayOfMonth(y, m + 1, wd, schedule.week_of_month);
  }
  // weekly and biweekly: the first such weekday on or after `from` (lenient when `from` is on
  // another day; validateSchedule reports that). Biweekly counts its fortnights from this date.
  return addDays(from, (wd - isoWeekday(from) + 7) % 7);
}

/** Days between two rule dates of a weekly or biweekly series. */
function stepOf(schedule: Schedule): number {
  return schedule.repeat === 'biweekly' ? 14 : 7;
}

/** The month's date of a monthly rule, e.g. the last Friday, from `first` through `last`. */
function monthlyDates(schedule: Schedule, first: string, last: string): string[] {
  const wd = isoWeekdayOf(schedule.weekday as Weekday);
  const dates: string[] = [];
  let [y, m] = first.split('-').map(Number);
  for (let date = first; date <= last;) {
    dates.push(date);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    date = nthWeekdayOfMonth(y, m, wd, schedule.week_of_month as number);
  }
  return dates;
}

/** Every week or fortnight from `first` through `last`. */
function steppedDates(step: number, first: string, last: string): string[] {
  const dates: string[] = [];
  for (let day = epochDay(first), stop = epochDay(last); day <= stop; day += step) dates.push(dateOfEpochDay(day));
  return dates;
}

/** Rule dates up to and including `end` (and never past `until`), ascending. */
export function ruleDatesUntil(schedule: Schedule, end: string): string[] {
  const last = schedule.until && schedule.until < end ? schedule.until : end;
  if (schedule.repeat === 'once') {
    // Explicit dates are all part of the rule; `until` and the horizon do not cut them off.
    return [...new Set(schedule.dates ?? [])].sort();
  }
  const first = firstRuleDate(schedule);
  if (!first || first > last) return [];
  return schedule.repeat === 'monthly'
    ? monthlyDates(schedule, first, last)
    : steppedDates(stepOf(schedule), first, last);
}

/** Whether `date` is a date the rule gives, without a horizon (so it works for open-ended series too). */
export function isRuleDate(schedule: Schedule, date: string): boolean {
  if (schedule.repeat === 'once') return (schedule.dates ?? []).includes(date);
  const first = firstRuleDate(schedule);
  if (!first || date < first || (schedule.until && date > schedule.until)) return false;
  if (schedule.repeat === 'monthly') {
    const [y, m] = date.split('-').map(Number);
    return (
      nthWeekdayOfMonth(y, m, isoWeekdayOf(schedule.weekday as Weekday), schedule.week_of_month as number) === date
    );
  }
  return (epochDay(date) - epochDay(first)) % stepOf(schedule) === 0;
}

/**
 * The rule dates (before holidays/except are taken out), ascending: up to `until`, or, when the
 * series is open-ended, up to and including `horizon`. For `repeat: once` these are simply the
 * listed dates, all of them.
 */
export function ruleDates(schedule: Schedule, horizon: string): string[] {
  return ruleDatesUntil(schedule, schedule.until ?? horizon);
}

/**
 * iCalendar RRULE value for weekly/biweekly/monthly, e.g. "FREQ=WEEKLY;BYDAY=TU",
 * "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", "FREQ=MONTHLY;BYDAY=1MO" or "FREQ=MONTHLY;BYDAY=-1FR".
 *
 * With `until`, ";UNTIL=…Z" is appended: the end of the until day (23:59:59) in Amsterdam,
 * written in UTC as RFC 5545 requires when DTSTART has a TZID. Using the Amsterdam end of day (not
 * 23:59:59Z, which is already the next day in Amsterdam) keeps a late-evening date on `until`
 * inside the series and an early-morning date the day after out of it.
 *
 * Biweekly needs no WKST: with one BYDAY equal to DTSTART's weekday the fortnights run from
 * DTSTART whatever the week start, so DTSTART must be the first rule date (see ical.ts).
 *
 * @returns undefined for `repeat: once` (and for an incomplete schedule).
 */
export function toRRule(schedule: Schedule): string | undefined {
  if (schedule.repeat === 'once' || !schedule.weekday) return undefined;
  const day = ICAL_DAYS[isoWeekdayOf(schedule.weekday) - 1];
  let rule: string;
  if (schedule.repeat === 'weekly') rule = `FREQ=WEEKLY;BYDAY=${day}`;
  else if (schedule.repeat === 'biweekly') rule = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
  else {
    if (schedule.week_of_month === undefined) return undefined;
    rule = `FREQ=MONTHLY;BYDAY=${schedule.week_of_month}${day}`;
  }
  if (schedule.until) {
    // 23:59:59 local = the instant of 00:00 the next day minus one second.
    const end = new Date(amsterdamToUtc(addDays(schedule.until, 1), '00:00').getTime() - 1000);
    rule += `;UNTIL=${utcStamp(end)}`;
  }
  return rule;
}

// ---------------------------------------------------------------------------------------------
// Expansion
// ---------------------------------------------------------------------------------------------

/**
 * The occurrence of one rule date that the series keeps (not excepted, not skipped), with its
 * change applied: the first change on that date counts.
 */
function occurrenceOn(schedule: Schedule, ruleDate: string): Occurrence {
  const change = (schedule.changes ?? []).find((c) => c.date === ruleDate);
  let date = ruleDate;
  let [start, end] = splitTime(schedule.time);
  let status: Occurrence['status'] = 'confirmed';
  if (change?.status === 'moved') {
    date = change.to_date ?? ruleDate;
    if (change.to_time) [start, end] = splitTime(change.to_time);
    status = 'moved';
  } else if (change?.status === 'cancelled') status = 'cancelled';
  return {
    ruleDate,
    date,
    start,
    end,
    startUtc: amsterdamToUtc(date, start),
    endUtc: amsterdamToUtc(date, end),
    status,
    ...(change ? { reason: change.reason } : {}),
  };
}

/**
 * All occurrences whose actual date or rule date lies within [from, to] (inclusive), sorted by
 * date + start time (then rule date).
 *
 * - Rule dates in a school holiday (when `skip_school_holidays`), on a public holiday (unless
 *   `on_public_holidays`) and `except` dates are left out: they are not part of the series
 *   ({@link skippedDates} lists the public holidays, which the page names).
 * - `changes` turn an occurrence into status 'cancelled' (still listed, so the agenda can say
 *   "vervalt") or 'moved' (at `to_date`/`to_time`). A change on a date that is not an occurrence
 *   (not a rule date, an except date, a skipped holiday) is ignored here — validateSchedule reports
 *   it — and when a date has more than one change the first one counts.
 * - A moved occurrence is kept even when only its rule date or only its new date is in the window,
 *   so an agenda page for either day can mention it.
 *
 * @param holidays the holidays of the site's region (the caller filters by region).
 */
export function expandSchedule(
  schedule: Schedule,
  holidays: Holiday[],
  window: { from: string; to: string },
): Occurrence[] {
  const changes = schedule.changes ?? [];
  // A rule date after the window may be moved into it, so look as far as the latest changed date.
  const end = changes.reduce((max, c) => (c.date > max ? c.date : max), window.to);
  const except = new Set(schedule.except ?? []);
  const inWindow = (d: string) => window.from <= d && d <= window.to;
  return ruleDatesUntil(schedule, end)
    .filter((ruleDate) => !except.has(ruleDate) && !skippedFor(schedule, ruleDate, holidays))
    .map((ruleDate) => occurrenceOn(schedule, ruleDate))
    .filter((o) => inWindow(o.ruleDate) || inWindow(o.date))
    .sort(
      (a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.ruleDate.localeCompare(b.ruleDate),
    );
}

/** A rule date the series leaves out, with why. */
export interface SkippedDate {
  date: string;
  /** The holiday it is skipped for; undefined for an `except` date. */
  holiday?: Holiday;
}

/**
 * Every rule date in [from, to] the series leaves out: `except` dates and dates skipped for a
 * school or public holiday, ascending. Cancelled dates are occurrences (status cancelled), not here.
 */
export function skippedDates(
  schedule: Schedule,
  holidays: Holiday[],
  window: { from: string; to: string },
): SkippedDate[] {
  const except = new Set(schedule.except ?? []);
  return ruleDatesUntil(schedule, window.to)
    .filter((d) => window.from <= d)
    .flatMap((date) => {
      if (except.has(date)) return [{ date }];
      const holiday = skippedFor(schedule, date, holidays);
      return holiday ? [{ date, holiday }] : [];
    });
}
