/**
 * schema.org structured data for detail pages, built from the same records the page shows.
 *
 * Rules (tests/unit/jsonld.test.ts checks them for every activity and service):
 * - only properties schema.org defines on the type: no `availableLanguage` or `isAccessibleForFree`
 *   on `Service` (the languages go on its `ServiceChannel`, "free" becomes an `Offer` of 0 EUR);
 * - a value the record marks as an example (`example_fields`, see example.ts) is left out: a search
 *   engine should not repeat an invented phone number or time. An activity whose schedule is an
 *   example gets no Event at all, since an Event without a real date is not one;
 * - every Event has a `startDate`; its `eventStatus` is the series' own (scheduled, or cancelled
 *   when every date of a one-off activity is), each date in `subEvent` carries its own status, and a
 *   moved date its `previousStartDate`;
 * - `eventSchedule` is given only where schema.org can say the whole rule: its `exceptDate` lists
 *   every date the series skips (except, school and public holidays, cancellations, moves). An
 *   open-ended series that skips holidays cannot be said (the holiday data ends; the rule does not),
 *   nor a "last weekday of the month" (`byMonthWeek` is 1–5): then only the dates, as `subEvent`s.
 */
import type { Activity } from '../schemas/activity.ts';
import type { Holiday } from '../schemas/holidays.ts';
import { WEEKDAYS } from '../schemas/taxonomies.ts';
import type { Entry } from './content.ts';
import { TIME_ZONE } from './dates.ts';
import { isExample } from './example.ts';
import { expandSchedule, ruleDates, skippedDates, type Occurrence } from './recurrence.ts';
import { amsterdamToUtc } from './time-zone.ts';
import type { Location } from '../schemas/location.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Site } from '../schemas/site.ts';
import { parseHoursLine, type HoursRule } from '../schemas/hours.ts';
import type { ServiceView } from './kaart.ts';
import { villageById } from './lookup.ts';

/** schema.org day names, Monday first like ISO weekdays and WEEKDAYS. */
const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type Marked = Parameters<typeof isExample>[0];

/** The value, unless the record marks that field as an example. */
function real<T>(record: Marked, field: string, value: T): T | undefined {
  return isExample(record, field) ? undefined : value;
}

/** schema.org `openingHoursSpecification` for the detail page's JSON-LD. */
export function toOpeningHoursSpecification(rules: HoursRule[]) {
  return rules.flatMap((rule) =>
    rule.spans.map((span) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: rule.days.map((d) => `https://schema.org/${SCHEMA_DAYS[d - 1]}`),
      opens: span.from,
      closes: span.to,
    })),
  );
}

function place(location: Entry<Location>, site: Site) {
  const l = location.data;
  const geo =
    isExample(location, 'lat') || isExample(location, 'lon')
      ? undefined
      : { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lon };
  return {
    '@type': 'Place',
    name: real(location, 'name', l.name),
    address: {
      '@type': 'PostalAddress',
      streetAddress: real(location, 'street', l.street),
      // An empty postcode is no postcode.
      postalCode: real(location, 'postcode', l.postcode || undefined),
      addressLocality: villageById(site, l.village)?.name,
      addressCountry: 'NL',
    },
    geo,
  };
}

function organization(organisation: Entry<Organisation>) {
  const o = organisation.data;
  return {
    '@type': 'Organization',
    name: real(organisation, 'name', o.name),
    url: real(organisation, 'website', o.website),
    email: real(organisation, 'email', o.email),
    telephone: real(organisation, 'phone', o.phone),
  };
}

export function serviceJsonLd(
  view: ServiceView,
  text: { title: string; description: string },
  url: string,
  site: Site,
) {
  const record = view.entry;
  const s = record.data;
  // A contact value is the service's own or else the organisation's: ask the record it came from.
  const contact = (field: 'phone' | 'website') =>
    s[field] !== undefined
      ? real(record, field, s[field])
      : real(view.organisation, field, view.organisation.data[field]);
  const phone = contact('phone');
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: text.title,
    description: real(record, 'description', text.description),
    url,
    serviceType: real(record, 'themes', s.themes),
    provider: organization(view.organisation),
    areaServed: (view.villages.length ? view.villages : site.villages.map((v) => v.id)).map((id) => ({
      '@type': 'Place',
      name: villageById(site, id)?.name ?? id,
    })),
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: contact('website'),
      servicePhone: phone ? { '@type': 'ContactPoint', telephone: phone } : undefined,
      serviceLocation: view.locations.map((l) => place(l, site)),
      // schema.org defines availableLanguage on ServiceChannel, not on Service.
      availableLanguage: real(record, 'languages', s.languages),
    },
    // Service has no isAccessibleForFree; a free service is offered at 0 EUR.
    offers: s.free && !isExample(record, 'free') ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' } : undefined,
    hoursAvailable:
      s.hours && !isExample(record, 'hours') ? toOpeningHoursSpecification(s.hours.map(parseHoursLine)) : undefined,
  };
}

