/**
 * The sociale kaart as open data in Open Referral HSDS 3.1
 * (https://docs.openreferral.org/en/latest/), the open standard for directories of social
 * services. Checked against the vendored schemas in `vendor/hsds-3.1/schema/` by
 * `tests/unit/hsds/build.test.ts` (the files) and `tests/unit/hsds/types.test.ts` (the types in
 * `types.ts`); ids come from `ids.ts`.
 *
 * ## Files
 *
 * {@link buildHsds} returns one array per file; {@link hsdsFiles} names them and wraps each list in
 * HSDS's API `Page` object. Publish them as
 *
 * | file                           | content                                                                 | each item validates against |
 * | ------------------------------ | ----------------------------------------------------------------------- | --------------------------- |
 * | `data/hsds/organizations.json` | every organisation, with `services` (full services, see below) and the `locations` its services are at | `organization.json` (and each of its `services` against `service.json`) |
 * | `data/hsds/services.json`      | every service, fully nested: `organization`, `service_at_locations[].location`, `phones`, `schedules`, `languages`, `service_areas`, `cost_options`, `attributes`, `metadata` … | `service.json` |
 * | `data/hsds/locations.json`     | every location with its `addresses` and `accessibility`                 | `location.json` |
 * | `data/hsds/taxonomies.json`    | the taxonomies our `attributes` use (`thuisin-themes`, `thuisin-groups`) | `taxonomy.json` |
 * | `data/hsds/taxonomy_terms.json`| their terms                                                              | `taxonomy_term.json` |
 * | `data/hsds/index.json`         | {@link HsdsMeta}: HSDS version, generation time, whether it is example data | — |
 *
 * These are the shapes of the HSDS API's "fully nested" responses (`/services/{id}`,
 * `/organizations/{id}?full_service=true`), so a consumer can read one file without joining
 * tables. To avoid endless nesting, a service inside `organizations.json` has no `organization`
 * (its `organization_id` points back), and the `organization` inside `services.json` has no
 * `services`. `organization.services` is not a property of HSDS's `organization.json` (the API
 * adds it); everything else is exactly the schema's.
 *
 * ## Choices that follow from the schemas
 *
 * - Every id is a UUID from {@link stableUuid}: the same content gives the same ids in every
 *   build, and the same thing (a location, a phone) has the same id wherever it is nested.
 * - Unknown optional fields are left out, never invented; empty lists are left out too.
 * - Text (`description`, `application_process` …) is the Dutch original; names of languages
 *   (`languages[].name`) are in English, as HSDS examples are.
 * - Phone numbers are E.164 (`+31529438383`) where that works from abroad; 0800/0900 and 14-numbers
 *   only work inside the Netherlands and are kept as written.
 * - `address.state_province` and `address.postal_code` are required by HSDS. The province is the
 *   instance's (`province` in content/site.yaml); the postcode is optional in our content: a
 *   missing one is the empty string, meaning "not stated", rather than a guess.
 * - `metadata` (required: who changed which field from what to what) records our `checked:` as one
 *   entry with `last_action_type: "verified"`; field and values do not apply and are empty.
 * - Opening hours become one `schedule` per time span, set of days and clock season
 *   (`freq: WEEKLY`, `byday: "MO,TU"`, `valid_from`/`valid_to`, `timezone: 1`, `opens_at:
 *   "09:00+01:00"`): HSDS reads a time without offset as UTC and its `timezone` is a fixed UTC
 *   offset, so Europe/Amsterdam's wall time can only be said season by season, from the build date
 *   a year ahead (the regular rebuild moves it on). When a service is at exactly one location they
 *   belong to that `service_at_location`; otherwise (no location, or several, where we do not know
 *   which hours are where) to the service.
 * - An activity-type service (an activity's id is the service's id, or starts with it) gets one
 *   schedule per activity with a `schedule_link` to its agenda page, where every date is.
 * - A value the content marks as an example (`example_fields`, see example.ts) is flagged with an
 *   attribute `link_type: "example_value"` whose `value` names the field (`*`: the whole record).
 * - Each list file is HSDS's API page form ({@link hsdsPage}: `total_items`, `page_number` …,
 *   `contents`).
 * - A service's own phone, e-mail and website are its own; the organisation's are on the
 *   organisation (nested in the same object), not copied onto the service.
 */
