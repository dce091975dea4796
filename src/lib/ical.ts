/**
 * The agenda as an iCalendar (RFC 5545) feed that people subscribe to in their phone's calendar.
 *
 * Each repeating activity is one master VEVENT with an RRULE in Europe/Amsterdam wall time (so the
 * calendar app keeps 10:00 at 10:00 across summer time), EXDATEs for what the series leaves out, and
 * one override VEVENT (same UID + RECURRENCE-ID) per cancelled or moved date. The occurrences a
 * client computes from this are exactly those of `expandSchedule` (tests/unit/ical.test.ts checks
 * that with the independent parser ical.js).
 *
 * One-off activities (`repeat: once`) get one plain VEVENT per date, UID "<uid>-<YYYY-MM-DD>", not
 * an RDATE series: many clients handle RDATE poorly, and separate events need no RECURRENCE-ID.
 */
import type { Holiday } from '../schemas/holidays.ts';
import type { Schedule } from '../schemas/activity.ts';
import { TIME_ZONE, utcStamp } from './dates.ts';
import { expandSchedule, ruleDates, skippedFor, toRRule, type Occurrence } from './recurrence.ts';

export interface FeedEvent {
  /** Stable identifier, e.g. "<activity-id>@<host>"; calendar apps use it to update instead of duplicate. */
  uid: string;
  title: string;
  description: string;
  location?: string;
  url?: string;
  schedule: Schedule;
  categories?: string[];
}

const TZID = TIME_ZONE;
const PRODID = '-//Thuis in//Activiteitenagenda//NL';

/**
 * Europe/Amsterdam with the EU rule (since 1996). Shipped in the feed because RFC 5545 requires a
 * VTIMEZONE for every TZID used, and clients without a time-zone database rely on it.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline. Other control
 * characters are not allowed in TEXT at all and are dropped, so an odd character in content cannot
 * break the feed.
 */
