/**
 * Which entries have not been checked for too long, or never: for the report and the mark on
 * their page. An entry with `checked: evaluatie-2019` has never been checked with the
 * organisation; only `checked: { date, by }` records a real check.
 */
import type { Content } from './content.ts';
import type { Checked, UncheckedBasis } from '../schemas/common.ts';

/** Days since the last check, against the build date. */
function daysSince(date: string, today: string): number {
  return Math.floor((Date.parse(today) - Date.parse(date)) / 86_400_000);
}

export function isStale(checkedDate: string, today: string, limitDays: number): boolean {
  return daysSince(checkedDate, today) > limitDays;
}

/** The real check of an entry, or undefined when nobody has checked it since its source document. */
export function realCheck(checked: Checked): { date: string; by: string } | undefined {
  return typeof checked === 'string' ? undefined : checked;
}

/** The document an unchecked entry comes from (`evaluatie-2019`), or undefined after a real check. */
export function uncheckedBasis(checked: Checked): UncheckedBasis | undefined {
  return typeof checked === 'string' ? checked : undefined;
}

export interface StaleEntry {
  file: string;
  checked: string;
  by: string;
  days: number;
}

/** Entries whose last real check is longer ago than `stale_after_days`, the oldest first. */
export function staleEntries(content: Content, today: string): StaleEntry[] {
  const limit = content.site.stale_after_days;
  return [...content.organisations, ...content.services, ...content.activities]
    .flatMap((e) => {
      const check = realCheck(e.data.checked);
      return check && isStale(check.date, today, limit)
        ? [{ file: e.file, checked: check.date, by: check.by, days: daysSince(check.date, today) }]
        : [];
    })
    .sort((a, b) => b.days - a.days || a.file.localeCompare(b.file));
}

/** Entries nobody has checked since their source document, grouped by that document. */
export function uncheckedEntries(content: Content): { file: string; basis: UncheckedBasis }[] {
  return [...content.organisations, ...content.services, ...content.activities]
    .flatMap((e) => {
      const basis = uncheckedBasis(e.data.checked);
      return basis ? [{ file: e.file, basis }] : [];
    })
    .sort((a, b) => a.basis.localeCompare(b.basis) || a.file.localeCompare(b.file));
}
