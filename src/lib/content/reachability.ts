/** Can a reader act on a service? Checked on load, so a page nobody can use is never built. */
import type { Organisation } from '../../schemas/organisation.ts';
import type { Service } from '../../schemas/service.ts';
import { canRespond, channelsOf, isReachable } from '../actions.ts';
import type { Problem } from './problems.ts';
import type { Entry } from './types.ts';

/**
 * A page nobody can act on is refused: every service needs a channel (its own or its
 * organisation's) or a place with opening hours, and a service that looks for volunteers needs a
 * way to answer it that reaches a person (e-mail, phone or WhatsApp; a website is not enough).
 */
export function checkReachable(services: Entry<Service>[], organisations: Entry<Organisation>[], problems: Problem[]) {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  for (const s of services) {
    // An unknown or broken organisation is reported in its own place; judging channels would only repeat it.
    const org = byId.get(s.data.organisation);
    if (!org) continue;
    const own = channelsOf(s.data);
    const theirs = channelsOf(org.data);
    if (!isReachable(own, theirs, s.data.locations.length > 0 && Boolean(s.data.hours?.length))) {
      problems.push({
        file: s.file,
        field: 'phone',
        message: `niemand kan deze dienst bereiken: geef de dienst of ${org.file} een phone, email, whatsapp of website, of geef de dienst locations met hours`,
      });
    }
    if (s.data.volunteers?.length && !canRespond(own, theirs)) {
      problems.push({
        file: s.file,
        field: 'volunteers',
        message: `wie wil helpen kan nergens reageren: geef de dienst of ${org.file} een email, phone of whatsapp`,
      });
    }
  }
}
