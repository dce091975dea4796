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
import type { Region } from '../../schemas/reference.ts';
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

/** Each region's municipalities are real Dutch municipalities, written as in gemeenten.yaml. */
export function checkRegions(regions: Region[], municipalities: Set<string>, problems: Problem[]) {
  regions.forEach((r, i) =>
    r.municipalities.forEach((m, j) => {
      if (!municipalities.has(m)) {
        problems.push({
          file: 'content/reference/regios.yaml',
          field: `regions.${i}.municipalities.${j}`,
          message: `"${m}" is geen Nederlandse gemeente volgens content/reference/gemeenten.yaml; schrijf de naam zoals daar`,
        });
      }
    }),
  );
}

/**
 * A practice is from a real Dutch municipality, or a region from the list of regions, or both
 * (then the municipality is one of the region's, where the list names them); a secondary theme is
 * not one of its themes already; its related practices exist. The lists are undefined when their
 * own file is broken: not judged then.
 */
export function checkPractices(
  practices: Entry<Practice>[],
  known: KnownIds,
  municipalities: Set<string> | undefined,
  regions: Region[] | undefined,
  problems: Problem[],
) {
  for (const p of practices) {
    const { municipality, region } = p.data;
    if (!municipality && !region) {
      problems.push({
        file: p.file,
        field: 'municipality',
        message: 'ontbreekt: noem de gemeente (municipality) of, bij een aanpak van een hele regio, de regio (region)',
      });
    }
    if (municipality && municipalities && !municipalities.has(municipality)) {
      problems.push({
        file: p.file,
        field: 'municipality',
        message: `"${municipality}" is geen Nederlandse gemeente volgens content/reference/gemeenten.yaml; schrijf de naam zoals daar`,
      });
    }
    const knownRegion = region && regions?.find((r) => r.name === region);
    if (region && regions && !knownRegion) {
      problems.push({
        file: p.file,
        field: 'region',
        message: `"${region}" is geen regio uit content/reference/regios.yaml; kies een van: ${regions.map((r) => r.name).join(', ') || 'geen'}, of voeg de regio daar toe met een bron`,
      });
    }
    if (knownRegion && municipality && knownRegion.municipalities.length && !knownRegion.municipalities.includes(municipality)) {
      problems.push({
        file: p.file,
        field: 'municipality',
        message: `"${municipality}" hoort volgens content/reference/regios.yaml niet bij de regio ${region} (${knownRegion.municipalities.join(', ')})`,
      });
    }
    p.data.secondary_themes.forEach((s, i) => {
      if (p.data.themes.includes(s.theme)) {
        problems.push({ file: p.file, field: `secondary_themes.${i}.theme`, message: `"${s.theme}" staat al bij themes; noem een thema maar één keer` });
      }
    });
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
