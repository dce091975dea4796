/**
 * The types of src/lib/hsds/types.ts against the vendored HSDS 3.1 schemas: every field a type
 * can emit is a property of the schema it stands for, and a field holding another HSDS object
 * refers to that object's schema. The key tables are `satisfies Record<keyof T, …>`, so adding a
 * field to a type without adding it here is a type error, and a field the schema lacks fails here.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type {
  HsdsAccessibility,
  HsdsAddress,
  HsdsAttribute,
  HsdsCostOption,
  HsdsLanguage,
  HsdsLocation,
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
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from '../../../src/lib/hsds/types.ts';

const SCHEMA_DIR = resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'vendor/hsds-3.1/schema');

interface SchemaProperty {
  $ref?: string;
  items?: { $ref?: string };
}
function properties(file: string): Record<string, SchemaProperty> {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')).properties;
}

/** A field: `true` for a plain value, or the schema file of the HSDS object(s) it holds. */
type Field = true | `${string}.json`;
type Fields<T> = Record<keyof T, Field>;

const TYPES: { name: string; schema: string; fields: Record<string, Field> }[] = [
  {
    name: 'HsdsMetadata',
    schema: 'metadata.json',
    fields: {
      id: true,
      resource_id: true,
      resource_type: true,
      last_action_date: true,
      last_action_type: true,
      field_name: true,
      previous_value: true,
      replacement_value: true,
      updated_by: true,
    } satisfies Fields<HsdsMetadata>,
  },
  {
    name: 'HsdsTaxonomy',
    schema: 'taxonomy.json',
    fields: { id: true, name: true, description: true } satisfies Fields<HsdsTaxonomy>,
  },
  {
    name: 'HsdsTaxonomyTerm',
    schema: 'taxonomy_term.json',
    fields: {
      id: true,
      code: true,
      name: true,
      description: true,
      taxonomy: true,
      taxonomy_id: true,
      taxonomy_detail: 'taxonomy.json',
      language: true,
    } satisfies Fields<HsdsTaxonomyTerm>,
  },
  {
    name: 'HsdsAttribute',
    schema: 'attribute.json',
    fields: {
      id: true,
      link_id: true,
      link_entity: true,
      link_type: true,
      taxonomy_term_id: true,
      taxonomy_term: 'taxonomy_term.json',
      value: true,
      label: true,
    } satisfies Fields<HsdsAttribute>,
  },
  {
    name: 'HsdsPhone',
    schema: 'phone.json',
    fields: {
      id: true,
      organization_id: true,
      service_id: true,
      number: true,
      type: true,
      description: true,
    } satisfies Fields<HsdsPhone>,
  },
  {
    name: 'HsdsLanguage',
    schema: 'language.json',
    fields: { id: true, service_id: true, name: true, code: true } satisfies Fields<HsdsLanguage>,
  },
  {
    name: 'HsdsSchedule',
    schema: 'schedule.json',
    fields: {
      id: true,
      service_id: true,
      service_at_location_id: true,
      valid_from: true,
      valid_to: true,
      timezone: true,
      freq: true,
      byday: true,
      opens_at: true,
      closes_at: true,
      schedule_link: true,
      description: true,
      attending_type: true,
    } satisfies Fields<HsdsSchedule>,
  },
  {
    name: 'HsdsAddress',
    schema: 'address.json',
    fields: {
      id: true,
      location_id: true,
      address_1: true,
      city: true,
      state_province: true,
      postal_code: true,
      country: true,
      address_type: true,
    } satisfies Fields<HsdsAddress>,
  },
  {
    name: 'HsdsAccessibility',
    schema: 'accessibility.json',
    fields: { id: true, location_id: true, description: true } satisfies Fields<HsdsAccessibility>,
  },
  {
    name: 'HsdsLocation',
    schema: 'location.json',
    fields: {
      id: true,
      location_type: true,
      name: true,
      latitude: true,
      longitude: true,
      description: true,
      addresses: 'address.json',
      accessibility: 'accessibility.json',
      attributes: 'attribute.json',
    } satisfies Fields<HsdsLocation>,
  },
  {
    name: 'HsdsServiceAtLocation',
    schema: 'service_at_location.json',
    fields: {
      id: true,
      service_id: true,
      location_id: true,
      description: true,
      schedules: 'schedule.json',
      location: 'location.json',
    } satisfies Fields<HsdsServiceAtLocation>,
  },
  {
    name: 'HsdsServiceArea',
    schema: 'service_area.json',
    fields: { id: true, service_id: true, name: true } satisfies Fields<HsdsServiceArea>,
  },
  {
    name: 'HsdsCostOption',
    schema: 'cost_option.json',
    fields: {
      id: true,
      service_id: true,
      currency: true,
      amount: true,
      amount_description: true,
    } satisfies Fields<HsdsCostOption>,
  },
  {
    name: 'HsdsRequiredDocument',
    schema: 'required_document.json',
    fields: { id: true, service_id: true, document: true } satisfies Fields<HsdsRequiredDocument>,
  },
  {
    name: 'HsdsOrganizationCore',
    schema: 'organization.json',
    fields: {
      id: true,
      name: true,
      description: true,
      email: true,
      website: true,
      phones: 'phone.json',
      locations: 'location.json',
      attributes: 'attribute.json',
      metadata: 'metadata.json',
    } satisfies Fields<HsdsOrganizationCore>,
  },
  {
    name: 'HsdsServiceCore',
    schema: 'service.json',
    fields: {
      id: true,
      organization_id: true,
      name: true,
      description: true,
      url: true,
      email: true,
      status: true,
      application_process: true,
      fees_description: true,
      minimum_age: true,
      maximum_age: true,
      assured_date: true,
      phones: 'phone.json',
      schedules: 'schedule.json',
      service_areas: 'service_area.json',
      service_at_locations: 'service_at_location.json',
      languages: 'language.json',
      cost_options: 'cost_option.json',
      required_documents: 'required_document.json',
      attributes: 'attribute.json',
      metadata: 'metadata.json',
    } satisfies Fields<HsdsServiceCore>,
  },
];

describe('HSDS types against the vendored HSDS 3.1 schemas', () => {
  for (const type of TYPES) {
    it(`every field of ${type.name} is a property of ${type.schema}, nested objects with the right $ref`, () => {
      const props = properties(type.schema);
      const problems = Object.entries(type.fields).flatMap(([field, kind]) => {
        const prop = props[field];
        if (!prop) return [`${field}: not in ${type.schema}`];
        const ref = prop.$ref ?? prop.items?.$ref;
        if (kind === true && ref)
          return [`${field}: ${type.schema} has an object (${ref}) here, the type a plain value`];
        if (kind !== true && ref !== kind)
          return [`${field}: ${type.schema} refers to ${ref ?? 'no schema'}, the type to ${kind}`];
        return [];
      });
      expect(problems).toEqual([]);
    });
  }

  it('the two fully nested items add only what the HSDS API adds: services to an organisation, the organisation to a service', () => {
    const organization = { services: 'service.json' } satisfies Fields<
      Omit<HsdsOrganization, keyof HsdsOrganizationCore>
    >;
    const service = { organization: 'organization.json' } satisfies Fields<Omit<HsdsService, keyof HsdsServiceCore>>;
    expect(Object.keys(properties('organization.json'))).not.toContain('services');
    expect(properties('service.json').organization?.$ref).toBe(service.organization);
    expect(organization.services).toBe('service.json');
  });
});
