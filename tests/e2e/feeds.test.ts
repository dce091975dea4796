/**
 * The calendar feeds as built: every .ics file in dist/ is read by the independent parser ical.js,
 * and the dates a calendar app would show are compared with the dates on the site; every file
 * carries the 12-hour refresh, and every date of the agenda has a file of its own.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import ICAL from 'ical.js';
import { agendaWindow } from '../../src/lib/agenda.ts';
import { TIME_ZONE, addDays, feedHorizon } from '../../src/lib/dates.ts';
import { localize } from '../../src/lib/fallback.ts';
import { expandSchedule, skippedDates } from '../../src/lib/recurrence.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { byStart, icalInstances, parse } from '../unit/ical-read.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const content = loadContent(ROOT);
/** The day the build was made for (global-setup.ts reads it from the build). */
const BUILD_DATE = inject('buildDate');
const window = { from: BUILD_DATE, to: addDays(BUILD_DATE, 180) };
const host = new URL(content.site.site_url).hostname;

function siteInstances(activityId: string) {
  const a = content.activities.find((x) => x.id === activityId)!;
  return expandSchedule(a.data.schedule, content.holidays.periods, window)
    .map((o) => ({
      ruleDate: o.ruleDate,
      start: o.startUtc.toISOString(),
      end: o.endUtc.toISOString(),
      cancelled: o.status === 'cancelled',
    }))
    .sort(byStart);
}

describe('calendar feeds', () => {
  for (const { code } of LOCALES) {
    it(`${code}: the whole-agenda feed parses, is named in ${code}, and its dates equal the site's`, () => {
      const ics = readFileSync(join(DIST, code, 'agenda.ics'), 'utf8');
      expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
      const calendar = parse(ics);
      const t = useTranslations(code);
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
        t('agenda.feedName', { site: t('site.name', { municipality: content.site.municipality }) }),
      );
      for (const a of content.activities) {
        const uid = `${a.id}@${host}`;
        if (a.data.schedule.repeat === 'once') continue;
        expect(icalInstances(calendar, uid, window).sort(byStart), a.id).toEqual(siteInstances(a.id));
      }
    });
  }

  it('one-off activities are one event per date, on the dates the site shows', () => {
    const calendar = parse(readFileSync(join(DIST, 'nl/agenda.ics'), 'utf8'));
    for (const a of content.activities.filter((x) => x.data.schedule.repeat === 'once')) {
      const fromFeed = calendar
        .getAllSubcomponents('vevent')
        .filter((v) => String(v.getFirstPropertyValue('uid')).startsWith(`${a.id}@${host}-`))
        .map((v) => (v.getFirstPropertyValue('dtstart') as { toJSDate(): Date }).toJSDate().toISOString())
        .sort();
      const fromSite = expandSchedule(a.data.schedule, content.holidays.periods, {
        from: '2000-01-01',
        to: '2100-01-01',
      })
        .map((o) => o.startUtc.toISOString())
        .sort();
      expect(fromFeed, a.id).toEqual(fromSite);
    }
  });

  it('a category feed holds exactly the activities of that category', () => {
    const dir = join(DIST, 'nl/agenda/categorie');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ics'));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const category = file.replace('.ics', '');
      const uids = new Set(
        parse(readFileSync(join(dir, file), 'utf8'))
          .getAllSubcomponents('vevent')
          .map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]),
      );
      expect([...uids].sort()).toEqual(
        content.activities
          .filter((a) => a.data.category === category)
          .map((a) => a.id)
          .sort(),
      );
    }
  });

  it('each activity has its own feed, with a VTIMEZONE and stable UIDs shared with the other feeds', () => {
    for (const a of content.activities) {
      const path = join(DIST, 'ar/agenda', `${a.id}.ics`);
      expect(existsSync(path), path).toBe(true);
      const calendar = parse(readFileSync(path, 'utf8'));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
      for (const v of calendar.getAllSubcomponents('vevent'))
        expect(String(v.getFirstPropertyValue('uid')).startsWith(`${a.id}@${host}`)).toBe(true);
    }
  });
});

