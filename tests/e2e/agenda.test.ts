/**
 * The agenda in a real browser: filters, plain-words rules, cancellations, and the script that
 * hides past dates, with the browser's clock fixed to a chosen day.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/lib/content.ts';
import { activityActions, agendaItems, agendaWindow } from '../../src/lib/agenda.ts';
import { addDays } from '../../src/lib/dates.ts';
import { expandSchedule, skippedDates } from '../../src/lib/recurrence.ts';
import { weekdayName } from '../../src/lib/hours.ts';
import { isExample } from '../../src/lib/example.ts';
import { WEEKDAYS } from '../../src/schemas/taxonomies.ts';
import { UI_STRINGS } from '../../src/i18n/t.ts';
import { launch, isolatedContext } from './browser.ts';
import ICAL from 'ical.js';
import { parse } from '../unit/ical-read.ts';

const site = inject('siteUrl');
const content = loadContent(resolve(import.meta.dirname, '../..'));
/** The day the build was made for (global-setup.ts reads it from the build). */
const BUILD_DATE = inject('buildDate');
const window = agendaWindow(BUILD_DATE, content.site.agenda_weeks);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The filters sit in one "Filter" disclosure after the summary line: open it as a reader would. */
async function openFilters(page: Page) {
  const details = page.locator('[data-filter-details]');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** The browser thinks it is noon in Amsterdam on this day. */
async function pageOn(day: string, options = {}): Promise<Page> {
  const { context } = await isolatedContext(browser, options);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${day}T11:00:00Z`));
  return page;
}

const visibleDays = (page: Page) =>
  page
    .locator('section.day')
    .evaluateAll((els) =>
      els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => (e as HTMLElement).dataset.date!),
    );

describe('the agenda list', () => {
  it('lists every date of the build window by day, each with its activities', async () => {
    const page = await pageOn(BUILD_DATE);
    await page.goto(`${site}/nl/agenda/`);
    const expected = agendaItems(content, window);
    expect(await page.locator('[data-entry]').count()).toBe(expected.length);
    expect(await visibleDays(page)).toEqual([...new Set(expected.map((i) => i.occurrence.date))]);
    await page.context().close();
  });

  it('URL in: ?categorie=sport shows only sport, and days without sport disappear', async () => {
    const page = await pageOn(BUILD_DATE);
    await page.goto(`${site}/nl/agenda/?categorie=sport`);
    const sport = agendaItems(content, window).filter((i) => i.activity.data.category === 'sport');
    expect(sport.length).toBeGreaterThan(0);
    const shown = await page
      .locator('[data-entry]')
      .evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => (e as HTMLElement).dataset.categorie),
      );
    expect(shown).toHaveLength(sport.length);
    expect(new Set(shown)).toEqual(new Set(['sport']));
    expect(await visibleDays(page)).toEqual([...new Set(sport.map((i) => i.occurrence.date))]);
    await page.context().close();
  });

  it('URL out, and without JavaScript the village filter still works', async () => {
    const page = await pageOn(BUILD_DATE, { javaScriptEnabled: false });
    await page.goto(`${site}/nl/agenda/`);
    await openFilters(page);
    await page.selectOption('#filter-dorp', 'lemelerveld');
    const villages = await page
      .locator('[data-entry]')
      .evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => (e as HTMLElement).dataset.dorp),
      );
    expect(villages.length).toBeGreaterThan(0);
    expect(new Set(villages)).toEqual(new Set(['lemelerveld']));
    await page.context().close();

    const withJs = await pageOn(BUILD_DATE);
    await withJs.goto(`${site}/nl/agenda/`);
    await openFilters(withJs);
    await withJs.selectOption('#filter-categorie', 'taal');
    await withJs.waitForURL(/\?categorie=taal$/);
    await withJs.context().close();
  });

  it('a cancelled date is marked, with its reason', async () => {
    const cancelled = agendaItems(content, window).find((i) => i.occurrence.status === 'cancelled');
    expect(cancelled, 'a cancelled date in the build window').toBeDefined();
    const page = await pageOn(BUILD_DATE);
    await page.goto(`${site}/nl/agenda/`);
    const row = page.locator(`section.day[data-date="${cancelled!.occurrence.date}"] li.cancelled`).first();
    expect(await row.locator('.status').textContent()).toBe(UI_STRINGS.nl['agenda.cancelled']);
    expect(await row.textContent()).toContain(cancelled!.occurrence.reason!);
    await page.context().close();
  });
});

describe('the hide-past script keeps an old build right', () => {
  it('three days after the build, the days before are hidden and "Vandaag" moves', async () => {
    const days = [...new Set(agendaItems(content, window).map((i) => i.occurrence.date))];
    const today = days.find((d) => d >= addDays(BUILD_DATE, 3))!;
    const page = await pageOn(today);
    await page.goto(`${site}/nl/agenda/`);
    const visible = await visibleDays(page);
    expect(visible[0]).toBe(today);
    expect(visible.every((d) => d >= today)).toBe(true);
    expect(await page.locator(`section.day[data-date="${today}"] [data-day-label]`).textContent()).toBe('Vandaag');
    expect(await page.locator(`section.day[data-date="${days[0]}"]`).isVisible()).toBe(false);
    await page.context().close();
  });

  it("the home page shows only the seven days from the reader's today", async () => {
    const today = addDays(BUILD_DATE, 5);
    const page = await pageOn(today);
    await page.goto(`${site}/nl/`);
    const visible = await visibleDays(page);
    expect(visible.length).toBeGreaterThan(0);
    for (const d of visible) {
      expect(d >= today).toBe(true);
      expect(d <= addDays(today, 6)).toBe(true);
    }
    await page.context().close();
  });

  it('without JavaScript the page is as built: nothing hidden that the build showed', async () => {
    const page = await pageOn(addDays(BUILD_DATE, 10), { javaScriptEnabled: false });
    await page.goto(`${site}/nl/agenda/`);
    expect((await visibleDays(page))[0]).toBe(agendaItems(content, window)[0].occurrence.date);
    await page.context().close();
  });
});

describe('an activity page', () => {
  const activity = content.activities.find(
    (a) => a.data.schedule.repeat === 'weekly' && a.data.schedule.skip_school_holidays,
  )!;

  it('says the rule in plain words in the reader language', async () => {
    const s = activity.data.schedule;
    const [start, end] = s.time.split('-');
    const page = await pageOn(BUILD_DATE);
    await page.goto(`${site}/nl/agenda/${activity.id}/`);
    const rule = await page.locator('article p strong').first().textContent();
    expect(rule).toContain(`Elke ${weekdayName(WEEKDAYS.indexOf(s.weekday!) + 1, 'nl')} van ${start} tot ${end}`);
    expect(rule).toContain('niet in de schoolvakanties');
    await page.goto(`${site}/en/agenda/${activity.id}/`);
    expect(await page.locator('article p strong').first().textContent()).toContain(
      `Every ${weekdayName(WEEKDAYS.indexOf(s.weekday!) + 1, 'en')}`,
    );
    await page.context().close();
  });

  it('names each public holiday it skips in the window, in the reader language ("niet op Eerste Kerstdag")', async () => {
    const skipping = content.activities
      .map((a) => ({
        a,
        skipped: skippedDates(a.data.schedule, content.holidays.periods, window).filter(
          (d) => d.holiday?.publicHoliday,
        ),
      }))
      .filter((x) => x.skipped.length);
    expect(skipping.length).toBeGreaterThan(0);
    const { a, skipped } = skipping[0];
    const page = await pageOn(BUILD_DATE);
    for (const lang of ['nl', 'ar'] as const) {
      await page.goto(`${site}/${lang}/agenda/${a.id}/`);
      const rows = await page
        .locator('li[data-skipped]')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-date'), el.textContent?.replace(/\s+/g, ' ').trim()]),
        );
      const ui = UI_STRINGS[lang];
      expect(rows.map(([date]) => date)).toEqual(skipped.map((d) => d.date));
      rows.forEach(([, text], i) => {
        const name = ui[`schedule.holiday.${skipped[i].holiday!.publicHoliday}` as keyof typeof ui] as string;
        expect(text).toContain((ui['schedule.notOn'] as string).replace('{{holiday}}', name));
      });
    }
    await page.context().close();
  });

  it('lists the next dates, and its JSON-LD marks cancelled dates EventCancelled', async () => {
    const withCancel = content.activities.find((a) =>
      expandSchedule(a.data.schedule, content.holidays.periods, window).some((o) => o.status === 'cancelled'),
    )!;
    const occurrences = expandSchedule(withCancel.data.schedule, content.holidays.periods, window);
    const page = await pageOn(BUILD_DATE);
    await page.goto(`${site}/nl/agenda/${withCancel.id}/`);
    expect(await page.locator('li.occurrence').count()).toBe(occurrences.length);
    const script = page.locator('script[type="application/ld+json"]');
    if (isExample(withCancel, 'schedule')) {
      // Dates that are examples are not published as an Event (src/lib/jsonld.ts).
      expect(await script.count()).toBe(0);
    } else {
      const ld = JSON.parse((await script.textContent())!);
      expect(ld['@type']).toBe('Event');
      const statuses = ld.subEvent.map((e: { eventStatus: string }) => e.eventStatus);
      expect(statuses).toContain('https://schema.org/EventCancelled');
      expect(statuses.filter((s: string) => s.endsWith('EventCancelled'))).toHaveLength(
        occurrences.filter((o) => o.status === 'cancelled').length,
      );
    }
    // "Add to my calendar" leads to this activity's own feed.
    expect(await page.locator(`a[href$="/nl/agenda/${withCancel.id}.ics"]`).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('calendar links', () => {
  const activity = content.activities.find(
    (a) => a.data.schedule.repeat === 'weekly' && a.data.schedule.skip_school_holidays,
  )!;
  const dates = expandSchedule(activity.data.schedule, content.holidays.periods, window).filter(
    (o) => o.status !== 'cancelled',
  );
  const visibleHref = (page: Page, selector: string) =>
    page
      .locator(selector)
      .evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('href')),
      );

  it('"Zet in mijn agenda" at the top gives the next date as a calendar file that opens as text/calendar', async () => {
    const page = await pageOn(BUILD_DATE, { javaScriptEnabled: false });
    await page.goto(`${site}/nl/agenda/${activity.id}/`);
    const next = page.locator('[data-calendar="next"]').filter({ visible: true });
    expect(await next.count()).toBe(1);
    expect((await next.textContent())!.startsWith(UI_STRINGS.nl['agenda.addToCalendar'])).toBe(true);
    const href = (await next.getAttribute('href'))!;
    expect(href).toBe(`/nl/agenda/${activity.id}/${dates[0].ruleDate}.ics`);
    const response = await page.request.get(`${site}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const event = new ICAL.Event(parse(await response.text()).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(dates[0].startUtc.toISOString());
    await page.context().close();
  });

  it('a week after the build, the top button offers the first date that has not passed', async () => {
    const later = addDays(BUILD_DATE, 7);
    const page = await pageOn(later);
    await page.goto(`${site}/nl/agenda/${activity.id}/`);
    expect(await visibleHref(page, '[data-calendar="next"]')).toEqual([
      `/nl/agenda/${activity.id}/${dates.find((o) => o.date >= later)!.ruleDate}.ics`,
    ]);
    await page.context().close();
  });

  it('each listed date that takes place has its own link, the whole series one more, and a cancelled date none', async () => {
    const page = await pageOn(BUILD_DATE, { javaScriptEnabled: false });
    await page.goto(`${site}/nl/agenda/${activity.id}/`);
    const rows = await page
      .locator('li.occurrence [data-calendar="date"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(rows).toEqual(dates.map((o) => `/nl/agenda/${activity.id}/${o.ruleDate}.ics`));
    expect(await page.locator('li.occurrence.cancelled [data-calendar]').count()).toBe(0);
    expect(await page.locator('[data-calendar="series"]').getAttribute('href')).toBe(`/nl/agenda/${activity.id}.ics`);
    expect(await page.locator('[data-calendar="series"]').textContent()).toBe(UI_STRINGS.nl['calendar.allDates']);
    await page.context().close();
  });

  it('"Abonneren" gives the webcal: link and the same https: address in a read-only text area, with help for Google, Apple and Outlook, in Arabic too', async () => {
    const host = new URL(content.site.site_url).host;
    for (const [lang, path, feed] of [
      ['nl', `/nl/agenda/${activity.id}/`, `/nl/agenda/${activity.id}.ics`],
      ['ar', '/ar/agenda/', '/ar/agenda.ics'],
    ] as const) {
      const page = await pageOn(BUILD_DATE, { javaScriptEnabled: false });
      await page.goto(`${site}${path}`);
      const details = page.locator('[data-subscribe]');
      await details.locator('summary').click();
      const first = details.locator('ul.feeds > li').first();
      expect(await first.locator('a').getAttribute('href')).toBe(`webcal://${host}${feed}`);
      const input = first.locator('textarea');
      expect(await input.inputValue()).toBe(`https://${host}${feed}`);
      expect(await input.getAttribute('readonly')).not.toBeNull();
      expect(await input.getAttribute('dir')).toBe('ltr');
      // The field has a label, so a screen reader says what the address is for.
      expect(await page.locator(`label[for="${await input.getAttribute('id')}"]`).count()).toBe(1);
      const help = await details.locator('ul.help li').allTextContents();
      expect(help).toEqual([
        UI_STRINGS[lang]['calendar.help.google'],
        UI_STRINGS[lang]['calendar.help.apple'],
        UI_STRINGS[lang]['calendar.help.outlook'],
      ]);
      await page.context().close();
    }
  });

  it('no link or button is labelled with a file extension', async () => {
    const page = await pageOn(BUILD_DATE);
    for (const path of ['/nl/agenda/', `/nl/agenda/${activity.id}/`, '/ti/agenda/', '/nl/praktijken/cijfers/']) {
      await page.goto(`${site}${path}`);
      const labels = await page.locator('main a, main button').allTextContents();
      expect(labels.length).toBeGreaterThan(3);
      expect(
        labels.filter((l) => /(^|\s)\.[a-z]{2,4}\b/i.test(l.trim())),
        path,
      ).toEqual([]);
    }
    await page.context().close();
  });
});

