/**
 * Turns the schedule an editor writes (`repeat: weekly`, `weekday: di`, `time: 10:00-11:30` …)
 * into dated occurrences, exact instants and an iCalendar RRULE, and checks what the schema cannot.
 *
 * Dates are plain "YYYY-MM-DD" strings throughout. Calendar arithmetic is done on whole days since
 * the Unix epoch (UTC), so no local time zone of the build machine can shift a date. Wall times are
 * Europe/Amsterdam; they become instants only in {@link amsterdamToUtc}, which applies the EU
 * summer-time rule itself (no Temporal, no dependency on the ICU time-zone data of the runtime).
 */
import type { Holiday } from '../schemas/holidays.ts';
import type { Schedule } from '../schemas/activity.ts';
import { WEEKDAYS, type Weekday } from '../schemas/taxonomies.ts';

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

/** A problem found by {@link validateSchedule} or {@link validateHolidays}. */
export interface ScheduleProblem {
  /** Dotted path of the field, e.g. "schedule.except.0" or "periods.3". */
  field: string;
  /** What is wrong, in Dutch, for the editor. */
  message: string;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** Dutch names for the messages; the schema's abbreviations (ma, di …) are not what an editor reads back. */
const DAY_NAMES: Record<Weekday, string> = {
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
};

/** RFC 5545 weekday codes, in the same Monday-first order as WEEKDAYS. */
const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

const ORDINALS: Record<number, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', [-1]: 'laatste' };

// ---------------------------------------------------------------------------------------------
// Day arithmetic
// ---------------------------------------------------------------------------------------------

/** Days since 1970-01-01. Throws on anything that is not YYYY-MM-DD, so a typo never becomes NaN dates. */
function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new Error(`"${date}" is geen datum als JJJJ-MM-DD`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (the same order as WEEKDAYS). */
function isoWeekday(date: string): number {
  return ((new Date(dayNumber(date) * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

function isoWeekdayOf(weekday: Weekday): number {
  return WEEKDAYS.indexOf(weekday) + 1;
}

/** The nth (1..4, or -1 for the last) given ISO weekday of a month (month 1..12). */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    const offset = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, offset + 7 * (n - 1));
  }
  // Last: step back from the last day of the month (day 0 of the next month).
  const last = dateOf(Date.UTC(year, month, 0) / DAY_MS);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  // Date.UTC rolls 29 February over to 1 March in a non-leap year, which is fine for a horizon.
  return dateOf(Date.UTC(y + years, m - 1, d) / DAY_MS);
}

function splitTime(time: string): [string, string] {
  const [start, end] = time.split('-');
  return [start, end];
}

// ---------------------------------------------------------------------------------------------
// Time zone
// ---------------------------------------------------------------------------------------------

/** Start and end (as epoch ms) of summer time in a year: 01:00 UTC on the last Sunday of March / October (EU rule since 1996). */
function summerTime(year: number): [number, number] {
  const start = dayNumber(nthWeekdayOfMonth(year, 3, 7, -1)) * DAY_MS + HOUR_MS;
  const end = dayNumber(nthWeekdayOfMonth(year, 10, 7, -1)) * DAY_MS + HOUR_MS;
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
  const wall = dayNumber(date) * DAY_MS + Number(t[1]) * HOUR_MS + Number(t[2]) * 60_000;
  // Try summer time first: where both offsets fit (the repeated hour) the earlier instant wins.
  const summer = wall - 2 * HOUR_MS;
  if (isSummerTime(summer)) return new Date(summer);
  // Winter time either fits, or the wall time is in the gap, where the offset before the gap (+01:00) applies.
  return new Date(wall - HOUR_MS);
}

// ---------------------------------------------------------------------------------------------
// Holidays
// ---------------------------------------------------------------------------------------------

/** The holiday (if any) a date falls in; both ends of a holiday period are inclusive. */
export function holidayOn(date: string, holidays: Holiday[]): Holiday | undefined {
  return holidays.find((h) => h.from <= date && date <= h.to);
}

function sharedRegions(a: Holiday, b: Holiday): string[] {
  // "alle" (the whole country) overlaps every region, including the other's "alle".
  if (a.regions.includes('alle')) return [...b.regions];
  if (b.regions.includes('alle')) return [...a.regions];
  return a.regions.filter((r) => b.regions.includes(r));
}

/**
 * Overlapping holiday periods that share a region ("alle" overlaps all). Two periods that overlap
 * make it unclear which name a skipped date gets, and usually mean a copy-paste error in the dates.
 * Periods that only touch (one ends the day before the other starts) are fine.
 *
 * @returns one Dutch problem per overlapping pair, on the later period (`periods.N`).
 */
export function validateHolidays(periods: Holiday[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  periods.forEach((b, j) => {
    periods.slice(0, j).forEach((a, i) => {
      if (a.from > b.to || b.from > a.to) return;
      const regions = sharedRegions(a, b);
      if (!regions.length) return;
      problems.push({
        field: `periods.${j}`,
        message:
          `${b.name} (${b.from} t/m ${b.to}) overlapt met ${a.name} (${a.from} t/m ${a.to}, periods.${i}) ` +
          `in regio ${regions.join(', ')}; pas de datums aan zodat elke dag in één vakantie valt`,
      });
    });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

/** The first date the rule gives on or after `from`, or undefined when the schedule is incomplete. */
function firstRuleDate(schedule: Schedule): string | undefined {
  if (schedule.repeat === 'once') return [...(schedule.dates ?? [])].sort()[0];
  const { from, weekday } = schedule;
  if (!from || !weekday) return undefined;
  const wd = isoWeekdayOf(weekday);
  if (schedule.repeat === 'monthly') {
    if (schedule.week_of_month === undefined) return undefined;
    const [y, m] = from.split('-').map(Number);
    const inMonth = nthWeekdayOfMonth(y, m, wd, schedule.week_of_month);
    if (inMonth >= from) return inMonth;
    return m === 12 ? nthWeekdayOfMonth(y + 1, 1, wd, schedule.week_of_month) : nthWeekdayOfMonth(y, m + 1, wd, schedule.week_of_month);
  }
  // weekly and biweekly: the first such weekday on or after `from` (lenient when `from` is on
  // another day; validateSchedule reports that). Biweekly counts its fortnights from this date.
  return addDays(from, (wd - isoWeekday(from) + 7) % 7);
}

/** Rule dates up to and including `end` (and never past `until`), ascending. */
function ruleDatesUntil(schedule: Schedule, end: string): string[] {
  const last = schedule.until && schedule.until < end ? schedule.until : end;
  if (schedule.repeat === 'once') {
    // Explicit dates are all part of the rule; `until` and the horizon do not cut them off.
    return [...new Set(schedule.dates ?? [])].sort();
  }
  const first = firstRuleDate(schedule);
  if (!first || first > last) return [];
  const dates: string[] = [];
  if (schedule.repeat === 'monthly') {
    const wd = isoWeekdayOf(schedule.weekday as Weekday);
    let [y, m] = first.split('-').map(Number);
    for (let date = first; date <= last; ) {
      dates.push(date);
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
      date = nthWeekdayOfMonth(y, m, wd, schedule.week_of_month as number);
    }
    return dates;
  }
  const step = schedule.repeat === 'biweekly' ? 14 : 7;
  for (let day = dayNumber(first), stop = dayNumber(last); day <= stop; day += step) dates.push(dateOf(day));
  return dates;
}

/** Whether `date` is a date the rule gives, without a horizon (so it works for open-ended series too). */
function isRuleDate(schedule: Schedule, date: string): boolean {
  if (schedule.repeat === 'once') return (schedule.dates ?? []).includes(date);
  const first = firstRuleDate(schedule);
  if (!first || date < first || (schedule.until && date > schedule.until)) return false;
  if (schedule.repeat === 'monthly') {
    const [y, m] = date.split('-').map(Number);
    return nthWeekdayOfMonth(y, m, isoWeekdayOf(schedule.weekday as Weekday), schedule.week_of_month as number) === date;
  }
  const step = schedule.repeat === 'biweekly' ? 14 : 7;
  return (dayNumber(date) - dayNumber(first)) % step === 0;
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
    rule += `;UNTIL=${end.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`;
  }
  return rule;
}

// ---------------------------------------------------------------------------------------------
// Expansion
// ---------------------------------------------------------------------------------------------

/**
 * All occurrences whose actual date or rule date lies within [from, to] (inclusive), sorted by
 * date + start time (then rule date).
 *
 * - Rule dates in a school holiday (when `skip_school_holidays`) and `except` dates are left out
 *   entirely: they are not part of the series, so nothing is shown for them.
 * - `changes` turn an occurrence into status 'cancelled' (still listed, so the agenda can say
 *   "vervalt") or 'moved' (at `to_date`/`to_time`). A change on a date that is not an occurrence
 *   (not a rule date, an except date, a skipped holiday) is ignored here — validateSchedule reports
 *   it — and when a date has more than one change the first one counts.
 * - A moved occurrence is kept even when only its rule date or only its new date is in the window,
 *   so an agenda page for either day can mention it.
 *
 * @param holidays the holidays of the site's region (the caller filters by region).
 */
export function expandSchedule(schedule: Schedule, holidays: Holiday[], window: { from: string; to: string }): Occurrence[] {
  const changes = schedule.changes ?? [];
  // A rule date after the window may be moved into it, so look as far as the latest changed date.
  const end = changes.reduce((max, c) => (c.date > max ? c.date : max), window.to);
  const except = new Set(schedule.except ?? []);
  const [ruleStart, ruleEnd] = splitTime(schedule.time);
  const occurrences: Occurrence[] = [];
  for (const ruleDate of ruleDatesUntil(schedule, end)) {
    if (except.has(ruleDate)) continue;
    if (schedule.skip_school_holidays && holidayOn(ruleDate, holidays)) continue;
    const change = changes.find((c) => c.date === ruleDate);
    let date = ruleDate;
    let [start, finish] = [ruleStart, ruleEnd];
    let status: Occurrence['status'] = 'confirmed';
    if (change?.status === 'moved') {
      date = change.to_date ?? ruleDate;
      if (change.to_time) [start, finish] = splitTime(change.to_time);
      status = 'moved';
    } else if (change?.status === 'cancelled') status = 'cancelled';
    const inWindow = (d: string) => window.from <= d && d <= window.to;
    if (!inWindow(ruleDate) && !inWindow(date)) continue;
    occurrences.push({
      ruleDate,
      date,
      start,
      end: finish,
      startUtc: amsterdamToUtc(date, start),
      endUtc: amsterdamToUtc(date, finish),
      status,
      ...(change ? { reason: change.reason } : {}),
    });
  }
  return occurrences.sort(
    (a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.ruleDate.localeCompare(b.ruleDate),
  );
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

function describeRule(schedule: Schedule): string {
  const day = schedule.weekday ? DAY_NAMES[schedule.weekday] : '';
  if (schedule.repeat === 'monthly') return `de ${ORDINALS[schedule.week_of_month ?? 1]} ${day} van de maand`;
  if (schedule.repeat === 'biweekly') return `om de week op ${day}`;
  if (schedule.repeat === 'weekly') return `elke ${day}`;
  return 'de datums in dates';
}

/**
 * Semantic checks the schema cannot do. Returns Dutch problems naming the field:
 * - `schedule.from`: `from` is not on the weekday (monthly: not the given week of the month), so the
 *   editor's first date and the real first date would differ;
 * - `schedule.until` / `schedule`: the rule never produces a date — until before the first rule
 *   date, or every date (within a year from `from` when open-ended) is in a skipped holiday or in except;
 * - `schedule.except.N`: an except date that is not a date of the rule (probably a typo, so the
 *   meant date would still take place);
 * - `schedule.changes.N.date`: a change date that is not a date of the rule, is also in except, lies
 *   in a skipped holiday, or was already used by an earlier change.
 *
 * Incomplete schedules (no weekday, from …) are left to the schema and give no problems here.
 *
 * @param holidays the holidays of the site's region.
 */
export function validateSchedule(schedule: Schedule, holidays: Holiday[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const repeating = schedule.repeat !== 'once';
  if (repeating && (!schedule.from || !schedule.weekday || (schedule.repeat === 'monthly' && schedule.week_of_month === undefined))) {
    return problems;
  }
  if (!repeating && !schedule.dates?.length) return problems;
  const rule = describeRule(schedule);

  if (repeating) {
    const from = schedule.from as string;
    const first = firstRuleDate(schedule) as string;
    if (first !== from) {
      problems.push({
        field: 'schedule.from',
        message:
          schedule.repeat === 'monthly'
            ? `${from} is niet ${rule}; de eerste keer is dan ${first}. Zet from op ${first}`
            : `${from} is geen ${DAY_NAMES[schedule.weekday as Weekday]}; de eerste keer is dan ${first}. Zet from op ${first}`,
      });
    }
  }

  const horizon = repeating ? addYears(schedule.from as string, 1) : '9999-12-31';
  // Open-ended series are judged on their first year: "never" cannot be proven for an endless rule.
  const dates = ruleDatesUntil(schedule, horizon);
  const except = new Set(schedule.except ?? []);
  const skipped = (date: string) => (schedule.skip_school_holidays ? holidayOn(date, holidays) : undefined);
  if (!dates.length) {
    problems.push({
      field: 'schedule.until',
      message: `tussen ${schedule.from} en ${schedule.until} valt geen enkele keer ${rule}; de activiteit vindt nooit plaats`,
    });
  } else if (dates.every((d) => except.has(d) || skipped(d))) {
    problems.push({
      field: 'schedule',
      message:
        (schedule.until || !repeating ? 'alle datums' : 'alle datums in het eerste jaar') +
        ' vallen in een schoolvakantie of staan in except; de activiteit vindt nooit plaats',
    });
  }

  (schedule.except ?? []).forEach((date, i) => {
    if (!isRuleDate(schedule, date)) {
      problems.push({
        field: `schedule.except.${i}`,
        message: `${date} is geen datum van dit rooster (${rule}${schedule.until ? ` t/m ${schedule.until}` : ''}); controleer de datum`,
      });
    }
  });

  const seen = new Set<string>();
  (schedule.changes ?? []).forEach((change, i) => {
    const field = `schedule.changes.${i}.date`;
    const holiday = skipped(change.date);
    if (seen.has(change.date)) {
      problems.push({ field, message: `voor ${change.date} staat al een eerdere wijziging; houd één wijziging per datum` });
    } else if (!isRuleDate(schedule, change.date)) {
      problems.push({
        field,
        message: `${change.date} is geen datum van dit rooster (${rule}); noem bij date de datum zoals het rooster die geeft`,
      });
    } else if (except.has(change.date)) {
      problems.push({ field, message: `${change.date} staat ook in except en vindt dus al niet plaats; haal één van beide weg` });
    } else if (holiday) {
      problems.push({
        field,
        message: `${change.date} valt in de ${holiday.name} (${holiday.from} t/m ${holiday.to}) en wordt al overgeslagen; deze wijziging heeft geen effect`,
      });
    }
    seen.add(change.date);
  });
  return problems;
}
