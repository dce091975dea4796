import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, buildOccurrenceCalendar, type FeedEvent } from '../../src/lib/ical.ts';
import { byStart, icalInstances, parse, type Instance } from './ical-read.ts';
import { expandSchedule } from '../../src/lib/recurrence.ts';
import type { Schedule } from '../../src/schemas/activity.ts';
import type { Holiday } from '../../src/schemas/holidays.ts';

function schedule(s: Partial<Schedule> & Pick<Schedule, 'repeat' | 'time'>): Schedule {
  return { skip_school_holidays: false, except: [], changes: [], ...s } as Schedule;
}

const HOLIDAYS: Holiday[] = [
  { name: 'herfstvakantie', regions: ['noord'], from: '2026-10-17', to: '2026-10-25' },
  { name: 'kerstvakantie', regions: ['alle'], from: '2026-12-19', to: '2027-01-03' },
  { name: 'voorjaarsvakantie', regions: ['noord'], from: '2027-02-13', to: '2027-02-21' },
  { name: 'zomervakantie', regions: ['noord'], from: '2027-07-10', to: '2027-08-22' },
];

// Long enough that SUMMARY/DESCRIPTION must fold; Arabic is 2 octets a letter, Tigrinya (Ge'ez) 3, emoji 4.
const ARABIC = 'مقهى اللغة: تعلّم اللغة الهولندية مع متطوعين من الحي، كل يوم ثلاثاء في المكتبة العامة';
const TIGRINYA = 'ቋንቋ ካፈ፡ ምስ ወለንተኛታት ናይ ከባቢ ሆላንድኛ ተማሃሩ። ኩሉ ሰሉስ ኣብ ቤተ-መጻሕፍቲ። 👋🏽 ☕';

const EVENTS: FeedEvent[] = [
  {
    uid: 'taalcafe@thuisin.example',
    title: ARABIC,
    description: `${TIGRINYA}\nTweede regel; met puntkomma, komma en een \\ backslash.`,
    location: 'Bibliotheek, Kerkstraat 1; Dalfsen',
    url: 'https://www.example.nl/agenda/taalcafe',
    categories: ['taal', 'ontmoeten'],
    schedule: schedule({
      repeat: 'weekly',
      weekday: 'di',
      time: '10:00-11:30',
      from: '2026-09-01',
      skip_school_holidays: true,
      except: ['2026-09-15'],
      changes: [
        { date: '2026-10-06', status: 'cancelled', reason: 'Ziekte van de begeleider' },
        { date: '2026-11-03', status: 'moved', to_date: '2026-11-05', to_time: '13:00-14:30', reason: 'Zaal bezet' },
        { date: '2026-11-10', status: 'moved', to_time: '19:00-20:30', reason: 'Avondeditie' },
      ],
    }),
  },
  {
    uid: 'fietsles@thuisin.example',
    title: 'Fietsles voor vrouwen',
    description: 'Leren fietsen in een veilige omgeving.',
    schedule: schedule({
      repeat: 'biweekly',
      weekday: 'do',
      time: '19:00-21:00',
      from: '2026-09-03',
      until: '2027-06-24',
      skip_school_holidays: true,
      changes: [{ date: '2027-03-18', status: 'moved', to_date: '2027-03-29', reason: 'Andere zaal' }],
    }),
  },
  {
    uid: 'spreekuur@thuisin.example',
    title: 'Spreekuur formulieren',
    description: 'Hulp bij post en formulieren.',
    schedule: schedule({ repeat: 'monthly', weekday: 'ma', week_of_month: 1, time: '14:00-16:00', from: '2026-09-07' }),
  },
  {
    uid: 'eten@thuisin.example',
    title: 'Samen eten',
    description: 'Iedereen neemt iets mee.',
    schedule: schedule({
      repeat: 'monthly',
      weekday: 'vr',
      week_of_month: -1,
      time: '17:30-20:00',
      from: '2026-09-25',
      until: '2027-05-28',
      changes: [{ date: '2026-12-25', status: 'cancelled', reason: 'Kerstmis' }],
    }),
  },
  {
    uid: 'wandelen@thuisin.example',
    title: 'Zondagwandeling',
    description: 'Rondje door het park, ook in de wintertijd.',
    schedule: schedule({
      repeat: 'weekly',
      weekday: 'zo',
      time: '10:00-11:00',
      from: '2026-10-04',
      until: '2027-04-25',
    }),
  },
  {
    uid: 'voorlichting@thuisin.example',
    title: 'Voorlichting zorgverzekering',
    description: 'Eenmalige bijeenkomsten.',
    schedule: schedule({
      repeat: 'once',
      time: '19:30-21:00',
      dates: ['2026-11-12', '2026-10-01', '2027-03-28'],
      changes: [
        { date: '2026-11-12', status: 'cancelled', reason: 'Spreker ziek' },
        { date: '2027-03-28', status: 'moved', to_date: '2027-03-30', reason: 'Andere zaal' },
      ],
    }),
  },
];

