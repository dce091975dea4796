/**
 * Opening hours in the reader's language: weekday names, clock times and day ranges through Intl.
 * Parsing the lines editors write ("ma-vr 09:00-17:00") is in src/schemas/hours.ts.
 */
import type { HoursRule } from '../schemas/hours.ts';

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
  return new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, 0, 1, h, m)));
}

/** Consecutive days collapse into a range, so ma-vr reads as "maandag – vrijdag". */
function formatDays(days: number[], lang: string): string {
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