describe('public holidays in the feeds (issue 11)', () => {
  it('no activity occurs on a public holiday it skips, over the whole feed horizon, as ical.js expands the built feed', () => {
    const calendar = parse(readFileSync(join(DIST, 'nl/agenda.ics'), 'utf8'));
    const horizon = { from: BUILD_DATE, to: feedHorizon(BUILD_DATE) };
    const publicDays = new Map(content.holidays.periods.filter((h) => h.publicHoliday).map((h) => [h.from, h.name]));
    const localDate = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(iso));
    const hits: string[] = [];
    let skippedInRule = 0;
    for (const a of content.activities) {
      const s = a.data.schedule;
      const uid = s.repeat === 'once' ? undefined : `${a.id}@${host}`;
      const starts = uid
        ? icalInstances(calendar, uid, horizon)
            .filter((i) => !i.cancelled)
            .map((i) => i.start)
        : calendar
            .getAllSubcomponents('vevent')
            .filter((v) => String(v.getFirstPropertyValue('uid')).startsWith(`${a.id}@${host}-`))
            .map((v) => (v.getFirstPropertyValue('dtstart') as { toJSDate(): Date }).toJSDate().toISOString());
      for (const start of starts) {
        const day = localDate(start);
        if (!s.on_public_holidays && publicDays.has(day)) hits.push(`${a.id} ${day} (${publicDays.get(day)})`);
      }
      if (uid && !s.on_public_holidays)
        skippedInRule += skippedDates(s, content.holidays.periods, horizon).filter(
          (d) => d.holiday?.publicHoliday,
        ).length;
    }
    expect(hits).toEqual([]);
    // The rules do give such dates (Buurtkamer on Hemelvaartsdag …): the EXDATEs are what keeps them out.
    expect(skippedInRule).toBeGreaterThan(5);
  });
});

describe('every calendar file asks to be fetched again every 12 hours', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ics') ? [join(dir, e.name)] : [],
    );
  const all = files(DIST);

  it('REFRESH-INTERVAL (a duration) and X-PUBLISHED-TTL are PT12H, and there is no METHOD, in each file as ical.js reads it', () => {
    expect(all.length).toBeGreaterThan(content.activities.length * LOCALES.length);
    for (const file of all) {
      const calendar = parse(readFileSync(file, 'utf8'));
      const refresh = calendar.getFirstProperty('refresh-interval');
      expect(refresh?.type, file).toBe('duration');
      expect(String(refresh?.getFirstValue()), file).toBe('PT12H');
      expect(String(calendar.getFirstPropertyValue('x-published-ttl')), file).toBe('PT12H');
      expect(calendar.hasProperty('method'), file).toBe(false);
    }
  });
});

describe('one date as a calendar file of its own ("Zet in mijn agenda")', () => {
  const siteWindow = agendaWindow(BUILD_DATE, content.site.agenda_weeks);

  it('each date the site lists, cancelled ones left out, has a file in every language: one VEVENT at the instant the site shows', () => {
    let count = 0;
    for (const a of content.activities) {
      const occurrences = expandSchedule(a.data.schedule, content.holidays.periods, siteWindow);
      for (const o of occurrences) {
        for (const { code } of LOCALES) {
          const path = join(DIST, code, 'agenda', a.id, `${o.ruleDate}.ics`);
          expect(existsSync(path), path).toBe(o.status !== 'cancelled');
          if (o.status === 'cancelled') continue;
          count++;
          if (code !== 'ar' && code !== 'nl') continue; // reading two languages in full is enough; the rest exist
          const calendar = parse(readFileSync(path, 'utf8'));
          const vevents = calendar.getAllSubcomponents('vevent');
          expect(vevents, path).toHaveLength(1);
          const event = new ICAL.Event(vevents[0]);
          expect(event.isRecurring(), path).toBe(false);
          expect(event.uid).toBe(`${a.id}@${host}-${o.ruleDate}`);
          expect(event.startDate.toJSDate().toISOString(), path).toBe(o.startUtc.toISOString());
          expect(event.endDate.toJSDate().toISOString(), path).toBe(o.endUtc.toISOString());
          expect(event.summary).toBe(localize(a, code).field('title')!.text);
        }
      }
    }
    expect(count).toBeGreaterThan(content.activities.length * LOCALES.length);
  });

  it('there are no stray date files: only dates of the build window that take place', () => {
    for (const a of content.activities) {
      const dates = new Set(
        expandSchedule(a.data.schedule, content.holidays.periods, siteWindow)
          .filter((o) => o.status !== 'cancelled')
          .map((o) => `${o.ruleDate}.ics`),
      );
      const dir = join(DIST, 'nl/agenda', a.id);
      expect(
        readdirSync(dir)
          .filter((f) => f.endsWith('.ics'))
          .sort(),
        a.id,
      ).toEqual([...dates].sort());
    }
  });
});
