/**
 * Reads an iCalendar feed with the independent parser ical.js and lists the instances it computes,
 * so tests compare the site's own dates with what a calendar app would show.
 */
import ICAL from 'ical.js';

export interface Window {
  from: string;
  to: string;
}

/** Parses with ical.js and registers the feed's own VTIMEZONE, so the conversion to UTC is ical.js's, not ours. */
export function parse(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vtimezone = calendar.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE in feed');
  ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

export interface Instance {
  ruleDate: string;
  start: string;
  end: string;
  cancelled: boolean;
}

const localDate = (t: ICAL.Time) => t.toString().slice(0, 10);

/** Every instance ical.js computes for one UID (master + RECURRENCE-ID overrides), rule date or actual date in the window. */
export function icalInstances(calendar: ICAL.Component, uid: string, window: Window): Instance[] {
  const inWindow = (d: string) => window.from <= d && d <= window.to;
  const vevents = calendar.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid);
  const master = vevents.find((v) => !v.hasProperty('recurrence-id'));
  if (!master) throw new Error(`no master VEVENT for ${uid}`);
  // Relate exceptions explicitly (by UID): without options ical.js would relate every RECURRENCE-ID in the calendar.
  const event = new ICAL.Event(master, { strictExceptions: true, exceptions: [] });
  for (const v of vevents) if (v !== master) event.relateException(new ICAL.Event(v));
  const instances: Instance[] = [];
  const add = (ruleDate: string, item: ICAL.Event, start: ICAL.Time, end: ICAL.Time) => {
    if (!inWindow(ruleDate) && !inWindow(localDate(start))) return;
    instances.push({
      ruleDate,
      start: start.toJSDate().toISOString(),
      end: end.toJSDate().toISOString(),
      cancelled: item.component.getFirstPropertyValue('status') === 'CANCELLED',
    });
  };
  if (!event.isRecurring()) {
    add(localDate(event.startDate), event, event.startDate, event.endDate);
    return instances;
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); next && localDate(next) <= window.to; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    add(localDate(next), details.item, details.startDate, details.endDate);
  }
  return instances;
}

export const byStart = (a: Instance, b: Instance) =>
  a.start.localeCompare(b.start) || a.ruleDate.localeCompare(b.ruleDate);
