/**
 * The JSON-LD of every activity and service page, built from the real content as the pages build
 * it (test build date 2026-11-24), against the rules in src/lib/jsonld.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { agendaWindow } from '../../src/lib/dates.ts';
import {
  activityJsonLd,
  scheduleExpressible,
  serviceJsonLd,
  toOpeningHoursSpecification,
} from '../../src/lib/jsonld.ts';
import { parseHoursLine } from '../../src/schemas/hours.ts';
import { serviceViews } from '../../src/lib/kaart.ts';
import { lookup } from '../../src/lib/lookup.ts';
import { isExample } from '../../src/lib/example.ts';
import { expandSchedule, ruleDatesUntil } from '../../src/lib/recurrence.ts';
import { ROOT } from './helpers.ts';

const TODAY = '2026-11-24';
const content = loadContent(ROOT, { today: TODAY });
const window = agendaWindow(TODAY, content.site.agenda_weeks);
const find = lookup(content);

/** The properties schema.org defines on each type (and its supertypes) that we may use. */
const DEFINED: Record<string, string[]> = {
  Event: [
    '@context',
    '@type',
    'name',
    'description',
    'url',
    'eventAttendanceMode',
    'eventStatus',
    'startDate',
    'endDate',
    'location',
    'organizer',
    'inLanguage',
    'isAccessibleForFree',
    'eventSchedule',
    'subEvent',
    'previousStartDate',
  ],
  Schedule: [
    '@type',
    'repeatFrequency',
    'byDay',
    'byMonthWeek',
    'startDate',
    'endDate',
    'startTime',
    'endTime',
    'scheduleTimezone',
    'exceptDate',
  ],
  Service: [
    '@context',
    '@type',
    'name',
    'description',
    'url',
    'serviceType',
    'provider',
    'areaServed',
    'availableChannel',
    'offers',
    'hoursAvailable',
  ],
  ServiceChannel: ['@type', 'serviceUrl', 'servicePhone', 'serviceLocation', 'availableLanguage'],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON-LD as it is published, walked by key below
function jsonOf(value: unknown): any {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function activityLd(a: (typeof content.activities)[number], overrides: Partial<typeof a> = {}) {
  const record = { ...a, ...overrides };
  return jsonOf(
    activityJsonLd(
      record,
      { holidays: content.holidays.periods, window },
      { title: a.data.title, description: a.data.description },
      `https://x/${a.id}`,
      find.locationOf(a),
      find.organiserOf(a),
      content.site,
    ),
  );
}

const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

type ActivityEntry = (typeof content.activities)[number];

/**
 * The activity as if its schedule came from a source: an activity whose schedule is an example has
 * no Event at all (tested below), so the rules are checked on every real schedule with that mark
 * taken off; otherwise they would hold for no page while the content is example data.
 */
function unmarked(a: ActivityEntry): ActivityEntry {
  const data = a.data as typeof a.data & { example_fields?: string[] };
  return {
    ...a,
    data: {
      ...data,
      source: data.source === 'voorbeeld' ? 'test' : data.source,
      example_fields: (data.example_fields ?? []).filter((f) => f !== 'schedule'),
    },
  };
}
const withEvent = content.activities.map(unmarked);

describe.each(withEvent.map((a) => [a.id, a] as const))('Event of %s', (_id, activity) => {
  const ld = activityLd(activity);
  const s = activity.data.schedule;

  it('uses only properties schema.org defines on Event and Schedule', () => {
    expect(Object.keys(ld).filter((k) => !DEFINED.Event.includes(k))).toEqual([]);
    if (ld.eventSchedule)
      expect(Object.keys(ld.eventSchedule).filter((k) => !DEFINED.Schedule.includes(k))).toEqual([]);
    for (const sub of ld.subEvent) expect(Object.keys(sub).filter((k) => !DEFINED.Event.includes(k))).toEqual([]);
  });

  it('has a startDate, and its status is the series’ own', () => {
    expect(ld.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    const all = expandSchedule(s, content.holidays.periods, { from: '2000-01-01', to: '2100-01-01' });
    const cancelledOnce = s.repeat === 'once' && all.every((o) => o.status === 'cancelled');
    expect(ld.eventStatus).toBe(
      cancelledOnce ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    );
  });

  it('a one-off activity lists every date, also those past the page window', () => {
    if (s.repeat !== 'once')
      return expect(ld.subEvent.length).toBe(expandSchedule(s, content.holidays.periods, window).length);
    expect(ld.subEvent.length).toBe(s.dates!.length);
  });

  it('a moved date carries previousStartDate, the others do not', () => {
    for (const sub of ld.subEvent) {
      expect('previousStartDate' in sub).toBe(sub.eventStatus === 'https://schema.org/EventRescheduled');
    }
  });

  it('eventSchedule, where given, expands to exactly the dates that take place as planned', () => {
    if (!ld.eventSchedule) {
      expect(scheduleExpressible(activity.data)).toBe(false);
      return;
    }
    const sched = ld.eventSchedule;
    expect(sched.byMonthWeek === undefined || (sched.byMonthWeek >= 1 && sched.byMonthWeek <= 5)).toBe(true);
    expect(sched.byDay).toBe(
      `https://schema.org/${weekdays[['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'].indexOf(s.weekday!)]}`,
    );
    // What a consumer computes: every rule date from startDate to endDate (or the horizon), minus exceptDate.
    const end = sched.endDate ?? '2027-11-25';
    const consumer = ruleDatesUntil(s, end).filter((d) => !(sched.exceptDate ?? []).includes(d));
    const real = expandSchedule(s, content.holidays.periods, { from: s.from!, to: end })
      .filter((o) => o.status === 'confirmed')
      .map((o) => o.ruleDate);
    expect(consumer).toEqual(real);
  });
});

describe('the rules hold for the site as a whole', () => {
  it('a page whose schedule is an example has no Event; the others have one', () => {
    for (const a of content.activities) expect(activityLd(a) === undefined, a.id).toBe(isExample(a, 'schedule'));
  });

  it('counts: how many series say their rule, how many are left to their dates', () => {
    const series = withEvent.filter((a) => a.data.schedule.repeat !== 'once');
    const said = series.filter((a) => activityLd(a).eventSchedule);
    // Recorded in the report; the number may move with the content, so only its bounds are fixed.
    expect(said.length).toBeLessThanOrEqual(series.length);
    expect(said.every((a) => scheduleExpressible(a.data))).toBe(true);
  });

  it('no byMonthWeek -1 anywhere, and series that cannot be said are left to their dates', () => {
    const all = withEvent.map((a) => activityLd(a));
    expect(all.filter((ld) => ld.eventSchedule?.byMonthWeek === -1)).toEqual([]);
    const monthlyLast = withEvent.filter((a) => a.data.schedule.week_of_month === -1);
    for (const a of monthlyLast) expect(activityLd(a).eventSchedule).toBeUndefined();
    // Every Event has a date: the 6 one-off activities of the issue had none.
    expect(all.filter((ld) => !ld.startDate)).toEqual([]);
  });

  it('an activity whose schedule is an example has no Event; an example organiser phone is left out', () => {
    const a = withEvent[0];
    expect(activityLd(a, { data: { ...a.data, example_fields: ['schedule'] } as typeof a.data })).toBeUndefined();
    const organiser = find.organiserOf(a);
    const marked = { ...organiser, data: { ...organiser.data, phone: '0529 00 00 00', example_fields: ['phone'] } };
    const ld = jsonOf(
      activityJsonLd(
        a,
        { holidays: content.holidays.periods, window },
        { title: 't', description: 'd' },
        'https://x/',
        find.locationOf(a),
        marked,
        content.site,
      ),
    );
    expect(ld.organizer.telephone).toBeUndefined();
    expect(ld.organizer.name).toBe(organiser.data.name);
  });
});

describe.each(serviceViews(content).map((v) => [v.entry.id, v] as const))('Service %s', (_id, view) => {
  const ld = jsonOf(
    serviceJsonLd(
      view,
      { title: view.entry.data.title, description: view.entry.data.description },
      'https://x/',
      content.site,
    ),
  );
  it('uses only properties schema.org defines on Service and ServiceChannel', () => {
    expect(Object.keys(ld).filter((k) => !DEFINED.Service.includes(k))).toEqual([]);
    expect(Object.keys(ld.availableChannel).filter((k) => !DEFINED.ServiceChannel.includes(k))).toEqual([]);
    expect(ld.availableChannel.availableLanguage).toEqual(
      isExample(view.entry, 'languages') ? undefined : view.entry.data.languages,
    );
  });
  it('a free service is an Offer of 0 EUR', () => {
    expect(ld.offers).toEqual(
      view.entry.data.free && !isExample(view.entry, 'free')
        ? { '@type': 'Offer', price: 0, priceCurrency: 'EUR' }
        : undefined,
    );
  });
});

it('an example value of a service is left out of its JSON-LD', () => {
  const view = serviceViews(content).find((v) => v.entry.data.hours)!;
  const marked = {
    ...view,
    entry: { ...view.entry, data: { ...view.entry.data, example_fields: ['hours', 'languages'] } },
  };
  const ld = jsonOf(serviceJsonLd(marked, { title: 't', description: 'd' }, 'https://x/', content.site));
  expect(ld.hoursAvailable).toBeUndefined();
  expect(ld.availableChannel.availableLanguage).toBeUndefined();
});

describe('opening hours in schema.org', () => {
  it('hours become schema.org opening hours', () => {
    expect(toOpeningHoursSpecification([parseHoursLine('wo 09:00-12:00')])[0]).toMatchObject({
      dayOfWeek: ['https://schema.org/Wednesday'],
      opens: '09:00',
      closes: '12:00',
    });
  });
});
