/**
 * Checks between records, after each has passed its schema: does the organisation, location,
 * village or practice a record names exist, and do the facts agree (a location near its village,
 * an address a person can find)? Existence is judged on the files there are, valid or not: a
 * broken organisation file is reported once, in that file, and not again as "does not exist" in
 * every service naming it.
 */
import type { Activity } from '../../schemas/activity.ts';
import type { Guide } from '../../schemas/guide.ts';
import type { Holiday } from '../../schemas/holidays.ts';
import type { Location } from '../../schemas/location.ts';
import type { Practice } from '../../schemas/practice.ts';
import type { Service } from '../../schemas/service.ts';
import type { Village } from '../../schemas/site.ts';
import { distanceKm } from '../geo.ts';
import { validateSchedule } from '../schedule-checks.ts';
import type { Problem } from './problems.ts';
import type { Entry } from './types.ts';

/** The ids that exist per collection (files found, valid or not), and the site's villages. */
export interface KnownIds {
  organisations: Set<string>;
  locations: Set<string>;
  services: Set<string>;
  activities: Set<string>;
  practices: Set<string>;
  /** Undefined when site.yaml itself is broken: village references are then not judged. */
  villages?: Map<string, Village>;
}

/** Checks that a reference points at an existing record, with the choices in the message. */
function checkRef(problems: Problem[], file: string, field: string, value: string, known: Set<string>, what: string, folder: string) {
  if (!known.has(value)) {
    problems.push({
      file,
      field,
      message: `"${value}" bestaat niet; verwacht ${what} uit ${folder} (bijvoorbeeld ${[...known].slice(0, 3).join(', ') || 'geen'})`,
    });
  }
}

/** Each location is in one of our villages, and not far from it. */
export function checkLocationVillages(locations: Entry<Location>[], villages: Map<string, Village>, problems: Problem[]) {
  const villageIds = new Set(villages.keys());
  for (const l of locations) {
    checkRef(problems, l.file, 'village', l.data.village, villageIds, 'een dorp', 'content/site.yaml');
    const village = villages.get(l.data.village);
    // A location far from its village is almost always a typo in the coordinates.
    if (village && distanceKm(village, l.data) > 15) {
      problems.push({
        file: l.file,
        field: 'lat',
        message: `ligt ${Math.round(distanceKm(village, l.data))} km van ${village.name}; controleer de coördinaten (breedtegraad ${village.lat.toFixed(2)}, lengtegraad ${village.lon.toFixed(2)} ligt in het midden)`,
      });
    }
  }
}

/** A real address a person can find needs a house number or a postcode; an example says so. */
export function checkAddresses(locations: Entry<Location>[], problems: Problem[]) {
  for (const l of locations) {
    const example = l.data.source.trim().toLowerCase() === 'voorbeeld';
    if (!example && !/\d/.test(l.data.street) && !l.data.postcode) {
      problems.push({
        file: l.file,
        field: 'street',
        message: `"${l.data.street}" heeft geen huisnummer en er is geen postcode; schrijf het adres zoals "Prinsenstraat 15" of vul postcode in. Is het adres een voorbeeld, zet dan source: voorbeeld`,
      });
    }
  }
}

/** A service names an existing organisation, locations and villages. */
export function checkServiceRefs(services: Entry<Service>[], known: KnownIds, problems: Problem[]) {
  const villageIds = known.villages && new Set(known.villages.keys());
  for (const s of services) {
    checkRef(problems, s.file, 'organisation', s.data.organisation, known.organisations, 'een organisatie', 'content/organisations');
    s.data.locations.forEach((l, i) => checkRef(problems, s.file, `locations.${i}`, l, known.locations, 'een locatie', 'content/locations'));
    if (villageIds) (s.data.villages ?? []).forEach((v, i) => checkRef(problems, s.file, `villages.${i}`, v, villageIds, 'een dorp', 'content/site.yaml'));
  }
}

/**
 * An activity names an existing organiser and location, and its schedule makes sense against the
 * region's school holidays (undefined when holidays.yaml itself is broken: not judged then).
 */
export function checkActivities(activities: Entry<Activity>[], known: KnownIds, holidays: Holiday[] | undefined, problems: Problem[]) {
  for (const a of activities) {
    checkRef(problems, a.file, 'organiser', a.data.organiser, known.organisations, 'een organisatie', 'content/organisations');
    checkRef(problems, a.file, 'location', a.data.location, known.locations, 'een locatie', 'content/locations');
    if (holidays) for (const p of validateSchedule(a.data.schedule, holidays)) problems.push({ file: a.file, ...p });
  }
}

/**
 * A practice is from a real Dutch municipality (undefined when the reference list is broken) and
 * its related practices exist.
 */
export function checkPractices(practices: Entry<Practice>[], known: KnownIds, municipalities: Set<string> | undefined, problems: Problem[]) {
  for (const p of practices) {
    if (municipalities && !municipalities.has(p.data.municipality)) {
      problems.push({
        file: p.file,
        field: 'municipality',
        message: `"${p.data.municipality}" is geen Nederlandse gemeente volgens content/reference/gemeenten.yaml; schrijf de naam zoals daar`,
      });
    }
    p.data.related.forEach((r, i) => checkRef(problems, p.file, `related.${i}`, r, known.practices, 'een praktijkvoorbeeld', 'content/practices'));
  }
}

/** The services and activities a guide lists exist. */
export function checkGuides(guides: Entry<Guide>[], known: KnownIds, problems: Problem[]) {
  for (const g of guides) {
    g.data.services.forEach((v, i) => checkRef(problems, g.file, `services.${i}`, v, known.services, 'een dienst', 'content/services'));
    g.data.activities.forEach((v, i) => checkRef(problems, g.file, `activities.${i}`, v, known.activities, 'een activiteit', 'content/activities'));
  }
}
