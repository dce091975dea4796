/** schema.org structured data for detail pages, built from the same records the page shows. */
import type { Activity } from '../schemas/activity.ts';
import { WEEKDAYS } from '../schemas/taxonomies.ts';
import type { Entry } from './content.ts';
import { TIME_ZONE } from './dates.ts';
import type { Occurrence } from './recurrence.ts';
import type { Location } from '../schemas/location.ts';
import type { Site } from '../schemas/site.ts';
import { parseHoursLine, type HoursRule } from './hours.ts';
import type { ServiceView } from './kaart.ts';

/** schema.org day names, Monday first like ISO weekdays and WEEKDAYS. */
const SCHEMA_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

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
  return {
    '@type': 'Place',
    name: l.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: l.street,
      postalCode: l.postcode,
      addressLocality: site.villages.find((v) => v.id === l.village)?.name,
      addressCountry: 'NL',
    },
    geo: { '@type': 'GeoCoordinates', latitude: l.lat, longitude: l.lon },
  };
}

export function serviceJsonLd(view: ServiceView, text: { title: string; description: string }, url: string, site: Site) {
  const s = view.entry.data;
  const o = view.organisation.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: text.title,
    description: text.description,
    url,
    serviceType: s.themes,
    availableLanguage: s.languages,
    isAccessibleForFree: s.free,
    provider: {
      '@type': 'Organization',
      name: o.name,
      url: o.website,
      email: o.email,
      telephone: o.phone,
    },
    areaServed: (view.villages.length ? view.villages : site.villages.map((v) => v.id)).map((id) => ({
      '@type': 'Place',
      name: site.villages.find((v) => v.id === id)?.name ?? id,
    })),
    availableChannel: {
      '@type': 'ServiceChannel',
      serviceUrl: view.contact.website,
      servicePhone: view.contact.phone ? { '@type': 'ContactPoint', telephone: view.contact.phone } : undefined,
      serviceLocation: view.locations.map((l) => place(l, site)),
    },
    hoursAvailable: s.hours ? toOpeningHoursSpecification(s.hours.map(parseHoursLine)) : undefined,
  };
}



/**
 * schema.org Event: the rule as `eventSchedule` and the dates in the window as `subEvent`, each
 * with its own status, so a search engine shows a cancelled date as cancelled.
 */
export function activityJsonLd(
  activity: Entry<Activity>,
  occurrences: Occurrence[],
  text: { title: string; description: string },
  url: string,
  location: Entry<Location>,
  organiser: { name: string; url?: string },
  site: Site,
) {
  const a = activity.data;
  const s = a.schedule;
  const [startTime, endTime] = s.time.split('-');
  const frequency = { weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M' } as const;
  const status = { confirmed: 'https://schema.org/EventScheduled', cancelled: 'https://schema.org/EventCancelled', moved: 'https://schema.org/EventRescheduled' };
  const venue = place(location, site);
  const first = occurrences.find((o) => o.status !== 'cancelled') ?? occurrences[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text.title,
    description: text.description,
    url,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: first ? status[first.status] : 'https://schema.org/EventScheduled',
    startDate: first?.startUtc.toISOString(),
    endDate: first?.endUtc.toISOString(),
    location: venue,
    organizer: { '@type': 'Organization', name: organiser.name, url: organiser.url },
    inLanguage: a.languages,
    isAccessibleForFree: a.free,
    eventSchedule:
      s.repeat === 'once'
        ? undefined
        : {
            '@type': 'Schedule',
            repeatFrequency: frequency[s.repeat],
            byDay: `https://schema.org/${SCHEMA_DAYS[WEEKDAYS.indexOf(s.weekday!)]}`,
            byMonthWeek: s.repeat === 'monthly' ? s.week_of_month : undefined,
            startDate: s.from,
            endDate: s.until,
            startTime,
            endTime,
            scheduleTimezone: TIME_ZONE,
            exceptDate: s.except.length ? s.except : undefined,
          },
    subEvent: occurrences.map((o) => ({
      '@type': 'Event',
      name: text.title,
      startDate: o.startUtc.toISOString(),
      endDate: o.endUtc.toISOString(),
      eventStatus: status[o.status],
      location: venue,
      ...(o.status === 'moved' && o.date !== o.ruleDate ? { previousStartDate: o.ruleDate } : {}),
    })),
  };
}