const GENERATED_AT = new Date('2026-08-15T06:00:00Z');
const HORIZON = '2027-08-31';
const WINDOW = { from: '2026-09-01', to: '2027-08-31' };

function build(events: FeedEvent[] = EVENTS, generatedAt = GENERATED_AT): string {
  return buildCalendar({
    name: 'Thuis in Dalfsen – agenda',
    events,
    holidays: HOLIDAYS,
    generatedAt,
    horizon: HORIZON,
  });
}

function expected(e: FeedEvent): Instance[] {
  return expandSchedule(e.schedule, HOLIDAYS, WINDOW).map((o) => ({
    ruleDate: o.ruleDate,
    start: o.startUtc.toISOString(),
    end: o.endUtc.toISOString(),
    cancelled: o.status === 'cancelled',
  }));
}

describe('buildCalendar, read back with ical.js', () => {
  const ics = build();
  const calendar = parse(ics);

  it('repeating series: the instants ical.js yields equal expandSchedule (cancelled left out, moved at their new time)', () => {
    for (const e of EVENTS.filter((x) => x.schedule.repeat !== 'once')) {
      const fromIcal = icalInstances(calendar, e.uid, WINDOW);
      const ours = expected(e);
      expect(ours.length, e.uid).toBeGreaterThan(5);
      const live = (xs: Instance[]) => xs.filter((x) => !x.cancelled).map(({ start, end }) => ({ start, end }));
      expect(live(fromIcal.sort(byStart)), e.uid).toEqual(live(ours.sort(byStart)));
      // And ical.js sees the same dates as cancelled.
      const cancelled = (xs: Instance[]) => xs.filter((x) => x.cancelled).map((x) => x.ruleDate);
      expect(cancelled(fromIcal), e.uid).toEqual(cancelled(ours));
    }
  });

  it('the instants checked include holidays skipped, except dates, moves and both DST changes', () => {
    const taalcafe = icalInstances(calendar, EVENTS[0].uid, WINDOW).map((x) => x.start);
    expect(taalcafe).not.toContain('2026-09-15T08:00:00.000Z'); // except
    expect(taalcafe).not.toContain('2026-10-20T08:00:00.000Z'); // herfstvakantie
    expect(taalcafe).not.toContain('2026-12-22T09:00:00.000Z'); // kerstvakantie
    expect(taalcafe).toContain('2026-11-05T12:00:00.000Z'); // moved to Thursday 13:00 CET
    expect(taalcafe).toContain('2026-11-10T18:00:00.000Z'); // moved to 19:00 CET
    expect(taalcafe).toContain('2026-10-13T08:00:00.000Z'); // 10:00 CEST
    expect(taalcafe).toContain('2026-10-27T09:00:00.000Z'); // 10:00 CET
    const sundays = icalInstances(calendar, EVENTS[4].uid, WINDOW).map((x) => x.start);
    expect(sundays).toEqual(expect.arrayContaining(['2026-10-18T08:00:00.000Z', '2026-10-25T09:00:00.000Z']));
    expect(sundays).toEqual(expect.arrayContaining(['2027-03-21T09:00:00.000Z', '2027-03-28T08:00:00.000Z']));
    expect(sundays.at(-1)).toBe('2027-04-25T08:00:00.000Z'); // UNTIL keeps the last date
  });

  it('one-off activities: one VEVENT per date with UID "<uid>-<date>", equal to expandSchedule', () => {
    const e = EVENTS[5];
    const uids = calendar
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('uid') as string)
      .filter((u) => u.startsWith(e.uid));
    expect(uids).toEqual([`${e.uid}-2026-10-01`, `${e.uid}-2026-11-12`, `${e.uid}-2027-03-28`]);
    const fromIcal = uids.flatMap((u) =>
      icalInstances(calendar, u, WINDOW).map((x) => ({ ...x, ruleDate: u.slice(e.uid.length + 1) })),
    );
    expect(fromIcal.sort(byStart)).toEqual(expected(e).sort(byStart));
  });

  it('STATUS:CANCELLED on the override of a cancelled date', () => {
    const override = calendar
      .getAllSubcomponents('vevent')
      .find(
        (v) =>
          v.getFirstPropertyValue('uid') === EVENTS[0].uid &&
          v.hasProperty('recurrence-id') &&
          (v.getFirstPropertyValue('recurrence-id') as ICAL.Time).toString() === '2026-10-06T10:00:00',
      );
    expect(override?.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(ics).toContain('RECURRENCE-ID;TZID=Europe/Amsterdam:20261006T100000\r\n');
    const monthly = calendar
      .getAllSubcomponents('vevent')
      .filter((v) => v.getFirstPropertyValue('uid') === EVENTS[3].uid);
    expect(monthly.filter((v) => v.getFirstPropertyValue('status') === 'CANCELLED')).toHaveLength(1);
  });

  it('EXDATE for every except date and every holiday-skipped rule date, up to the horizon when open-ended', () => {
    const master = calendar
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('uid') === EVENTS[0].uid && !v.hasProperty('recurrence-id'))!;
    const exdates = master.getAllProperties('exdate').map((p) => (p.getFirstValue() as ICAL.Time).toString());
    expect(exdates).toEqual([
      '2026-09-15T10:00:00',
      '2026-10-20T10:00:00',
      '2026-12-22T10:00:00',
      '2026-12-29T10:00:00',
      '2027-02-16T10:00:00',
      '2027-07-13T10:00:00',
      '2027-07-20T10:00:00',
      '2027-07-27T10:00:00',
      '2027-08-03T10:00:00',
      '2027-08-10T10:00:00',
      '2027-08-17T10:00:00',
    ]);
    expect(master.getFirstProperty('exdate')?.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(master.getFirstPropertyValue('rrule')?.toString()).toBe('FREQ=WEEKLY;BYDAY=TU');
  });

  it('the VTIMEZONE for Europe/Amsterdam exists, with STANDARD and DAYLIGHT rules ical.js can use', () => {
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
    expect(vtimezone.getFirstSubcomponent('standard')?.hasProperty('rrule')).toBe(true);
    expect(vtimezone.getFirstSubcomponent('daylight')?.hasProperty('rrule')).toBe(true);
    const zone = new ICAL.Timezone(vtimezone);
    expect(zone.utcOffset(ICAL.Time.fromDateTimeString('2027-01-15T12:00:00'))).toBe(3600);
    expect(zone.utcOffset(ICAL.Time.fromDateTimeString('2027-07-15T12:00:00'))).toBe(7200);
  });

  it('the calendar header: PRODID, VERSION, CALSCALE, no METHOD, X-WR-CALNAME, X-WR-TIMEZONE; DTSTAMP is generatedAt', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    // METHOD:PUBLISH without an ORGANIZER fails libical's iTIP check, so there is none.
    expect(calendar.hasProperty('method')).toBe(false);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Thuis in Dalfsen – agenda');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Amsterdam');
    for (const v of calendar.getAllSubcomponents('vevent')) {
      // RFC 5545 §3.6.1: UID, DTSTAMP and DTSTART exactly once in every VEVENT.
      for (const name of ['uid', 'dtstamp', 'dtstart', 'dtend']) expect(v.getAllProperties(name), name).toHaveLength(1);
      expect((v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(
        GENERATED_AT.toISOString(),
      );
    }
  });

  it('asks subscribed apps to fetch it again every 12 hours (REFRESH-INTERVAL and X-PUBLISHED-TTL), so cancellations arrive the same day', () => {
    const refresh = calendar.getFirstProperty('refresh-interval')!;
    expect(refresh.type).toBe('duration');
    expect(String(refresh.getFirstValue())).toBe('PT12H');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT12H');
    expect(ics).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n');
    expect(ics).toContain('\r\nX-PUBLISHED-TTL:PT12H\r\n');
  });

  it('a rule that never gives a date produces no VEVENT', () => {
    const never: FeedEvent = {
      uid: 'nooit@thuisin.example',
      title: 'Nooit',
      description: 'x',
      schedule: schedule({
        repeat: 'weekly',
        weekday: 'ma',
        time: '10:00-11:00',
        from: '2026-09-01',
        until: '2026-09-06',
      }),
    };
    expect(build([never])).not.toContain('BEGIN:VEVENT');
  });
});

