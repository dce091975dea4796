/**
 * `content/activities/<id>.yaml`: something that is on, once or again and again. The schedule
 * is written in words an editor knows and turned into an iCalendar rule by `src/lib/recurrence.ts`.
 */
import { z } from 'astro/zod';
import {
  clockTime,
  email,
  id,
  isoDate,
  languageCode,
  line,
  source,
  text,
  uniqueList,
  url,
  wheelchair,
  checked,
  exampleFields,
} from './common.ts';
import { CATEGORIES, GROUPS, WEEKDAYS } from './taxonomies.ts';
import { phone } from './phone.ts';

const timeSpan = z
  .string({ error: 'verwacht begin- en eindtijd als 10:00-11:30' })
  .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, { error: 'verwacht begin- en eindtijd als 10:00-11:30' })
  .superRefine((value, ctx) => {
    const [from, to] = value.split('-');
    for (const t of [from, to]) {
      if (!clockTime.safeParse(t).success)
        ctx.addIssue({ code: 'custom', message: `${t} is geen tijd tussen 00:00 en 23:59` });
    }
    if (to <= from) ctx.addIssue({ code: 'custom', message: `de eindtijd ${to} ligt niet na de begintijd ${from}` });
  });

const weekday = z.enum(WEEKDAYS, { error: `verwacht een dag: ${WEEKDAYS.join(', ')}` });

/** A single date that is different from the rule: cancelled, or moved to another day or time. */
const change = z
  .object({
    /** The date as the rule gives it, as JJJJ-MM-DD, e.g. `2026-12-08`. */
    date: isoDate,
    /** `cancelled` (it does not take place that day) or `moved` (to `to_date` and/or `to_time`). */
    status: z.enum(['cancelled', 'moved'], { error: 'verwacht cancelled (vervalt) of moved (verplaatst)' }),
    /** For moved: the new date, e.g. `2026-12-16` (leave out when only the time changes). */
    to_date: isoDate.optional(),
    /** For moved: the new time, e.g. 13:00-14:30. */
    to_time: timeSpan.optional(),
    /** Why, in a few words, e.g. "De zaal is bezet."; translations may give it in their language. */
    reason: line,
  })
  .strict()
  .refine((c) => c.status !== 'moved' || c.to_date || c.to_time, {
    error: 'bij status: moved hoort to_date of to_time',
    path: ['to_date'],
  });

export const scheduleSchema = z
  .object({
    /** How it repeats: `weekly`, `biweekly` (every other week), `monthly` (e.g. first Monday) or `once` (list the `dates`). */
    repeat: z.enum(['weekly', 'biweekly', 'monthly', 'once'], {
      error: 'verwacht weekly, biweekly, monthly of once',
    }),
    /** The day of the week, as a Dutch abbreviation: ma di wo do vr za zo, e.g. `di`. Needed unless `once`. */
    weekday: weekday.optional(),
    /** For monthly: which week of the month, `1` to `4`, or `-1` for the last, e.g. `1` (the first Tuesday). */
    week_of_month: z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
        error: 'verwacht 1, 2, 3, 4 of -1 (de laatste van de maand)',
      })
      .optional(),
    /** Begin and end time on a 24-hour clock, e.g. `09:30-11:30`. */
    time: timeSpan,
    /** First date (for weekly, biweekly and monthly), as JJJJ-MM-DD on the chosen weekday, e.g. `2026-09-01`. */
    from: isoDate.optional(),
    /** Last possible date, e.g. `2027-07-09`; leave out when it goes on. */
    until: isoDate.optional(),
    /** For once: the dates, e.g. `[2026-12-10, 2027-01-21]`. */
    dates: uniqueList(isoDate, 'datums').optional(),
    /** `true`: not during the school holidays in `content/holidays.yaml` (for the region in site.yaml); default `false`. */
    skip_school_holidays: z.boolean().default(false),
    /**
     * true: also on public holidays (the feestdagen in `content/holidays.yaml`). Left out or false:
     * a date of the rule that falls on a public holiday is skipped, and the page says so.
     */
    on_public_holidays: z.boolean().default(false),
    /** Dates of the rule on which it does not take place, without further notice, e.g. `[2027-03-30]`. */
    except: uniqueList(isoDate, 'datums').default([]),
    /** Dates that are different once, each cancelled or moved with a reason (see `change` above). */
    changes: z.array(change).default([]),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.repeat === 'once') {
      if (!s.dates?.length)
        ctx.addIssue({ code: 'custom', path: ['dates'], message: 'bij repeat: once hoort een lijst dates' });
      return;
    }
    if (!s.weekday)
      ctx.addIssue({
        code: 'custom',
        path: ['weekday'],
        message: `bij repeat: ${s.repeat} hoort een weekday (ma … zo)`,
      });
    if (!s.from)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'verwacht de eerste datum (from) als JJJJ-MM-DD' });
    if (s.repeat === 'monthly' && s.week_of_month === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['week_of_month'],
        message: 'bij repeat: monthly hoort week_of_month (1, 2, 3, 4 of -1)',
      });
    }
    if (s.from && s.until && s.until < s.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: `de einddatum ${s.until} ligt vóór de begindatum ${s.from}`,
      });
    }
  });