describe('act from an activity page', () => {
  it('every activity page shows at its top the actions from activityActions(), in order, before the dates', async () => {
    const page = await pageOn(BUILD_DATE, { javaScriptEnabled: false });
    let whatsapp = 0;
    for (const a of content.activities) {
      await page.goto(`${site}/nl/agenda/${a.id}/`);
      const expected = activityActions(a, content);
      expect(expected.length, a.id).toBeGreaterThan(0);
      const shown = await page
        .locator('article .action-buttons a')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-action'), e.getAttribute('href')]));
      expect(shown, a.id).toEqual(expected.map((x) => [x.kind, x.href]));
      if (shown.some(([kind]) => kind === 'whatsapp')) whatsapp++;
      // The buttons come before the list of dates, not a screen further down.
      const [buttons, dates] = await Promise.all([
        page.locator('article .action-buttons').boundingBox(),
        page.locator('article h2').first().boundingBox(),
      ]);
      expect(buttons!.y, a.id).toBeLessThan(dates!.y);
    }
    // An organiser's WhatsApp line is offered where the activity has none of its own (it used to be dropped).
    const organiserWhatsapp = content.activities.filter(
      (a) => content.organisations.find((o) => o.id === a.data.organiser)?.data.whatsapp,
    ).length;
    expect(whatsapp).toBe(organiserWhatsapp);
    await page.context().close();
  });
});