function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/** Values that are not TEXT (UID, URL) are not escaped, but must still stay on one logical line. */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1). Counting is in UTF-8
 * octets, not characters, because Arabic (2 octets) and Tigrinya (3 octets) text would otherwise
 * make lines far too long; and a line is only ever broken between code points, never inside one.
 * Continuation lines start with a space, which counts toward their 75.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const n = utf8Length(char.codePointAt(0) as number);
    if (octets + n > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Local date-time "20260901T100000" for a property with TZID. */
function localStamp(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function zoned(name: string, date: string, time: string): string {
  return `${name};TZID=${TZID}:${localStamp(date, time)}`;
}

/** Properties every VEVENT of an activity shares. */
function commonLines(event: FeedEvent, description: string): string[] {
  const lines = [`SUMMARY:${escapeText(event.title)}`, `DESCRIPTION:${escapeText(description)}`];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${oneLine(event.url)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  return lines;
}

/** The description of a changed date starts with the reason, which is what the reader needs first. */
function describe(event: FeedEvent, occurrence: Occurrence): string {
  return occurrence.reason ? `${occurrence.reason}\n\n${event.description}` : event.description;
}

function statusLine(occurrence: Occurrence): string {
  return occurrence.status === 'cancelled' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED';
}

function onceEvents(event: FeedEvent, holidays: Holiday[], dtstamp: string): string[] {
  const dates = [...(event.schedule.dates ?? [])].sort();
  if (!dates.length) return [];
  // A window from the first to the last listed date holds every rule date, so every occurrence.
  const occurrences = expandSchedule(event.schedule, holidays, { from: dates[0], to: dates[dates.length - 1] });
  return occurrences.flatMap((o) => [
    'BEGIN:VEVENT',
    `UID:${oneLine(event.uid)}-${o.ruleDate}`,
    `DTSTAMP:${dtstamp}`,
    zoned('DTSTART', o.date, o.start),
    zoned('DTEND', o.date, o.end),
    statusLine(o),
    ...commonLines(event, describe(event, o)),
    'END:VEVENT',
  ]);
}

function seriesEvents(event: FeedEvent, holidays: Holiday[], dtstamp: string, horizon: string): string[] {
  const { schedule } = event;
  const rule = toRRule(schedule);
  // Up to `until`, or up to the horizon when open-ended: holiday EXDATEs beyond it are not written,
  // which is why the feed has to be rebuilt (the site is built regularly) before the horizon.
  const dates = ruleDates(schedule, horizon);
  if (!rule || !dates.length) return []; // incomplete, or a rule that never gives a date
  const [start, end] = schedule.time.split('-');
  // DTSTART must be the first rule date, not `from`: RFC 5545 counts DTSTART as an occurrence even
  // when it does not match the rule, and biweekly fortnights run from it.
  const first = dates[0];
  const exdates = new Set(schedule.except ?? []);
  for (const d of dates) if (skippedFor(schedule, d, holidays)) exdates.add(d);

  const lines = [
    'BEGIN:VEVENT',
    `UID:${oneLine(event.uid)}`,
    `DTSTAMP:${dtstamp}`,
    zoned('DTSTART', first, start),
    zoned('DTEND', first, end),
    `RRULE:${rule}`,
    ...[...exdates].sort().map((d) => zoned('EXDATE', d, start)),
    ...commonLines(event, event.description),
    'END:VEVENT',
  ];

  // Overrides only for changes that really hit an occurrence (expandSchedule drops the others);
  // a RECURRENCE-ID that matches no instance would be ignored or shown as a stray event.
  const seen = new Set<string>();
  for (const change of schedule.changes ?? []) {
    if (seen.has(change.date)) continue;
    seen.add(change.date);
    const o = expandSchedule(schedule, holidays, { from: change.date, to: change.date }).find(
      (x) => x.ruleDate === change.date && x.status !== 'confirmed',
    );
    if (!o) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${oneLine(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      zoned('RECURRENCE-ID', o.ruleDate, start),
      zoned('DTSTART', o.date, o.start),
      zoned('DTEND', o.date, o.end),
      statusLine(o),
      ...commonLines(event, describe(event, o)),
      'END:VEVENT',
    );
  }
  return lines;
}

/**
 * How often a subscribed calendar app should fetch the feed again: 12 hours, so a cancellation
 * reaches the reader the same day. REFRESH-INTERVAL is RFC 7986; X-PUBLISHED-TTL is what Outlook
 * and older Apple clients read. Google ignores both and refreshes every 8–24 hours on its own.
 */
const REFRESH = 'PT12H';

/**
 * The VCALENDAR head. No METHOD: "METHOD:PUBLISH" without an ORGANIZER fails libical's iTIP check
 * (Evolution, some Android apps), and a plain calendar file needs no iTIP method at all.
 */
function head(name: string): string[] {
  return [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
    ...VTIMEZONE,
  ];
}

function finish(lines: string[]): string {
  return [...lines, 'END:VCALENDAR'].map(fold).join('\r\n') + '\r\n';
}

/**
 * A complete RFC 5545 VCALENDAR for the given activities: PRODID, VERSION:2.0, CALSCALE:GREGORIAN,
 * X-WR-CALNAME, X-WR-TIMEZONE, REFRESH-INTERVAL and X-PUBLISHED-TTL (12 hours) and a VTIMEZONE for
 * Europe/Amsterdam, then per activity:
 * - repeating: one master VEVENT (DTSTART/DTEND with TZID on the first rule date, RRULE, EXDATE for
 *   every `except` date and every rule date skipped for a school or public holiday up to `until`,
 *   or up to `horizon` when open-ended), plus one VEVENT per change with the same UID and RECURRENCE-ID:
 *   moved ones at their new DTSTART/DTEND, cancelled ones with STATUS:CANCELLED;
 * - once: one VEVENT per date, UID "<uid>-<YYYY-MM-DD>" (the listed date), moved/cancelled the same way;
 * - a rule that gives no date at all is left out.
 *
 * TEXT values are escaped, lines end in CRLF and are folded at 75 UTF-8 octets. DTSTAMP is
 * `generatedAt`, so the same input gives byte-identical output.
 *
 * @param holidays the school holidays of the site's region and the public holidays.
 * @param horizon "YYYY-MM-DD": how far holiday EXDATEs of open-ended series are written.
 */
export function buildCalendar(opts: {
  name: string;
  events: FeedEvent[];
  holidays: Holiday[];
  generatedAt: Date;
  horizon: string;
}): string {
  const dtstamp = utcStamp(opts.generatedAt);
  const lines = head(opts.name);
  for (const event of opts.events) {
    lines.push(
      ...(event.schedule.repeat === 'once'
        ? onceEvents(event, opts.holidays, dtstamp)
        : seriesEvents(event, opts.holidays, dtstamp, opts.horizon)),
    );
  }
  return finish(lines);
}

/**
 * One date of an activity as a calendar file of its own ("Zet in mijn agenda" for that date): one
 * plain VEVENT at the date and time it really takes place (a moved date at its new time), with the
 * same UID scheme as one-off activities, "<uid>-<rule date>", so a calendar app that sees the same
 * date twice updates it instead of adding a copy.
 */
export function buildOccurrenceCalendar(opts: {
  name: string;
  event: FeedEvent;
  occurrence: Occurrence;
  generatedAt: Date;
}): string {
  const { event, occurrence: o } = opts;
  return finish([
    ...head(opts.name),
    'BEGIN:VEVENT',
    `UID:${oneLine(event.uid)}-${o.ruleDate}`,
    `DTSTAMP:${utcStamp(opts.generatedAt)}`,
    zoned('DTSTART', o.date, o.start),
    zoned('DTEND', o.date, o.end),
    statusLine(o),
    ...commonLines(event, describe(event, o)),
    'END:VEVENT',
  ]);
}