export const activityText = z.object({
  /** Name of the activity, one line, e.g. "Koffie en Taal Dalfsen". */
  title: line,
  /** One sentence for the agenda and search results, e.g. "Nederlands praten bij een kop koffie." */
  summary: line,
  /** What happens there, in plain words; a blank line starts a paragraph. */
  description: text,
  /** How to sign up, when `signup` is true, e.g. "Bel of mail Saam Welzijn." */
  signup_how: line.optional(),
  /** What it costs, in words, when `free` is false, e.g. "€ 2 per keer". */
  cost_note: line.optional(),
});

export const activitySchema = z
  .object({
    /** Who organises it: a file name in content/organisations/ without .yaml, e.g. `samenwerkende-kerken`. */
    organiser: id,
    /** Where it takes place: a file name in content/locations/ without .yaml, e.g. `kerk-dalfsen`. */
    location: id,
    /** The kind of activity, one of the agenda's categories (taxonomies.ts), e.g. `taal`. */
    category: z.enum(CATEGORIES, { error: `verwacht een categorie uit: ${CATEGORIES.join(', ')}` }),
    /** Groups it is specially meant for, e.g. `[vrouwen]`; leave out when it is for everyone. */
    groups: uniqueList(z.enum(GROUPS, { error: `verwacht een groep uit: ${GROUPS.join(', ')}` }), 'groepen').default(
      [],
    ),
    /** Languages spoken there, as ISO 639 codes, at least one, e.g. `[nl]`. */
    languages: uniqueList(languageCode, 'talen').min(1, { error: 'noem ten minste één taal, bijvoorbeeld nl' }),
    /** `true` when it costs nothing; with `false`, `cost_note` says what it costs. */
    free: z.boolean({ error: 'verwacht true (gratis) of false (leg uit in cost_note)' }),
    /** `true` when people must sign up first (then `signup_how` says how), `false` to just walk in. */
    signup: z.boolean({ error: 'verwacht true (aanmelden nodig) of false (gewoon binnenlopen)' }),
    /** Is there childcare? Leave out when no source says: the page then says nothing about it. */
    childcare: z
      .boolean({ error: 'verwacht true of false: is er kinderopvang? Laat het veld weg als het niet bekend is' })
      .optional(),
    /** Can a wheelchair user take part: `ja`, `nee` or `deels`; leave out when no source says. */
    wheelchair: wheelchair.optional(),
    /** A general phone number for questions about it, e.g. "038 123 45 67"; else the organiser's is shown. */
    phone: phone.optional(),
    /** An e-mail address for questions or signing up, e.g. "info@organisatie.nl". */
    email: email.optional(),
    /** A web page about the activity, starting with https://. */
    website: url.optional(),
    /** When it takes place, in words an editor knows (see `scheduleSchema`). */
    schedule: scheduleSchema,
    /** Fields whose value is an example, not from a source (see `exampleFields`). */
    example_fields: exampleFields,
    /** Who last checked the record, and when: `{ date: 2026-11-20, by: Samenwerkende kerken }`. */
    checked,
    /** Where the facts come from: a seed or a named public source, or "voorbeeld" for example data. */
    source,
  })
  .extend(activityText.shape)
  .strict()
  .refine((a) => a.free || a.cost_note, { error: 'bij free: false hoort een cost_note', path: ['cost_note'] })
  .refine((a) => !a.signup || a.signup_how, {
    error: 'bij signup: true hoort signup_how: hoe meld je je aan?',
    path: ['signup_how'],
  });

export type Activity = z.infer<typeof activitySchema>;
export type Schedule = z.infer<typeof scheduleSchema>;
