/**
 * The calendar feeds as built: every .ics file in dist/ is read by the independent parser ical.js,
 * and the dates a calendar app would show are compared with the dates on the site.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { addDays } from '../../src/lib/agenda.ts';
import { expandSchedule } from '../../src/lib/recurrence.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/t.ts';
import { byStart, icalInstances, parse } from '../unit/ical-read.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const content = loadContent(ROOT);
const BUILD_DATE = '2026-11-24';
const window = { from: BUILD_DATE, to: addDays(BUILD_DATE, 180) };
const host = new URL(content.site.site_url).hostname;

function siteInstances(activityId: string) {
  const a = content.activities.find((x) => x.id === activityId)!;
  return expandSchedule(a.data.schedule, content.holidays.periods, window)
    .map((o) => ({ ruleDate: o.ruleDate, start: o.startUtc.toISOString(), end: o.endUtc.toISOString(), cancelled: o.status === 'cancelled' }))
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
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(t('agenda.feedName', { site: t('site.name', { municipality: content.site.municipality }) }));
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
      const fromSite = expandSchedule(a.data.schedule, content.holidays.periods, { from: '2000-01-01', to: '2100-01-01' }).map((o) => o.startUtc.toISOString()).sort();
      expect(fromFeed, a.id).toEqual(fromSite);
    }
  });

  it('a category feed holds exactly the activities of that category', () => {
    const dir = join(DIST, 'nl/agenda/categorie');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ics'));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const category = file.replace('.ics', '');
      const uids = new Set(parse(readFileSync(join(dir, file), 'utf8')).getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]));
      expect([...uids].sort()).toEqual(content.activities.filter((a) => a.data.category === category).map((a) => a.id).sort());
    }
  });

  it('each activity has its own feed, with a VTIMEZONE and stable UIDs shared with the other feeds', () => {
    for (const a of content.activities) {
      const path = join(DIST, 'ar/agenda', `${a.id}.ics`);
      expect(existsSync(path), path).toBe(true);
      const calendar = parse(readFileSync(path, 'utf8'));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam');
      for (const v of calendar.getAllSubcomponents('vevent')) expect(String(v.getFirstPropertyValue('uid')).startsWith(`${a.id}@${host}`)).toBe(true);
    }
  });
});
