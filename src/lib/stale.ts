/** Which entries have not been checked for too long: for the report and the mark on their page. */
import type { Content } from './content.ts';
import { daysSince } from './kaart.ts';

export interface StaleEntry {
  file: string;
  checked: string;
  by: string;
  days: number;
}

export function staleEntries(content: Content, today: string): StaleEntry[] {
  const limit = content.site.stale_after_days;
  return [...content.organisations, ...content.services, ...content.activities]
    .map((e) => ({ file: e.file, checked: e.data.checked.date, by: e.data.checked.by, days: daysSince(e.data.checked.date, today) }))
    .filter((e) => e.days > limit)
    .sort((a, b) => b.days - a.days || a.file.localeCompare(b.file));
}