const STATUS = {
  confirmed: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  moved: 'https://schema.org/EventRescheduled',
} as const;

/**
 * Can schema.org's Schedule say this rule with the dates it skips? Not for one-off dates, not for
 * "the last weekday of the month", and not for an open-ended series that skips holidays (the
 * exceptions would run out with the holiday data).
 */
export function scheduleExpressible(activity: Activity): boolean {
  const s = activity.schedule;
  if (s.repeat === 'once' || s.week_of_month === -1) return false;
  return Boolean(s.until) || (s.on_public_holidays && !s.skip_school_holidays);
}

/**
 * The Event for an activity page, or undefined when its schedule is an example.
 *
 * @param calendar the holidays (content.holidays.periods) and the page's window: the dates in it
 *   become `subEvent`s; a one-off activity lists all its dates, also those beyond the window.
 */
export function activityJsonLd(
  activity: Entry<Activity>,
  calendar: { holidays: Holiday[]; window: { from: string; to: string } },
  text: { title: string; description: string },
  url: string,
  location: Entry<Location>,
  organiser: Entry<Organisation>,
  site: Site,
) {
  const a = activity.data;
  const s = a.schedule;
  if (isExample(activity, 'schedule')) return undefined;
  const { holidays, window } = calendar;
  const once = s.repeat === 'once';
  const dates = once ? [...(s.dates ?? [])].sort() : [];
  const occurrences: Occurrence[] = expandSchedule(
    s,
    holidays,
    once ? { from: dates[0], to: dates[dates.length - 1] } : window,
  );
  const [startTime, endTime] = s.time.split('-');
  // The activity may mark where and by whom as examples, the location record its own fields.
  const venue = isExample(activity, 'location') ? undefined : place(location, site);
  // The start the Event stands for: the next date that takes place, else any date it lists, else
  // the first date of the rule (a series whose dates in the window are all skipped still has one).
  const first = occurrences.find((o) => o.status !== 'cancelled') ?? occurrences[0];
  const firstRule = ruleDates(s, window.to)[0] ?? s.from ?? window.from;
  const start = first ? first.startUtc : amsterdamToUtc(firstRule, startTime);
  const end = first ? first.endUtc : amsterdamToUtc(firstRule, endTime);
  const allCancelled = once && occurrences.length > 0 && occurrences.every((o) => o.status === 'cancelled');

  let eventSchedule: object | undefined;
  if (scheduleExpressible(a)) {
    const last = s.until ?? window.to;
    const changed = (s.changes ?? []).filter((c) =>
      expandSchedule(s, holidays, { from: c.date, to: c.date }).some(
        (o) => o.ruleDate === c.date && o.status !== 'confirmed',
      ),
    );
    const exceptDate = [
      ...new Set([
        ...skippedDates(s, holidays, { from: s.from!, to: last }).map((d) => d.date),
        ...changed.map((c) => c.date),
      ]),
    ].sort();
    const frequency = { weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M' } as const;
    eventSchedule = {
      '@type': 'Schedule',
      repeatFrequency: frequency[s.repeat as keyof typeof frequency],
      byDay: `https://schema.org/${SCHEMA_DAYS[WEEKDAYS.indexOf(s.weekday!)]}`,
      byMonthWeek: s.repeat === 'monthly' ? s.week_of_month : undefined,
      startDate: s.from,
      endDate: s.until,
      startTime,
      endTime,
      scheduleTimezone: TIME_ZONE,
      exceptDate: exceptDate.length ? exceptDate : undefined,
    };
  }

  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text.title,
    description: real(activity, 'description', text.description),
    url,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: allCancelled ? STATUS.cancelled : STATUS.confirmed,
    startDate: start.toISOString(),
    endDate: end.toISOString(),
    location: venue,
    organizer: isExample(activity, 'organiser') ? undefined : organization(organiser),
    inLanguage: real(activity, 'languages', a.languages),
    isAccessibleForFree: real(activity, 'free', a.free),
    eventSchedule,
    subEvent: occurrences.map((o) => ({
      '@type': 'Event',
      name: text.title,
      startDate: o.startUtc.toISOString(),
      endDate: o.endUtc.toISOString(),
      eventStatus: STATUS[o.status],
      location: venue,
      // The date and time the rule gave, before the move.
      ...(o.status === 'moved' ? { previousStartDate: amsterdamToUtc(o.ruleDate, startTime).toISOString() } : {}),
    })),
  };
}
