/** Schedules and holidays shared by the tests of recurrence.ts and schedule-checks.ts. */
import type { Schedule } from '../../src/schemas/activity.ts';
import type { Holiday } from '../../src/schemas/holidays.ts';

/** A schedule as the schema outputs it: defaults filled in. */
export function schedule(s: Partial<Schedule> & Pick<Schedule, 'repeat' | 'time'>): Schedule {
  return { skip_school_holidays: false, except: [], changes: [], ...s } as Schedule;
}

export const herfst: Holiday = { name: 'herfstvakantie', regions: ['noord'], from: '2026-10-17', to: '2026-10-25' };
export const kerst: Holiday = { name: 'kerstvakantie', regions: ['alle'], from: '2026-12-19', to: '2027-01-03' };
export const HOLIDAYS = [herfst, kerst];
