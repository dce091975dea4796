/**
 * One telephone number per organisation across all files. A reader who finds two numbers for the
 * same organisation cannot tell which one is right, so the second number stops the build, with
 * both files and fields named. Numbers are compared as digits ("0529 43 83 83" = "0529-438383").
 */
import type { Activity } from '../../schemas/activity.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Practice } from '../../schemas/practice.ts';
import type { Service } from '../../schemas/service.ts';
import { phoneDigits } from '../../schemas/phone.ts';
import type { Problem } from './problems.ts';
import type { Entry } from './types.ts';

interface Mention {
  file: string;
  field: string;
  phone: string;
}

/**
 * Collects every number given for an organisation: its own file, its services and activities
 * (by id), and practices whose contact names it (by its exact name). The organisation's own
 * number is the one the others are held to; without one, the first mention is.
 */
export function checkOnePhonePerOrganisation(
  organisations: Entry<Organisation>[],
  services: Entry<Service>[],
  activities: Entry<Activity>[],
  practices: Entry<Practice>[],
  problems: Problem[],
) {
  const mentions = new Map<string, Mention[]>();
  const add = (orgId: string, m: Mention) => mentions.set(orgId, [...(mentions.get(orgId) ?? []), m]);
  const byName = new Map(organisations.map((o) => [o.data.name, o.id]));
  for (const o of organisations) if (o.data.phone) add(o.id, { file: o.file, field: 'phone', phone: o.data.phone });
  for (const s of services) if (s.data.phone) add(s.data.organisation, { file: s.file, field: 'phone', phone: s.data.phone });
  for (const a of activities) if (a.data.phone) add(a.data.organiser, { file: a.file, field: 'phone', phone: a.data.phone });
  for (const p of practices) {
    const orgId = byName.get(p.data.contact.organisation);
    if (orgId && p.data.contact.phone) add(orgId, { file: p.file, field: 'contact.phone', phone: p.data.contact.phone });
  }
  for (const [orgId, list] of mentions) {
    const [first] = list;
    const name = organisations.find((o) => o.id === orgId)?.data.name ?? orgId;
    for (const m of list.slice(1)) {
      if (phoneDigits(m.phone) === phoneDigits(first.phone)) continue;
      problems.push({
        file: m.file,
        field: m.field,
        message: `twee telefoonnummers voor ${name}: "${m.phone}" hier en "${first.phone}" in ${first.file} (veld "${first.field}"); gebruik overal hetzelfde nummer, of laat het veld hier weg`,
      });
    }
  }
}
