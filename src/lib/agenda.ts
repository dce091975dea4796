/**
 * The agenda as pages and feeds need it: which activity happens when within the build window,
 * grouped by day, and each schedule said in plain words in the reader's language.
 */
import type { TFunction } from 'i18next';
import type { LocaleCode } from '../i18n/locales.ts';
import type { Activity, Schedule } from '../schemas/activity.ts';
import { CATEGORIES, GROUPS, WEEKDAYS } from '../schemas/taxonomies.ts';
import type { Content, Entry } from './content.ts';
import type { Filter } from './filters.ts';
import { formatDate, formatList, languageName, languagesInOrder } from './format.ts';
import { formatClock, weekdayName } from './hours.ts';
import { expandSchedule, type Occurrence } from './recurrence.ts';
import { lookup } from './lookup.ts';
import { channelsOf, contactActions, type Action } from './actions.ts';
import { placeOf } from './kaart.ts';

export type ActivityEntry = Content['activities'][number];

export interface AgendaItem {
  activity: ActivityEntry;
  occurrence: Occurrence;
}

/** The window the build computes: today through `weeks` weeks ahead (defined in dates.ts). */
export { agendaWindow } from './dates.ts';

/** Every occurrence of every activity in the window, in order of date and time. */
export function agendaItems(content: Content, window: { from: string; to: string }): AgendaItem[] {
  return content.activities
    .flatMap((activity) =>
      expandSchedule(activity.data.schedule, content.holidays.periods, window).map((occurrence) => ({
        activity,
        occurrence,
      })),
    )
    .sort(
      (a, b) =>
        (a.occurrence.date + a.occurrence.start).localeCompare(b.occurrence.date + b.occurrence.start) ||
        a.activity.id.localeCompare(b.activity.id),
    );
}

/** Items grouped by the date they happen on. */
export function byDay(items: AgendaItem[]): { date: string; items: AgendaItem[] }[] {
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) days.set(item.occurrence.date, [...(days.get(item.occurrence.date) ?? []), item]);
  return [...days].map(([date, list]) => ({ date, items: list }));
}

/**
 * The rule in plain words: "Elke dinsdag van 10:00 tot 11:30, niet in de schoolvakanties, niet op
 * feestdagen".
 * Weekday names and times come from Intl, the sentence from the UI strings.
 */
export function describeSchedule(schedule: Schedule, lang: LocaleCode, t: TFunction, today: string): string {
  const [startTime, endTime] = schedule.time.split('-');
  const start = formatClock(startTime, lang);
  const end = formatClock(endTime, lang);
  const weekday = schedule.weekday ? weekdayName(WEEKDAYS.indexOf(schedule.weekday) + 1, lang) : '';
  let main: string;
  switch (schedule.repeat) {
    case 'weekly':
      main = t('schedule.weekly', { weekday, start, end });
      break;
    case 'biweekly':
      main = t('schedule.biweekly', { weekday, start, end });
      break;
    case 'monthly':
      main = t('schedule.monthly', { nth: t(`schedule.nth.${schedule.week_of_month!}`), weekday, start, end });
      break;
    case 'once':
      main = t('schedule.once', {
        dates: formatList(
          (schedule.dates ?? []).map((d) => formatDate(d, lang, 'short')),
          lang,
        ),
        start,
        end,
      });
      break;
  }
  const parts = [main];
  if (schedule.repeat !== 'once') {
    if (schedule.skip_school_holidays) parts.push(t('schedule.noHolidays'));
    if (!schedule.on_public_holidays) parts.push(t('schedule.noPublicHolidays'));
    if (schedule.from && schedule.from > today)
      parts.push(t('schedule.from', { date: formatDate(schedule.from, lang, 'short') }));
    if (schedule.until) parts.push(t('schedule.until', { date: formatDate(schedule.until, lang, 'short') }));
  }
  // A unit list joins with the reader's own comma (Arabic "،", for instance).
  return new Intl.ListFormat(lang, { type: 'unit', style: 'short' }).format(parts);
}

export function agendaFilters(content: Content, lang: LocaleCode, t: TFunction): Filter[] {
  const used = new Set(content.activities.map((a) => a.data.category));
  return [
    {
      name: 'categorie',
      label: t('agenda.category'),
      options: CATEGORIES.filter((c) => used.has(c)).map((c) => ({ value: c, label: t(`category.${c}`) })),
    },
    {
      name: 'dorp',
      label: t('kaart.village'),
      options: content.site.villages.map((v) => ({ value: v.id, label: v.name })),
    },
    {
      name: 'taal',
      label: t('kaart.language'),
      options: languagesInOrder(content.activities.flatMap((a) => a.data.languages)).map((code) => ({
        value: code,
        label: languageName(code, lang),
      })),
    },
    { name: 'groep', label: t('kaart.group'), options: GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) })) },
  ];
}

/** The reason for a changed date in the reader's language when a translation gives one. */
export function reasonFor(
  activity: Entry<Activity & { reasons?: Record<string, string> }>,
  lang: LocaleCode,
  ruleDate: string,
  fallback?: string,
) {
  const translated = (activity.translations[lang]?.text as { reasons?: Record<string, string> } | undefined)?.reasons?.[
    ruleDate
  ];
  return translated ? { text: translated, lang } : fallback ? { text: fallback, lang: 'nl' as LocaleCode } : undefined;
}

/**
 * The buttons at the top of an activity page: the activity's own phone, e-mail and website, else
 * the organiser's (WhatsApp included: only organisations have a WhatsApp line), and the route to
 * where it takes place.
 */
export function activityActions(activity: ActivityEntry, content: Content): Action[] {
  const find = lookup(content);
  const organiser = find.organiserOf(activity);
  const location = find.locationOf(activity);
  return contactActions({
    own: channelsOf(activity.data),
    organisation: channelsOf(organiser.data),
    places: [placeOf(location.data, content.site)],
  });
}
