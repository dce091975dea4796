/** iCalendar feeds per language: the whole agenda, per category, per activity. */
import type { TFunction } from 'i18next';
import type { LocaleCode } from '../i18n/locales.ts';
import { localePath } from '../i18n/routing.ts';
import type { Category } from '../schemas/taxonomies.ts';
import { agendaWindow, type ActivityEntry } from './agenda.ts';
import type { Content } from './content.ts';
import { feedHorizon } from './dates.ts';
import { localize } from './fallback.ts';
import { buildCalendar, buildOccurrenceCalendar, type FeedEvent } from './ical.ts';
import { expandSchedule, type Occurrence } from './recurrence.ts';
import { buildDate } from './content-cache.ts';
import { lookup } from './lookup.ts';

/**
 * Where a feed is: the whole agenda, one category, one activity (the whole series), or one date of
 * an activity (`date` is the occurrence's rule date, its identity).
 */
export function feedPath(
  lang: LocaleCode,
  kind: { category?: Category; activity?: string; date?: string } = {},
): string {
  const base = localePath(lang, 'agenda').slice(0, -1);
  if (kind.activity && kind.date) return `${base}/${kind.activity}/${kind.date}.ics`;
  if (kind.activity) return `${base}/${kind.activity}.ics`;
  if (kind.category) return `${base}/categorie/${kind.category}.ics`;
  return `${base}.ics`;
}

function toEvent(activity: ActivityEntry, content: Content, lang: LocaleCode, t: TFunction): FeedEvent {
  const text = localize(activity, lang);
  const find = lookup(content);
  const location = find.locationOf(activity);
  const village = find.village(location.data.village).name;
  const site = new URL(content.site.site_url);
  const page = new URL(localePath(lang, `agenda/${activity.id}`), site).href;
  return {
    // The same UID in every language: it is the same event, whichever feed it came from.
    uid: `${activity.id}@${site.hostname}`,
    title: text.field('title')!.text,
    description: `${text.field('summary')!.text}\n\n${text.field('description')!.text}\n\n${page}`,
    location: `${location.data.name}, ${location.data.street}, ${village}`,
    url: page,
    schedule: activity.data.schedule,
    categories: [t(`category.${activity.data.category}`)],
  };
}

/** A feed for a set of activities; names in the reader's language. Deterministic for one build date. */
export function calendarFor(
  content: Content,
  lang: LocaleCode,
  t: TFunction,
  name: string,
  activities: ActivityEntry[],
): string {
  const today = buildDate();
  return buildCalendar({
    name,
    events: activities.map((a) => toEvent(a, content, lang, t)),
    holidays: content.holidays.periods,
    generatedAt: new Date(`${today}T00:00:00Z`),
    // Holiday exceptions of open-ended series are written a year ahead; the daily rebuild moves it on.
    horizon: feedHorizon(today),
  });
}

/**
 * The dates of an activity that get a calendar file of their own: those its page lists (the agenda
 * window from the build date), except cancelled ones, which nobody should add.
 */
export function addableOccurrences(content: Content, activity: ActivityEntry): Occurrence[] {
  const window = agendaWindow(buildDate(), content.site.agenda_weeks);
  return expandSchedule(activity.data.schedule, content.holidays.periods, window).filter(
    (o) => o.status !== 'cancelled',
  );
}

/** One date of an activity as its own calendar file, titled in the reader's language. */
export function occurrenceCalendarFor(
  content: Content,
  lang: LocaleCode,
  t: TFunction,
  activity: ActivityEntry,
  occurrence: Occurrence,
): string {
  const event = toEvent(activity, content, lang, t);
  return buildOccurrenceCalendar({
    name: event.title,
    event,
    occurrence,
    generatedAt: new Date(`${buildDate()}T00:00:00Z`),
  });
}

export function icsResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