describe('buildOccurrenceCalendar: one date as a file of its own', () => {
  const series = EVENTS[0];
  const occurrences = expandSchedule(series.schedule, HOLIDAYS, WINDOW);
  const one = (o: (typeof occurrences)[number]) =>
    parse(buildOccurrenceCalendar({ name: 'Taalcafé', event: series, occurrence: o, generatedAt: GENERATED_AT }));

  it('holds exactly one VEVENT, not recurring, at the instant the site shows, with UID "<uid>-<rule date>"', () => {
    const o = occurrences.find((x) => x.status === 'confirmed')!;
    const calendar = one(o);
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const event = new ICAL.Event(vevents[0]);
    expect(event.isRecurring()).toBe(false);
    expect(event.uid).toBe(`${series.uid}-${o.ruleDate}`);
    expect(event.startDate.toJSDate().toISOString()).toBe(o.startUtc.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(o.endUtc.toISOString());
    expect(event.summary).toBe(series.title);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Taalcafé');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT12H');
  });

  it('a moved date is at its new day and time, and its description starts with the reason', () => {
    const moved = occurrences.find((x) => x.status === 'moved' && x.date !== x.ruleDate)!;
    const event = new ICAL.Event(one(moved).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toString()).toBe(`${moved.date}T${moved.start}:00`);
    expect(event.uid).toBe(`${series.uid}-${moved.ruleDate}`);
    expect(event.description.startsWith(`${moved.reason}\n\n`)).toBe(true);
  });
});

