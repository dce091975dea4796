/**
 * Opening and consultation hours as editors write them, one line per rule:
 *
 *   ma-vr 09:00-17:00
 *   di, do 13:00-16:00
 *   wo 09:00-12:00, 13:00-16:30
 *
 * Days are the Dutch abbreviations ma di wo do vr za zo; a range (ma-vr) or a list (di, do).
 */
import { WEEKDAYS, type Weekday } from '../schemas/taxonomies.ts';

export interface HoursRule {
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Time ranges on those days, "HH:MM". */
  spans: { from: string; to: string }[];
}

export class HoursError extends Error {}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function dayNumber(abbr: string, line: string): number {
  const index = WEEKDAYS.indexOf(abbr.toLowerCase() as Weekday);
  if (index < 0) {
    throw new HoursError(`"${abbr}" in "${line}" is geen dag; gebruik ma, di, wo, do, vr, za of zo`);
  }
  return index + 1;
}

/** Parses one line; throws a HoursError in Dutch that says what is wrong. */
export function parseHoursLine(line: string): HoursRule {
  const match = line.trim().match(/^([a-z]{2}(?:\s*[-,]\s*[a-z]{2})*)\s+(.+)$/i);
  if (!match) {
    throw new HoursError(`"${line}" is geen geldige regel; schrijf bijvoorbeeld "ma-vr 09:00-17:00" of "di 13:00-16:00"`);
  }
  const [, dayPart, timePart] = match;
  const days = new Set<number>();
  for (const piece of dayPart.split(',').map((p) => p.trim())) {
    const range = piece.split('-').map((p) => p.trim());
    if (range.length === 1) days.add(dayNumber(range[0], line));
    else {
      const from = dayNumber(range[0], line);
      const to = dayNumber(range[1], line);
      if (to < from) throw new HoursError(`"${piece}" in "${line}" loopt achteruit; schrijf de vroegste dag eerst`);
      for (let d = from; d <= to; d++) days.add(d);
    }
  }
  const spans = timePart.split(',').map((span) => {
    const [from, to, extra] = span.split('-').map((p) => p.trim());
    if (extra !== undefined || !from || !to || !TIME.test(from) || !TIME.test(to)) {
      throw new HoursError(`"${span.trim()}" in "${line}" is geen tijdvak; schrijf bijvoorbeeld 09:00-12:30 (tussen 00:00 en 23:59)`);
    }
    if (to <= from) throw new HoursError(`in "${line}" eindigt ${from}-${to} niet na het begin`);
    return { from, to };
  });
  return { days: [...days].sort((a, b) => a - b), spans };
}

/** A Monday in January 2024: a fixed week to turn ISO weekdays into names with Intl. */
const REFERENCE_MONDAY = Date.UTC(2024, 0, 1, 12);

export function weekdayName(isoDay: number, lang: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' }).format(
    new Date(REFERENCE_MONDAY + (isoDay - 1) * 86_400_000),
  );
}

/** "09:00" in the reader's numbering and clock style (Arabic digits in Arabic, for instance). */
export function formatClock(time: string, lang: string): string {
  const [h, m] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1, h, m)),
  );
}

/** Consecutive days collapse into a range, so ma-vr reads as "maandag – vrijdag". */
export function formatDays(days: number[], lang: string): string {
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  const parts = runs.map((run) =>
    run.length >= 3
      ? `${weekdayName(run[0], lang)} – ${weekdayName(run.at(-1)!, lang)}`
      : run.map((d) => weekdayName(d, lang)).join(', '),
  );
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts);
}

/** One rule as a row in the reader's language: days and time spans. */
export function formatHoursRule(rule: HoursRule, lang: string): { days: string; times: string } {
  const times = rule.spans.map((s) => `${formatClock(s.from, lang)}–${formatClock(s.to, lang)}`);
  return { days: formatDays(rule.days, lang), times: new Intl.ListFormat(lang, { type: 'unit' }).format(times) };
}
