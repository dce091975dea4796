/**
 * `content/holidays.yaml`: school holidays and public holidays (feestdagen), kept as data with the
 * place they were taken from. The agenda skips both (school holidays where an activity says so,
 * public holidays unless it says otherwise), so the data must reach as far as the agenda does:
 * `checkHolidayCoverage` in src/lib/schedule-checks.ts stops the build when it does not.
 */
import { z } from 'astro/zod';
import { isoDate, line } from './common.ts';

const holidaySchema = z
  .object({
    /** Name of the holiday, e.g. "Zomervakantie". */
    name: line,
    /** Regions it applies to, e.g. `[noord]`; `[alle]` for the whole country. */
    regions: z
      .array(z.enum(['alle', 'noord', 'midden', 'zuid'], { error: 'verwacht alle, noord, midden of zuid' }))
      .min(1),
    /** First day off, as JJJJ-MM-DD, e.g. `2026-12-19`. */
    from: isoDate,
    /** Last day off (included), as JJJJ-MM-DD, e.g. `2027-01-03`. */
    to: isoDate,
  })
  .strict()
  .refine((h) => h.to >= h.from, { error: 'de einddatum ligt vóór de begindatum', path: ['to'] });

/**
 * The public holidays the agenda knows, in the order of the year. Bevrijdingsdag is in every
 * year, not only in lustrum years: it is a national holiday every year, and activities run by
 * volunteers and libraries (Naaiatelier, Taalcafé) are closed on it.
 */
export const PUBLIC_HOLIDAYS = [
  'nieuwjaarsdag',
  'goede-vrijdag',
  'eerste-paasdag',
  'tweede-paasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'eerste-pinksterdag',
  'tweede-pinksterdag',
  'eerste-kerstdag',
  'tweede-kerstdag',
] as const;
export type PublicHolidayId = (typeof PUBLIC_HOLIDAYS)[number];

/** Dutch names, for the editor's messages and the open data; pages use the UI strings `holiday.<id>`. */
export const PUBLIC_HOLIDAY_NAMES: Record<PublicHolidayId, string> = {
  nieuwjaarsdag: 'Nieuwjaarsdag',
  'goede-vrijdag': 'Goede Vrijdag',
  'eerste-paasdag': 'Eerste Paasdag',
  'tweede-paasdag': 'Tweede Paasdag',
  koningsdag: 'Koningsdag',
  bevrijdingsdag: 'Bevrijdingsdag',
  hemelvaartsdag: 'Hemelvaartsdag',
  'eerste-pinksterdag': 'Eerste Pinksterdag',
  'tweede-pinksterdag': 'Tweede Pinksterdag',
  'eerste-kerstdag': 'Eerste Kerstdag',
  'tweede-kerstdag': 'Tweede Kerstdag',
};

const publicHolidaySchema = z
  .object({
    /** Which holiday: one of PUBLIC_HOLIDAYS. */
    holiday: z.enum(PUBLIC_HOLIDAYS, { error: `verwacht een feestdag uit: ${PUBLIC_HOLIDAYS.join(', ')}` }),
    /** Its date in that year, as JJJJ-MM-DD, e.g. `2027-05-06` for Hemelvaartsdag. */
    date: isoDate,
  })
  .strict();

export const holidaysSchema = z
  .object({
    /** Where the school-holiday dates come from, e.g. the Rijksoverheid page with the school holidays. */
    source: line,
    /** The school holidays, each with a name, regions and dates. */
    periods: z.array(holidaySchema).min(1),
    /** Public holidays: every holiday of PUBLIC_HOLIDAYS once in every year listed. */
    public_holidays: z
      .object({
        /** Where the dates come from. */
        source: line,
        /** Each public holiday with its date, e.g. `{ holiday: koningsdag, date: 2027-04-27 }`. */
        days: z.array(publicHolidaySchema).min(1),
      })
      .strict(),
  })
  .strict();

/**
 * A period the agenda may skip. School holidays come from `periods`; a public holiday becomes a
 * one-day period with `publicHoliday` set (regions: alle), so the code that asks "is this date in
 * a holiday" needs one list.
 */
export type Holiday = z.infer<typeof holidaySchema> & { publicHoliday?: PublicHolidayId };
export type PublicHoliday = z.infer<typeof publicHolidaySchema>;
