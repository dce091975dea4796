/**
 * The checks on schedules and holidays that the zod schema cannot do, because they need the rule's
 * dates: a `from` that is not on the weekday, a series that never happens, an `except` or change
 * date that is not a date of the rule, overlapping holiday periods. Each problem is a Dutch message
 * for the editor, naming the field (the content loader adds the file).
 */
import type { Schedule } from '../schemas/activity.ts';
import { PUBLIC_HOLIDAYS, PUBLIC_HOLIDAY_NAMES, type Holiday, type PublicHoliday } from '../schemas/holidays.ts';
import type { Weekday } from '../schemas/taxonomies.ts';
import { addYears } from './dates.ts';
import { firstRuleDate, isRuleDate, ruleDatesUntil, skippedFor } from './recurrence.ts';

/** A problem found by {@link validateSchedule} or {@link validateHolidays}. */
export interface ScheduleProblem {
  /** Dotted path of the field, e.g. "schedule.except.0" or "periods.3". */
  field: string;
  /** What is wrong, in Dutch, for the editor. */
  message: string;
}

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

const ORDINALS: Record<number, string> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', [-1]: 'laatste' };

// ---------------------------------------------------------------------------------------------
// Holidays
// ---------------------------------------------------------------------------------------------

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

/**
 * Every year in `public_holidays.days` has each public holiday exactly once, in that year: a year
 * with a holiday missing would let the agenda list a date that does not happen.
 *
 * @returns Dutch problems on `public_holidays.days` (a missing holiday) or `public_holidays.days.N`.
 */
