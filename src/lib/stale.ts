/** Which entries have not been checked for too long: for the report and the mark on their page. */
import type { Content } from './content.ts';

/** Days since the last check, against the build date. */
function daysSince(date: string, today: string): number {
  return Math.floor((Date.parse(today) - Date.parse(date)) / 86_400_000);
}

export function isStale(checkedDate: string, today: string, limitDays: number): boolean {
  return daysSince(checkedDate, today) > limitDays;
}

export interface StaleEntry {
  file: string;
  checked: string;
  by: string;
  days: number;
}

export function staleEntries(content: Content, today: string): StaleEntry[] {
  const limit = content.site.stale_after_days;
  return [...content.organisations, ...content.services, ...content.activities]
    .filter((e) => isStale(e.data.checked.date, today, limit))
    .map((e) => ({ file: e.file, checked: e.data.checked.date, by: e.data.checked.by, days: daysSince(e.data.checked.date, today) }))
    .sort((a, b) => b.days - a.days || a.file.localeCompare(b.file));
}