describe('buildCalendar, the text format', () => {
  const ics = build();
  const lines = ics.split('\r\n');

  it('every line ends with CRLF (no bare CR or LF anywhere)', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(lines.pop()).toBe('');
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it('no line is longer than 75 octets (UTF-8)', () => {
    const longest = Math.max(...lines.map((l) => Buffer.byteLength(l, 'utf8')));
    expect(longest).toBeLessThanOrEqual(75);
    // The Arabic and Tigrinya values really were folded (so the limit was exercised).
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
  });

  it('folding never splits a character, and Arabic, Tigrinya and emoji round-trip through ical.js', () => {
    for (const line of lines) expect(line.isWellFormed(), line).toBe(true);
    const master = parse(ics)
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('uid') === EVENTS[0].uid && !v.hasProperty('recurrence-id'))!;
    expect(master.getFirstPropertyValue('summary')).toBe(ARABIC);
    expect(master.getFirstPropertyValue('description')).toBe(EVENTS[0].description);
    // Unfolding by hand (RFC 5545 §3.1) gives the property back too.
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`\r\nSUMMARY:${ARABIC}\r\n`);
  });

  it('folding never splits a 4-octet character (emoji) at any position on the line', () => {
    for (let shift = 0; shift < 4; shift++) {
      const title = `${'x'.repeat(shift)}${'👋🏽'.repeat(30)}`;
      const one: FeedEvent = {
        uid: `emoji-${shift}@thuisin.example`,
        title,
        description: 'x',
        schedule: EVENTS[2].schedule,
      };
      const text = build([one]);
      for (const line of text.split('\r\n')) {
        expect(line.isWellFormed(), line).toBe(true);
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
      expect(parse(text).getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(title);
    }
  });

  it('TEXT values escape backslash, semicolon, comma and newline', () => {
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('LOCATION:Bibliotheek\\, Kerkstraat 1\\; Dalfsen\r\n');
    expect(unfolded).toContain('\\nTweede regel\\; met puntkomma\\, komma en een \\\\ backslash.');
    expect(unfolded).toContain('CATEGORIES:taal,ontmoeten\r\n');
    const master = parse(ics).getAllSubcomponents('vevent')[0];
    expect(master.getFirstPropertyValue('location')).toBe(EVENTS[0].location);
  });

  it('UIDs are stable between two builds, and the same input gives the same bytes', () => {
    const uids = (text: string) =>
      parse(text)
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('uid'));
    const later = build(EVENTS, new Date('2026-09-01T06:00:00Z'));
    expect(uids(later)).toEqual(uids(ics));
    expect(new Set(uids(ics))).toEqual(
      new Set([
        ...EVENTS.slice(0, 5).map((e) => e.uid),
        'voorlichting@thuisin.example-2026-10-01',
        'voorlichting@thuisin.example-2026-11-12',
        'voorlichting@thuisin.example-2027-03-28',
      ]),
    );
    expect(build()).toBe(ics);
  });
});