export function validatePublicHolidays(days: PublicHoliday[]): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const seen = new Map<string, number>();
  days.forEach((d, i) => {
    const key = `${d.date.slice(0, 4)} ${d.holiday}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        field: `public_holidays.days.${i}`,
        message: `${PUBLIC_HOLIDAY_NAMES[d.holiday]} staat twee keer in ${d.date.slice(0, 4)} (ook in public_holidays.days.${earlier}); houd er één`,
      });
    }
    seen.set(key, i);
  });
  for (const year of [...new Set(days.map((d) => d.date.slice(0, 4)))].sort()) {
    const missing = PUBLIC_HOLIDAYS.filter((h) => !seen.has(`${year} ${h}`));
    if (missing.length) {
      problems.push({
        field: 'public_holidays.days',
        message: `in ${year} ontbreekt ${missing.map((h) => PUBLIC_HOLIDAY_NAMES[h]).join(', ')}; elk jaar heeft alle ${PUBLIC_HOLIDAYS.length} feestdagen`,
      });
    }
  }
  return problems;
}

/** The last date the holiday data covers, per kind: the end of the last school holiday, the 31st of December of the last year of public holidays. */
export function holidayCoverage(periods: Holiday[], days: PublicHoliday[]): { school: string; public: string } {
  const school = periods.reduce((max, p) => (p.to > max ? p.to : max), '');
  const year = days.reduce((max, d) => (d.date.slice(0, 4) > max ? d.date.slice(0, 4) : max), '');
  return { school, public: `${year}-12-31` };
}

/**
 * The build must not look further ahead than the holiday data reaches: past it the agenda and the
 * feeds would list dates in holidays nobody entered. Checked against the agenda window and the
 * feeds' exception horizon (see feeds.ts), and against the `until` of every series whose EXDATEs
 * run to its end.
 *
 * @param periods the school holidays of the site's region; `days` the public holidays.
 * @param reach `window` and `horizon`: the last dates the agenda and the feeds write.
 * @returns Dutch problems on `content/holidays.yaml` (field `periods` or `public_holidays`) and on
 *   activity files (`schedule.until`).
 */
export function checkHolidayCoverage(
  periods: Holiday[],
  days: PublicHoliday[],
  reach: { window: string; horizon: string },
  activities: { file: string; schedule: Schedule }[],
): (ScheduleProblem & { file: string })[] {
  const FILE = 'content/holidays.yaml';
  const covered = holidayCoverage(periods, days);
  const problems: (ScheduleProblem & { file: string })[] = [];
  const furthest = reach.horizon > reach.window ? reach.horizon : reach.window;
  const what =
    reach.horizon > reach.window
      ? `de agendafeeds schrijven uitzonderingen tot en met ${reach.horizon}`
      : `de agenda loopt tot en met ${reach.window}`;
  if (covered.school < furthest) {
    problems.push({
      file: FILE,
      field: 'periods',
      message: `de schoolvakanties lopen tot en met ${covered.school}, maar ${what}; voeg de schoolvakanties van het volgende schooljaar toe (rijksoverheid.nl/onderwerpen/schoolvakanties)`,
    });
  }
  if (covered.public < furthest) {
    problems.push({
      file: FILE,
      field: 'public_holidays',
      message: `de feestdagen lopen tot en met ${covered.public}, maar ${what}; voeg de feestdagen van ${Number(covered.public.slice(0, 4)) + 1} toe`,
    });
  }
  for (const a of activities) {
    const until = a.schedule.until;
    if (a.schedule.repeat === 'once' || !until || until <= furthest) continue;
    const school = a.schedule.skip_school_holidays && covered.school < until;
    const pub = !a.schedule.on_public_holidays && covered.public < until;
    if (!school && !pub) continue;
    const last =
      school && (!pub || covered.school < covered.public)
        ? `schoolvakanties tot en met ${covered.school}`
        : `feestdagen tot en met ${covered.public}`;
    problems.push({
      file: a.file,
      field: 'schedule.until',
      message: `de reeks loopt tot en met ${until}, maar ${FILE} heeft ${last}; vul ${FILE} aan of kies een eerdere einddatum`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Schedules
// ---------------------------------------------------------------------------------------------

/** What the checks share: the schedule, its rule in words, and which dates it leaves out. */
interface Context {
  schedule: Schedule;
  repeating: boolean;
  /** The rule in Dutch words, e.g. "elke dinsdag". */
  rule: string;
  except: Set<string>;
  /** The holiday a date is skipped for, when the schedule skips school holidays. */
  skipped: (date: string) => Holiday | undefined;
}

function describeRule(schedule: Schedule): string {
  const day = schedule.weekday ? DAY_NAMES[schedule.weekday] : '';
  if (schedule.repeat === 'monthly') return `de ${ORDINALS[schedule.week_of_month ?? 1]} ${day} van de maand`;
  if (schedule.repeat === 'biweekly') return `om de week op ${day}`;
  if (schedule.repeat === 'weekly') return `elke ${day}`;
  return 'de datums in dates';
}

/** Incomplete schedules (no weekday, from …) are left to the schema: nothing to check here. */
function isComplete(schedule: Schedule): boolean {
  if (schedule.repeat === 'once') return Boolean(schedule.dates?.length);
  return Boolean(
    schedule.from && schedule.weekday && (schedule.repeat !== 'monthly' || schedule.week_of_month !== undefined),
  );
}

/** `from` must be the first date of the rule, or the editor's first date and the real one differ. */
function checkFrom({ schedule, repeating, rule }: Context): ScheduleProblem[] {
  if (!repeating) return [];
  const from = schedule.from as string;
  const first = firstRuleDate(schedule) as string;
  if (first === from) return [];
  return [
    {
      field: 'schedule.from',
      message:
        schedule.repeat === 'monthly'
          ? `${from} is niet ${rule}; de eerste keer is dan ${first}. Zet from op ${first}`
          : `${from} is geen ${DAY_NAMES[schedule.weekday as Weekday]}; de eerste keer is dan ${first}. Zet from op ${first}`,
    },
  ];
}

/** The rule must give at least one date that is neither skipped nor in except. */
function checkHappens({ schedule, repeating, rule, except, skipped }: Context): ScheduleProblem[] {
  // Open-ended series are judged on their first year: "never" cannot be proven for an endless rule.
  const horizon = repeating ? addYears(schedule.from as string, 1) : '9999-12-31';
  const dates = ruleDatesUntil(schedule, horizon);
  if (!dates.length) {
    return [
      {
        field: 'schedule.until',
        message: `tussen ${schedule.from} en ${schedule.until} valt geen enkele keer ${rule}; de activiteit vindt nooit plaats`,
      },
    ];
  }
  if (dates.every((d) => except.has(d) || skipped(d))) {
    return [
      {
        field: 'schedule',
        message:
          (schedule.until || !repeating ? 'alle datums' : 'alle datums in het eerste jaar') +
          ' vallen in een schoolvakantie of staan in except; de activiteit vindt nooit plaats',
      },
    ];
  }
  return [];
}

/** An except date that is not a date of the rule is probably a typo: the meant date would still take place. */
function checkExcept({ schedule, rule }: Context): ScheduleProblem[] {
  return (schedule.except ?? []).flatMap((date, i) =>
    isRuleDate(schedule, date)
      ? []
      : [
          {
            field: `schedule.except.${i}`,
            message: `${date} is geen datum van dit rooster (${rule}${schedule.until ? ` t/m ${schedule.until}` : ''}); controleer de datum`,
          },
        ],
  );
}

/** A change must hit an occurrence: a rule date, not in except, not skipped, not changed before. */
function checkChanges({ schedule, rule, except, skipped }: Context): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const seen = new Set<string>();
  (schedule.changes ?? []).forEach((change, i) => {
    const field = `schedule.changes.${i}.date`;
    const holiday = skipped(change.date);
    if (seen.has(change.date)) {
      problems.push({
        field,
        message: `voor ${change.date} staat al een eerdere wijziging; houd één wijziging per datum`,
      });
    } else if (!isRuleDate(schedule, change.date)) {
      problems.push({
        field,
        message: `${change.date} is geen datum van dit rooster (${rule}); noem bij date de datum zoals het rooster die geeft`,
      });
    } else if (except.has(change.date)) {
      problems.push({
        field,
        message: `${change.date} staat ook in except en vindt dus al niet plaats; haal één van beide weg`,
      });
    } else if (holiday) {
      problems.push({
        field,
        message: holiday.publicHoliday
          ? `${change.date} is ${holiday.name} en wordt al overgeslagen; deze wijziging heeft geen effect (zet on_public_holidays: true als de activiteit op feestdagen doorgaat)`
          : `${change.date} valt in de ${holiday.name} (${holiday.from} t/m ${holiday.to}) en wordt al overgeslagen; deze wijziging heeft geen effect`,
      });
    }
    seen.add(change.date);
  });
  return problems;
}

/**
 * A date an editor lists for a one-off activity is meant: when it is a public holiday, the
 * activity would silently disappear, so say so instead.
 */
function checkOnceDates({ schedule, skipped }: Context): ScheduleProblem[] {
  if (schedule.repeat !== 'once') return [];
  return (schedule.dates ?? []).flatMap((date, i) => {
    const holiday = skipped(date);
    if (!holiday?.publicHoliday) return [];
    return [
      {
        field: `schedule.dates.${i}`,
        message: `${date} is ${holiday.name}; op feestdagen gaat een activiteit niet door. Kies een andere datum, of zet on_public_holidays: true als deze activiteit dan wel doorgaat`,
      },
    ];
  });
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
 *   in a skipped holiday, or was already used by an earlier change;
 * - `schedule.dates.N`: a date of a one-off activity on a public holiday it would skip.
 *
 * Incomplete schedules (no weekday, from …) are left to the schema and give no problems here.
 *
 * @param holidays the holidays of the site's region.
 */
export function validateSchedule(schedule: Schedule, holidays: Holiday[]): ScheduleProblem[] {
  if (!isComplete(schedule)) return [];
  const context: Context = {
    schedule,
    repeating: schedule.repeat !== 'once',
    rule: describeRule(schedule),
    except: new Set(schedule.except ?? []),
    skipped: (date) => skippedFor(schedule, date, holidays),
  };
  return [checkFrom, checkHappens, checkExcept, checkChanges, checkOnceDates].flatMap((check) => check(context));
}
