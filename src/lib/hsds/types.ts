/**
 * The shapes of the HSDS 3.1 export (see `build.ts` for what goes in each file): the subset of
 * Open Referral HSDS 3.1 that this project fills, with HSDS's own field names. Written by hand
 * for readable types; tests/unit/hsds/types.test.ts checks every field of every type against the
 * vendored schemas in `vendor/hsds-3.1/schema/`, so a field the schema does not know is a failing
 * test, not a silent extra in the open data.
 */
import type { Entry } from '../content/types.ts';
import type { Location } from '../../schemas/location.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Service } from '../../schemas/service.ts';
import type { Site } from '../../schemas/site.ts';
import type { TIME_ZONE } from '../dates.ts';

// ---------------------------------------------------------------------------------------------
// Input

export interface HsdsInput {
  site: Site;
  organisations: Entry<Organisation>[];
  services: Entry<Service>[];
  locations: Entry<Location>[];
  /** When the export was made: goes into {@link HsdsMeta}, so the same input gives the same output. */
  generatedAt: Date;
  /**
   * The activities of the agenda, with their page: a service whose id the activity's id equals or
   * starts with ("koffie-en-taal" → "koffie-en-taal-dalfsen") gets a schedule linking each page.
   */
  activities?: { id: string; title: string; url: string }[];
  /** Last date the opening-hour schedules are written for (from the generation date); default a year and a day ahead. */
  until?: string;
}

// ---------------------------------------------------------------------------------------------
// Output: the subset of HSDS 3.1 this export fills. Field names are HSDS's.

export interface HsdsMetadata {
  id: string;
  resource_id: string;
  resource_type: 'organization' | 'service';
  last_action_date: string;
  last_action_type: 'verified';
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: 'nl';
}

/**
 * A theme or group of a service (with its taxonomy term), or a flag that a field's value is an
 * example (`link_type: "example_value"`, `value`: the field's name, no term).
 */
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'service' | 'organization' | 'location';
  link_type: string;
  taxonomy_term_id?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
  value?: string;
  label?: string;
}

export interface HsdsPhone {
  id: string;
  organization_id?: string;
  service_id?: string;
  number: string;
  type?: 'voice';
  description?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  /** First and last date this schedule holds: one clock season (winter or summer time). */
  valid_from?: string;
  valid_to?: string;
  /** The UTC offset in hours (1 in winter, 2 in summer) of the season; HSDS reads dates without one as UTC. */
  timezone?: number;
  freq?: 'WEEKLY';
  byday?: string;
  /** "09:00+01:00": local time with the season's offset. */
  opens_at?: string;
  closes_at?: string;
  /** For activities: their page, with every date and time. */
  schedule_link?: string;
  description?: string;
  attending_type?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: 'NL';
  address_type: 'physical';
}

export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical';
  name: string;
  latitude: number;
  longitude: number;
  /** Says so when the address is an example (isExample) or has no postcode: never an empty string read as a fact. */
  description?: string;
  addresses: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
  attributes?: HsdsAttribute[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  schedules?: HsdsSchedule[];
  location: HsdsLocation;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
}

export interface HsdsCostOption {
  id: string;
  service_id: string;
  currency?: 'EUR';
  amount?: number;
  amount_description?: string;
}

export interface HsdsRequiredDocument {
  id: string;
  service_id: string;
  document: string;
}

/** An organisation as in HSDS's `organization.json`, without the services the API may add. */
export interface HsdsOrganizationCore {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  phones?: HsdsPhone[];
  locations?: HsdsLocation[];
  attributes?: HsdsAttribute[];
  /** Left out for an entry nobody has checked yet (`checked: evaluatie-2019`). */
  metadata?: HsdsMetadata[];
}

/** A service as in HSDS's `service.json`, without its nested organisation. */
export interface HsdsServiceCore {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  application_process?: string;
  fees_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  /** Left out for an entry nobody has checked yet. */
  assured_date?: string;
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  required_documents?: HsdsRequiredDocument[];
  attributes: HsdsAttribute[];
  /** Left out for an entry nobody has checked yet (`checked: evaluatie-2019`). */
  metadata?: HsdsMetadata[];
}

/** An item of `organizations.json`. */
export interface HsdsOrganization extends HsdsOrganizationCore {
  services: HsdsServiceCore[];
}

/** An item of `services.json`. */
export interface HsdsService extends HsdsServiceCore {
  organization: HsdsOrganizationCore;
}

/** `index.json`: what a consumer needs to know about the files before reading them. */
export interface HsdsMeta {
  /** HSDS version the files follow. */
  version: '3.1';
  /** ISO date-time of the build. */
  generated_at: string;
  title: string;
  site_url: string;
  /** True while the content is example data (site.yaml `example_data`): do not rely on it. */
  example_data: boolean;
  /** Language of all free text. */
  language: 'nl';
  /**
   * The zone of the site's times. Schedules carry it as HSDS can: one schedule per clock season
   * (`valid_from`/`valid_to`), with `timezone` (the UTC offset) and `opens_at` like "09:00+01:00".
   */
  timezone: typeof TIME_ZONE;
  /** File name → number of items. */
  files: Record<string, number>;
}

export interface HsdsExport {
  organizations: HsdsOrganization[];
  services: HsdsService[];
  locations: HsdsLocation[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
  meta: HsdsMeta;
}
