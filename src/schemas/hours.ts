/**
 * Opening and consultation hours as editors write them, one line per rule:
 *
 *   ma-vr 09:00-17:00
 *   di, do 13:00-16:00
 *   wo 09:00-12:00, 13:00-16:30
 *
 * Days are the Dutch abbreviations ma di wo do vr za zo; a range (ma-vr) or a list (di, do).
 *
 * The parsing lives with the schemas (a service's `hours` are checked by it); the formatting for
 * pages is in src/lib/hours.ts.
 */
import { z } from 'astro/zod';
import { WEEKDAYS, type Weekday } from './taxonomies.ts';

export interface HoursRule {
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Time ranges on those days, "HH:MM". */
  spans: { from: string; to: string }[];
}

class HoursError extends Error {}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The ISO weekday (1 = Monday … 7 = Sunday) of a Dutch day abbreviation in a line. */
function isoWeekday(abbr: string, line: string): number {
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
    throw new HoursError(
      `"${line}" is geen geldige regel; schrijf bijvoorbeeld "ma-vr 09:00-17:00" of "di 13:00-16:00"`,
    );
  }
  const [, dayPart, timePart] = match;
  const days = new Set<number>();
  for (const piece of dayPart.split(',').map((p) => p.trim())) {
    const range = piece.split('-').map((p) => p.trim());
    if (range.length === 1) days.add(isoWeekday(range[0], line));
    else {
      const from = isoWeekday(range[0], line);
      const to = isoWeekday(range[1], line);
      if (to < from) throw new HoursError(`"${piece}" in "${line}" loopt achteruit; schrijf de vroegste dag eerst`);
      for (let d = from; d <= to; d++) days.add(d);
    }
  }
  const spans = timePart.split(',').map((span) => {
    const [from, to, extra] = span.split('-').map((p) => p.trim());
    if (extra !== undefined || !from || !to || !TIME.test(from) || !TIME.test(to)) {
      throw new HoursError(
        `"${span.trim()}" in "${line}" is geen tijdvak; schrijf bijvoorbeeld 09:00-12:30 (tussen 00:00 en 23:59)`,
      );
    }
    if (to <= from) throw new HoursError(`in "${line}" eindigt ${from}-${to} niet na het begin`);
    return { from, to };
  });
  return { days: [...days].sort((a, b) => a - b), spans };
}

/** One line of `hours`, checked by parsing it: the message says what is wrong with the line. */
export const hoursLine = z
  .string({ error: 'verwacht een regel zoals "ma-vr 09:00-17:00"' })
  .superRefine((value, ctx) => {
    try {
      parseHoursLine(value);
    } catch (error) {
      if (!(error instanceof HoursError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
    }
  });