import type { Entry } from '../content/types.ts';
import type { Location } from '../../schemas/location.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Service } from '../../schemas/service.ts';
import type { Site } from '../../schemas/site.ts';
import { internationalPhone } from '../../schemas/phone.ts';
import { ICAL_DAYS, TIME_ZONE, addDays, feedHorizon, nthWeekdayOfMonth } from '../dates.ts';
import { parseHoursLine } from '../../schemas/hours.ts';
import { stableUuid } from './ids.ts';
import { villageById } from '../lookup.ts';
import { TAXONOMY_DEFS, buildTaxonomies } from './taxonomies.ts';
import type { Checked } from '../../schemas/common.ts';
import { realCheck } from '../stale.ts';
import { anyExample } from '../example.ts';
import type {
  HsdsAttribute,
  HsdsCostOption,
  HsdsExport,
  HsdsInput,
  HsdsLanguage,
  HsdsLocation,
  HsdsMeta,
  HsdsMetadata,
  HsdsOrganization,
  HsdsOrganizationCore,
  HsdsPhone,
  HsdsRequiredDocument,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsServiceCore,
  HsdsTaxonomyTerm,
} from './types.ts';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Drops keys whose value is undefined or an empty list: HSDS wants unknown fields left out. */
function prune<T extends object>(obj: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as T;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** "0529 43 83 83" → "+31529438383"; numbers that only work in the Netherlands stay as written. */
const hsdsPhoneNumber = internationalPhone;

/** "7721AB" → "7721 AB", the way PostNL writes it. */
function formatPostcode(postcode: string): string {
  return postcode.replace(/^(\d{4}) ?([A-Z]{2})$/, '$1 $2');
}

const WHEELCHAIR_TEXT: Record<'ja' | 'nee' | 'deels', string> = {
  ja: 'Toegankelijk voor rolstoelgebruikers.',
  nee: 'Niet toegankelijk voor rolstoelgebruikers.',
  deels: 'Gedeeltelijk toegankelijk voor rolstoelgebruikers.',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A stretch of days on one clock: winter time (+1) or summer time (+2) in Europe/Amsterdam. */
interface ClockSeason {
  from: string;
  to: string;
  offset: 1 | 2;
}

/**
 * The clock seasons from `from` through `to`. Summer time starts and ends on the last Sunday of
 * March and of October (EU rule, as time-zone.ts); the switch day belongs to the new season, since
 * every opening time is after 03:00.
 */
function clockSeasons(from: string, to: string): ClockSeason[] {
  const switches: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    switches.push(nthWeekdayOfMonth(y, 3, 7, -1), nthWeekdayOfMonth(y, 10, 7, -1));
  }
  const inside = switches.filter((d) => d > from && d <= to);
  const starts = [from, ...inside];
  return starts.map((start, i) => {
    const year = Number(start.slice(0, 4));
    const summer = start >= nthWeekdayOfMonth(year, 3, 7, -1) && start < nthWeekdayOfMonth(year, 10, 7, -1);
    return { from: start, to: i + 1 < starts.length ? addDays(starts[i + 1], -1) : to, offset: summer ? 2 : 1 };
  });
}

/** "09:00" in a season → "09:00+01:00". */
function withOffset(time: string, offset: 1 | 2): string {
  return `${time}+0${offset}:00`;
}

/**
 * The fields of a record whose value is an example (content's `example_fields`, or every field of
 * a record with `source: voorbeeld`), as HSDS attributes without a taxonomy term, so a consumer
 * sees which values not to rely on.
 */
function exampleAttributes(
  entity: 'service' | 'organization' | 'location',
  ourId: string,
  uuid: string,
  data: { example_fields?: readonly string[]; source?: unknown },
): HsdsAttribute[] {
  const whole = typeof data.source === 'string' && data.source.trim().toLowerCase() === 'voorbeeld';
  const fields = whole ? ['*'] : [...(data.example_fields ?? [])];
  return fields.map((field) => ({
    id: stableUuid('attribute', `${entity}/${ourId}/example/${field}`),
    link_id: uuid,
    link_entity: entity,
    link_type: 'example_value',
    value: field,
    label:
      field === '*'
        ? 'Voorbeeldgegevens: geen waarde in dit record komt uit een bron'
        : `Voorbeeldwaarde: ${field} komt niet uit een bron`,
  }));
}

// ---------------------------------------------------------------------------------------------
// Building blocks

// An entry nobody has checked yet (`checked: evaluatie-2019`) gets no "verified" metadata and no
// assured_date: claiming a check would be the very mistake the page now avoids.
function metadataFor(
  kind: 'organization' | 'service',
  resourceId: string,
  checkedAs: Checked,
): HsdsMetadata[] | undefined {
  const checked = realCheck(checkedAs);
  if (!checked) return undefined;
  return [
    {
      id: stableUuid('metadata', `${kind}/${resourceId}/checked`),
      resource_id: resourceId,
      resource_type: kind,
      last_action_date: checked.date,
      last_action_type: 'verified',
      field_name: '',
      previous_value: '',
      replacement_value: '',
      updated_by: checked.by,
    },
  ];
}

function phonesFor(
  owner: 'organization' | 'service',
  ourId: string,
  uuid: string,
  data: { phone?: string; whatsapp?: string },
): HsdsPhone[] {
  const link = owner === 'organization' ? { organization_id: uuid } : { service_id: uuid };
  const phones: HsdsPhone[] = [];
  if (data.phone) {
    phones.push({
      id: stableUuid('phone', `${owner}/${ourId}/phone`),
      ...link,
      number: hsdsPhoneNumber(data.phone),
      type: 'voice',
    });
  }
  if (data.whatsapp) {
    phones.push({
      id: stableUuid('phone', `${owner}/${ourId}/whatsapp`),
      ...link,
      number: hsdsPhoneNumber(data.whatsapp),
      description: 'WhatsApp',
    });
  }
  return phones;
}

/**
 * Schedules for one service. `owner` is where they hang: the service, or its one
 * service_at_location. One schedule per time span, set of days and clock season (so each carries
 * its UTC offset); duplicates fold into one.
 */
function schedulesFor(
  service: Service,
  owner: { service_id: string } | { service_at_location_id: string },
  seasons: ClockSeason[],
): HsdsSchedule[] {
  const ownerKey =
    'service_id' in owner ? `service/${owner.service_id}` : `service_at_location/${owner.service_at_location_id}`;
  const common = {
    description: service.hours_note,
    attending_type: service.by_appointment ? 'op afspraak' : undefined,
  };
  const schedules = new Map<string, HsdsSchedule>();
  for (const line of service.hours ?? []) {
    const rule = parseHoursLine(line);
    const byday = rule.days.map((d) => ICAL_DAYS[d - 1]).join(',');
    for (const span of rule.spans) {
      for (const season of seasons) {
        const key = `${ownerKey}/${byday}/${span.from}-${span.to}/${season.from}`;
        if (schedules.has(key)) continue;
        schedules.set(
          key,
          prune({
            id: stableUuid('schedule', key),
            ...owner,
            valid_from: season.from,
            valid_to: season.to,
            timezone: season.offset,
            freq: 'WEEKLY' as const,
            byday,
            opens_at: withOffset(span.from, season.offset),
            closes_at: withOffset(span.to, season.offset),
            ...common,
          }),
        );
      }
    }
  }
  if (schedules.size === 0 && (common.description || common.attending_type)) {
    const key = `${ownerKey}/note`;
    schedules.set(key, prune({ id: stableUuid('schedule', key), ...owner, ...common }));
  }
  return [...schedules.values()];
}

// HSDS requires postal_code; ours is often unknown. The empty string then means "not stated", and
// the location's description says so, as it does when the address is an example (isExample).
function addressNote(l: Location): string | undefined {
  const notes = [
    anyExample(l, ['street', 'postcode', 'lat', 'lon']) ? 'Het adres is een voorbeeld, niet uit een bron.' : '',
    l.postcode ? '' : 'De postcode is niet bekend.',
  ].filter(Boolean);
  return notes.length ? notes.join(' ') : undefined;
}

function buildLocation(site: Site, rec: Entry<Location>): HsdsLocation {
  const uuid = stableUuid('location', rec.id);
  const l = rec.data;
  const village = villageById(site, l.village);
  if (!village) {
    throw new Error(
      `HSDS-export: locatie "${rec.id}" ligt in dorp "${l.village}", maar die staat niet in content/site.yaml`,
    );
  }
  return prune({
    id: uuid,
    location_type: 'physical' as const,
    name: l.name,
    latitude: l.lat,
    longitude: l.lon,
    description: addressNote(l),
    addresses: [
      {
        id: stableUuid('address', `location/${rec.id}`),
        location_id: uuid,
        address_1: l.street,
        city: village.name,
        state_province: site.province ?? '',
        postal_code: l.postcode ? formatPostcode(l.postcode) : '',
        country: 'NL' as const,
        address_type: 'physical' as const,
      },
    ],
    accessibility: l.wheelchair
      ? [
          {
            id: stableUuid('accessibility', `location/${rec.id}`),
            location_id: uuid,
            description: WHEELCHAIR_TEXT[l.wheelchair],
          },
        ]
      : undefined,
    attributes: exampleAttributes('location', rec.id, uuid, l),
  });
}

function buildOrganizationCore(rec: Entry<Organisation>, locations: HsdsLocation[]): HsdsOrganizationCore {
  const uuid = stableUuid('organization', rec.id);
  const o = rec.data;
  return prune({
    id: uuid,
    name: o.name,
    description: o.about,
    email: o.email,
    website: o.website,
    phones: phonesFor('organization', rec.id, uuid, o),
    locations,
    attributes: exampleAttributes('organization', rec.id, uuid, o),
    metadata: metadataFor('organization', uuid, o.checked),
  });
}

/** The service at each of its locations; its hours hang here when it has exactly one. */
function serviceAtLocationsFor(
  rec: Entry<Service>,
  uuid: string,
  locationsById: Map<string, HsdsLocation>,
  seasons: ClockSeason[],
): HsdsServiceAtLocation[] {
  const s = rec.data;
  return s.locations.map((locationId) => {
    const location = locationsById.get(locationId);
    if (!location)
      throw new Error(`HSDS-export: dienst "${rec.id}" noemt locatie "${locationId}", maar die bestaat niet`);
    const salId = stableUuid('service_at_location', `${rec.id}/${locationId}`);
    return prune({
      id: salId,
      service_id: uuid,
      location_id: location.id,
      description: s.wheelchair ? WHEELCHAIR_TEXT[s.wheelchair] : undefined,
      schedules: s.locations.length === 1 ? schedulesFor(s, { service_at_location_id: salId }, seasons) : undefined,
      location,
    });
  });
}

/** The villages a service is for, or the whole municipality when it names none. */
function serviceAreasFor(site: Site, rec: Entry<Service>, uuid: string): HsdsServiceArea[] {
  const villages = rec.data.villages ?? [];
  if (villages.length === 0) {
    return [
      { id: stableUuid('service_area', `${rec.id}/gemeente`), service_id: uuid, name: `Gemeente ${site.municipality}` },
    ];
  }
  return villages.map((villageId) => {
    const village = villageById(site, villageId);
    if (!village)
      throw new Error(
        `HSDS-export: dienst "${rec.id}" noemt dorp "${villageId}", maar die staat niet in content/site.yaml`,
      );
    return { id: stableUuid('service_area', `${rec.id}/${villageId}`), service_id: uuid, name: village.name };
  });
}

/** One attribute per theme and per group of the service, each linking a taxonomy term. */
function attributesFor(rec: Entry<Service>, uuid: string, terms: Map<string, HsdsTaxonomyTerm>): HsdsAttribute[] {
  const s = rec.data;
  const attributes: HsdsAttribute[] = [];
  for (const [def, codes] of [
    [TAXONOMY_DEFS[0], s.themes],
    [TAXONOMY_DEFS[1], s.groups ?? []],
  ] as const) {
    for (const code of codes) {
      const term = terms.get(`${def.name}/${code}`);
      if (!term) throw new Error(`HSDS-export: dienst "${rec.id}": onbekende term "${code}" in ${def.name}`);
      attributes.push({
        id: stableUuid('attribute', `service/${rec.id}/${def.name}/${code}`),
        link_id: uuid,
        link_entity: 'service',
        link_type: def.linkType,
        taxonomy_term_id: term.id,
        taxonomy_term: term,
      });
    }
  }
  return attributes;
}

/** Free is an amount of 0 euro; otherwise only the editor's note on the cost, never a guessed amount. */
function costOptionFor(rec: Entry<Service>, uuid: string): HsdsCostOption {
  const s = rec.data;
  return s.free
    ? prune({
        id: stableUuid('cost_option', `${rec.id}/free`),
        service_id: uuid,
        currency: 'EUR' as const,
        amount: 0,
        amount_description: s.cost_note,
      })
    : prune({ id: stableUuid('cost_option', `${rec.id}/paid`), service_id: uuid, amount_description: s.cost_note });
}

/** The languages the service is given in, named in English as HSDS examples are. */
function languagesFor(rec: Entry<Service>, uuid: string): HsdsLanguage[] {
  return rec.data.languages.map((code) => ({
    id: stableUuid('language', `service/${rec.id}/${code}`),
    service_id: uuid,
    name: languageNames.of(code) ?? code,
    code,
  }));
}

/** What to bring, as one required document (our content has it as one text). */
function requiredDocumentsFor(rec: Entry<Service>, uuid: string): HsdsRequiredDocument[] | undefined {
  const { bring } = rec.data;
  return bring
    ? [{ id: stableUuid('required_document', `${rec.id}/bring`), service_id: uuid, document: bring }]
    : undefined;
}

/** A service without its organisation: the steps above, put together in HSDS's field order. */
/**
 * The activities of an activity-type service (its id is the activity's, or the start of it) as
 * schedules with a `schedule_link` to each activity's page, where every date and time stands.
 */
function activitySchedulesFor(
  rec: Entry<Service>,
  uuid: string,
  activities: NonNullable<HsdsInput['activities']>,
): HsdsSchedule[] {
  return activities
    .filter((a) => a.id === rec.id || a.id.startsWith(`${rec.id}-`))
    .map((a) => ({
      id: stableUuid('schedule', `service/${uuid}/activity/${a.id}`),
      service_id: uuid,
      schedule_link: a.url,
      description: `${a.title}: de datums en tijden staan op deze pagina van de agenda`,
    }));
}

/** What every service needs from the export as a whole. */
interface ServiceContext {
  locationsById: Map<string, HsdsLocation>;
  terms: Map<string, HsdsTaxonomyTerm>;
  seasons: ClockSeason[];
  activities: NonNullable<HsdsInput['activities']>;
}

function buildServiceCore(site: Site, rec: Entry<Service>, ctx: ServiceContext): HsdsServiceCore {
  const { locationsById, terms, seasons } = ctx;
  const uuid = stableUuid('service', rec.id);
  const s = rec.data;
  // In this order, so the first broken reference in a service is the one reported.
  const serviceAtLocations = serviceAtLocationsFor(rec, uuid, locationsById, seasons);
  const serviceAreas = serviceAreasFor(site, rec, uuid);
  const attributes = [...attributesFor(rec, uuid, terms), ...exampleAttributes('service', rec.id, uuid, s)];
  const schedules = [
    ...(s.locations.length === 1 ? [] : schedulesFor(s, { service_id: uuid }, seasons)),
    ...activitySchedulesFor(rec, uuid, ctx.activities),
  ];
  return prune({
    id: uuid,
    organization_id: stableUuid('organization', s.organisation),
    name: s.title,
    description: s.description,
    url: s.website,
    email: s.email,
    status: 'active' as const,
    application_process: s.how,
    fees_description: s.cost_note,
    minimum_age: s.age_min,
    maximum_age: s.age_max,
    assured_date: realCheck(s.checked)?.date,
    phones: phonesFor('service', rec.id, uuid, s),
    schedules,
    service_areas: serviceAreas,
    service_at_locations: serviceAtLocations,
    languages: languagesFor(rec, uuid),
    cost_options: [costOptionFor(rec, uuid)],
    required_documents: requiredDocumentsFor(rec, uuid),
    attributes,
    metadata: metadataFor('service', uuid, s.checked),
  });
}

// ---------------------------------------------------------------------------------------------
// The export

/**
 * The whole sociale kaart as HSDS 3.1 (see the file comment for the shape of each list).
 * Every list is sorted by our file name, so the output depends only on the content, never on
 * the order files were read in. Throws when a service names an organisation, location or
 * village that does not exist (the content loader reports those to editors first).
 */
export function buildHsds(input: HsdsInput): HsdsExport {
  const { site } = input;
  const { taxonomies, terms } = buildTaxonomies();

  const locationRecs = [...input.locations].sort(byId);
  const locationsById = new Map(locationRecs.map((rec) => [rec.id, buildLocation(site, rec)]));
  const orgIds = new Set(input.organisations.map((o) => o.id));

  const day = input.generatedAt.toISOString().slice(0, 10);
  const ctx: ServiceContext = {
    locationsById,
    terms,
    seasons: clockSeasons(day, input.until ?? feedHorizon(day)),
    activities: [...(input.activities ?? [])].sort(byId),
  };
  const serviceRecs = [...input.services].sort(byId);
  const servicesByOrg = new Map<string, { rec: Entry<Service>; core: HsdsServiceCore }[]>();
  for (const rec of serviceRecs) {
    if (!orgIds.has(rec.data.organisation)) {
      throw new Error(
        `HSDS-export: dienst "${rec.id}" hoort bij organisatie "${rec.data.organisation}", maar die bestaat niet`,
      );
    }
    const core = buildServiceCore(site, rec, ctx);
    servicesByOrg.set(rec.data.organisation, [...(servicesByOrg.get(rec.data.organisation) ?? []), { rec, core }]);
  }

  const organizations: HsdsOrganization[] = [];
  const orgCores = new Map<string, HsdsOrganizationCore>();
  for (const rec of [...input.organisations].sort(byId)) {
    const own = servicesByOrg.get(rec.id) ?? [];
    const locationIds = [...new Set(own.flatMap((s) => s.rec.data.locations))].sort();
    const core = buildOrganizationCore(
      rec,
      locationIds.map((id) => locationsById.get(id)!),
    );
    orgCores.set(rec.id, core);
    organizations.push({ ...core, services: own.map((s) => s.core) });
  }

  const services: HsdsService[] = serviceRecs.map((rec) => {
    const core = [...(servicesByOrg.get(rec.data.organisation) ?? [])].find((s) => s.rec.id === rec.id)!.core;
    return { ...core, organization: orgCores.get(rec.data.organisation)! };
  });

  const locations = [...locationsById.values()];
  const taxonomyTerms = [...terms.values()];

  const meta: HsdsMeta = {
    version: '3.1',
    generated_at: input.generatedAt.toISOString(),
    title: `Thuis in ${site.municipality}`,
    site_url: site.site_url,
    example_data: site.example_data,
    language: 'nl',
    timezone: TIME_ZONE,
    files: {
      'organizations.json': organizations.length,
      'services.json': services.length,
      'locations.json': locations.length,
      'taxonomies.json': taxonomies.length,
      'taxonomy_terms.json': taxonomyTerms.length,
    },
  };

  return { organizations, services, locations, taxonomies, taxonomy_terms: taxonomyTerms, meta };
}

/**
 * File name (under `data/hsds/`) → content, ready for `JSON.stringify`. The HSDS schema file
 * each list validates against has the singular name: `organizations.json` → `organization.json`.
 */
export function hsdsFiles(exp: HsdsExport): Record<string, unknown> {
  return {
    'index.json': exp.meta,
    'organizations.json': hsdsPage(exp.organizations),
    'services.json': hsdsPage(exp.services),
    'locations.json': hsdsPage(exp.locations),
    'taxonomies.json': hsdsPage(exp.taxonomies),
    'taxonomy_terms.json': hsdsPage(exp.taxonomy_terms),
  };
}

/** HSDS's API `Page` (openapi.json, components.schemas.Page) holding a whole list as its one page. */
interface HsdsPage<T> {
  total_items: number;
  total_pages: 1;
  page_number: 1;
  size: number;
  first_page: true;
  last_page: true;
  empty: boolean;
  contents: T[];
}

/**
 * A list in the form of HSDS's API responses (`GET /services` …): one page with everything. Of
 * HSDS's two published forms this one keeps the nested objects (a service with its organisation,
 * locations and schedules in one item), which the tabular datapackage would split into CSV tables
 * that a consumer must join again.
 */
function hsdsPage<T>(items: T[]): HsdsPage<T> {
  return {
    total_items: items.length,
    total_pages: 1,
    page_number: 1,
    size: items.length,
    first_page: true,
    last_page: true,
    empty: items.length === 0,
    contents: items,
  };
}