describe('public holidays in a feed', () => {
  const hemelvaart: Holiday = {
    name: 'Hemelvaartsdag',
    regions: ['alle'],
    from: '2027-05-06',
    to: '2027-05-06',
    publicHoliday: 'hemelvaartsdag',
  };
  const event = (on_public_holidays: boolean): FeedEvent => ({
    uid: 'buurtkamer@thuisin.example',
    title: 'Buurtkamer',
    description: 'Koffie',
    schedule: schedule({
      repeat: 'weekly',
      weekday: 'do',
      time: '10:00-12:00',
      from: '2027-04-29',
      until: '2027-05-13',
      on_public_holidays,
    }),
  });
  const feed = (e: FeedEvent) =>
    buildCalendar({
      name: 'x',
      events: [e],
      holidays: [hemelvaart],
      generatedAt: new Date('2027-04-01T00:00:00Z'),
      horizon: '2027-12-31',
    });
  const window = { from: '2027-04-01', to: '2027-06-01' };

  it('a skipped public holiday is an EXDATE, and ical.js expands to the dates the site shows', () => {
    const ics = feed(event(false));
    expect(ics).toContain('EXDATE;TZID=Europe/Amsterdam:20270506T100000\r\n');
    const fromFeed = icalInstances(parse(ics), 'buurtkamer@thuisin.example', window).map((i) => i.ruleDate);
    expect(fromFeed).toEqual(['2027-04-29', '2027-05-13']);
    expect(expandSchedule(event(false).schedule, [hemelvaart], window).map((o) => o.ruleDate)).toEqual(fromFeed);
  });

  it('on_public_holidays: true writes no EXDATE', () => {
    const ics = feed(event(true));
    expect(ics).not.toContain('EXDATE');
    expect(icalInstances(parse(ics), 'buurtkamer@thuisin.example', window).map((i) => i.ruleDate)).toEqual([
      '2027-04-29',
      '2027-05-06',
      '2027-05-13',
    ]);
  });
});
