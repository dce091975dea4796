/**
 * The open-data export (src/lib/hsds/build.ts) against the Open Referral HSDS 3.1 JSON schemas in
 * vendor/hsds-3.1/schema/, on fixtures made here and on the real content as the project's loader
 * reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { buildHsds, hsdsFiles } from '../../../src/lib/hsds/build.ts';
import { loadContent } from '../../../src/lib/content.ts';
import { amsterdamToUtc } from '../../../src/lib/time-zone.ts';
import { parseHoursLine } from '../../../src/schemas/hours.ts';
import { stableUuid } from '../../../src/lib/hsds/ids.ts';
import type { Entry } from '../../../src/lib/content.ts';
import type { HsdsAttribute, HsdsExport, HsdsInput, HsdsTaxonomyTerm } from '../../../src/lib/hsds/types.ts';
import { locationSchema, type Location } from '../../../src/schemas/location.ts';
import { organisationSchema, type Organisation } from '../../../src/schemas/organisation.ts';
import { serviceSchema, type Service } from '../../../src/schemas/service.ts';
import { siteSchema, type Site } from '../../../src/schemas/site.ts';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SCHEMA_DIR = resolve(ROOT, 'vendor/hsds-3.1/schema');

// ---------------------------------------------------------------------------------------------
// Schemas. The files declare no $schema (so draft-07, ajv's default) and no $id; they refer to
// each other by file name ("$ref": "phone.json"), so each is registered under its file name.
// openapi.json is an OpenAPI document, not a JSON schema. strict: false because the files
// carry their own keywords (name, core, constraints, datapackage_type …).

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(SCHEMA_DIR).filter((f: string) => f.endsWith('.json') && f !== 'openapi.json')) {
  ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')), file);
}
function validator(file: string): ValidateFunction {
  const fn = ajv.getSchema(file);
  if (!fn) throw new Error(`schema ${file} not loaded from ${SCHEMA_DIR}`);
  return fn;
}

/** Validates each item; the failure message lists ajv's errors per item. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the items are HSDS objects of any of the export's types
function expectValid(file: string, items: unknown[], label: (item: any) => string = (i) => i.name ?? i.id) {
  const validate = validator(file);
  const failures: string[] = [];
  for (const item of items) {
    if (!validate(item)) failures.push(`${label(item)}: ${ajv.errorsText(validate.errors, { separator: '\n    ' })}`);
  }
  expect(failures, `not valid against ${file}:\n${failures.join('\n')}`).toEqual([]);
}

/** Every list of the export against its schema, including the services nested in organisations. */
function expectExportValid(exp: HsdsExport) {
  expectValid('organization.json', exp.organizations);
  expectValid('service.json', exp.services);
  expectValid(
    'service.json',
    exp.organizations.flatMap((o) => o.services),
  );
  expectValid('location.json', exp.locations);
  expectValid('taxonomy.json', exp.taxonomies);
  expectValid('taxonomy_term.json', exp.taxonomy_terms);
}

/** Every object with an `id` in the tree, with the key it sits under. */
function objectsWithId(value: unknown, under = '', out: { under: string; obj: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) for (const v of value) objectsWithId(v, under, out);
  else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.id === 'string') out.push({ under, obj });
    for (const [k, v] of Object.entries(obj)) objectsWithId(v, k, out);
  }
  return out;
}
const scalars = (obj: Record<string, unknown>) =>
  JSON.stringify(Object.fromEntries(Object.entries(obj).filter(([, v]) => v === null || typeof v !== 'object')));

// ---------------------------------------------------------------------------------------------
// Fixtures: two organisations, three services, two locations, through the real zod schemas.

const site: Site = siteSchema.parse({
  municipality: 'Dalfsen',
  site_url: 'https://thuisindalfsen.nl',
  repository: 'https://github.com/thuis-in/dalfsen',
  editor_email: 'redactie@thuisindalfsen.nl',
  example_data: true,
  holiday_region: 'noord',
  villages: [
    { id: 'dalfsen', name: 'Dalfsen', lat: 52.5076, lon: 6.259 },
    { id: 'nieuwleusen', name: 'Nieuwleusen', lat: 52.5817, lon: 6.281 },
  ],
});

const rec = <T>(id: string, data: T): Entry<T> => ({ id, file: `${id}.yaml`, data, translations: {} });

const organisations: Entry<Organisation>[] = [
  rec(
    'saam-welzijn',
    organisationSchema.parse({
      name: 'Saam Welzijn',
      website: 'https://www.saamwelzijn.nl',
      email: 'info@saamwelzijn.nl',
      phone: '0529 43 83 83',
      whatsapp: '06 12 34 56 78',
      checked: { date: '2026-03-01', by: 'Redactie Thuis in' },
      source: 'voorbeeld',
      about: 'Welzijnsorganisatie in de gemeente Dalfsen.',
    }),
  ),
  rec(
    'vluchtelingenwerk',
    organisationSchema.parse({
      name: 'VluchtelingenWerk',
      checked: { date: '2026-02-15', by: 'A. de Vries' },
      source: 'voorbeeld',
      about: 'Begeleidt statushouders bij hun start in de gemeente.',
    }),
  ),
];

const locations: Entry<Location>[] = [
  rec(
    'kulturhus-nieuwleusen',
    locationSchema.parse({
      name: 'Kulturhus Nieuwleusen',
      street: 'Burgemeester Backxlaan 113',
      postcode: '7711AD',
      village: 'nieuwleusen',
      lat: 52.5804,
      lon: 6.2836,
      wheelchair: 'ja',
      source: 'voorbeeld',
    }),
  ),
  rec(
    'gemeentehuis',
    locationSchema.parse({
      name: 'Gemeentehuis Dalfsen',
      street: 'Wijheseweg 1',
      village: 'dalfsen',
      lat: 52.5069,
      lon: 6.2587,
      wheelchair: 'deels',
      source: 'voorbeeld',
    }),
  ),
];

const services: Entry<Service>[] = [
  rec(
    'taalcafe',
    serviceSchema.parse({
      organisation: 'saam-welzijn',
      locations: ['kulturhus-nieuwleusen'],
      themes: ['taal', 'ontmoeten'],
      groups: ['vrouwen'],
      languages: ['nl', 'ar', 'ti'],
      free: true,
      hours: ['ma-vr 09:00-17:00', 'wo 19:00-21:00'],
      checked: { date: '2026-03-02', by: 'Redactie Thuis in' },
      source: 'voorbeeld',
      title: 'Taalcafé',
      summary: 'Nederlands oefenen met anderen.',
      description: 'Elke week oefent u Nederlands met vrijwilligers.',
      how: 'Kom gewoon langs.',
    }),
  ),
  rec(
    'formulierenhulp',
    serviceSchema.parse({
      organisation: 'saam-welzijn',
      locations: ['kulturhus-nieuwleusen', 'gemeentehuis'],
      themes: ['geld'],
      villages: ['dalfsen', 'nieuwleusen'],
      languages: ['nl', 'en'],
      free: false,
      cost_note: '€ 5 per keer; met Meedoenpas gratis',
      hours: ['di, do 13:00-16:00', 'wo 09:00-12:00, 13:00-16:30'],
      by_appointment: true,
      hours_note: 'ook op afspraak',
      wheelchair: 'nee',
      phone: '088 123 45 67',
      email: 'formulieren@saamwelzijn.nl',
      website: 'https://www.saamwelzijn.nl/formulieren',
      age_min: 18,
      checked: { date: '2026-01-10', by: 'Redactie Thuis in' },
      source: 'voorbeeld',
      title: 'Hulp bij formulieren',
      summary: 'Hulp bij brieven en formulieren.',
      description: 'Vrijwilligers helpen met brieven van de gemeente en de Belastingdienst.',
      bring: 'Uw brieven en uw ID-bewijs.',
    }),
  ),
  rec(
    'maatschappelijke-begeleiding',
    serviceSchema.parse({
      organisation: 'vluchtelingenwerk',
      themes: ['wonen', 'recht'],
      languages: ['nl', 'ar', 'fa'],
      free: true,
      phone: '0800 1234',
      age_min: 18,
      age_max: 67,
      checked: { date: '2026-02-16', by: 'A. de Vries' },
      source: 'voorbeeld',
      title: 'Maatschappelijke begeleiding',
      summary: 'Begeleiding in de eerste jaren.',
      description: 'Een begeleider helpt u thuis met wonen, geld en regels.',
    }),
  ),
];

const input: HsdsInput = { site, organisations, services, locations, generatedAt: new Date('2026-04-01T10:00:00Z') };
const exp = buildHsds(input);
const service = (id: string) => exp.services.find((s) => s.id === stableUuid('service', id))!;
const organization = (id: string) => exp.organizations.find((o) => o.id === stableUuid('organization', id))!;
const location = (id: string) => exp.locations.find((l) => l.id === stableUuid('location', id))!;

// ---------------------------------------------------------------------------------------------

describe('HSDS export of the fixtures', () => {
  it('every exported organization, service and location validates against the HSDS 3.1 schemas', () => {
    expectExportValid(exp);
  });

  it('every input organisation is in organizations.json, once', () => {
    expect(exp.organizations.map((o) => o.id).sort()).toEqual(
      organisations.map((o) => stableUuid('organization', o.id)).sort(),
    );
  });

  it('every input service is in services.json and nested in its organisation', () => {
    expect(exp.services.map((s) => s.id).sort()).toEqual(services.map((s) => stableUuid('service', s.id)).sort());
    for (const s of services) {
      expect(organization(s.data.organisation).services.map((x) => x.id)).toContain(stableUuid('service', s.id));
      expect(service(s.id).organization.id).toBe(stableUuid('organization', s.data.organisation));
    }
  });

  it('every input location is in locations.json', () => {
    expect(exp.locations.map((l) => l.id).sort()).toEqual(locations.map((l) => stableUuid('location', l.id)).sort());
  });

  it('uuids are stable across two runs, whatever the input order', () => {
    const again = buildHsds({
      ...input,
      organisations: [...organisations].reverse(),
      services: [...services].reverse(),
      locations: [...locations].reverse(),
    });
    expect(again).toEqual(exp);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exp));
  });

  it('uuids are unique: no two things share one, and one thing has the same uuid wherever it is nested', () => {
    const top = [...exp.organizations, ...exp.services, ...exp.locations].map((x) => x.id);
    expect(new Set(top).size).toBe(top.length);
    const seen = new Map<string, string>();
    for (const { obj } of objectsWithId(hsdsFiles(exp))) {
      const fingerprint = scalars(obj);
      const id = obj.id as string;
      if (seen.has(id)) expect(fingerprint, `uuid ${id} names two different things`).toBe(seen.get(id));
      else seen.set(id, fingerprint);
    }
    expect(seen.size).toBeGreaterThan(40);
  });

  it('a schedule from "ma-vr 09:00-17:00" has byday MO,TU,WE,TH,FR and opens_at 09:00 with the season’s UTC offset', () => {
    const sal = service('taalcafe').service_at_locations![0];
    const schedules = sal.schedules!.filter((s) => s.byday === 'MO,TU,WE,TH,FR');
    // Generated 2026-04-01 (summer time), a year and a day ahead: summer, winter, summer again.
    expect(schedules.map((s) => [s.valid_from, s.valid_to, s.timezone, s.opens_at, s.closes_at])).toEqual([
      ['2026-04-01', '2026-10-24', 2, '09:00+02:00', '17:00+02:00'],
      ['2026-10-25', '2027-03-27', 1, '09:00+01:00', '17:00+01:00'],
      ['2027-03-28', '2027-04-02', 2, '09:00+02:00', '17:00+02:00'],
    ]);
    expect(schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', service_at_location_id: sal.id });
  });

  it('one schedule per time span and set of days; on the service when it is at several locations', () => {
    const s = service('formulierenhulp');
    expect(s.service_at_locations!.every((sal) => sal.schedules === undefined)).toBe(true);
    const summer = s.schedules!.filter((x) => x.valid_from === '2026-04-01');
    expect(summer.map((x) => [x.byday, x.opens_at, x.closes_at, x.service_id])).toEqual([
      ['TU,TH', '13:00+02:00', '16:00+02:00', s.id],
      ['WE', '09:00+02:00', '12:00+02:00', s.id],
      ['WE', '13:00+02:00', '16:30+02:00', s.id],
    ]);
    expect(s.schedules).toHaveLength(3 * 3);
    expect(s.schedules!.every((x) => x.description === 'ook op afspraak' && x.attending_type === 'op afspraak')).toBe(
      true,
    );
    expect(service('maatschappelijke-begeleiding').schedules).toBeUndefined();
  });

  it('phones are E.164 where they can be dialled from abroad, and as written where not', () => {
    expect(organization('saam-welzijn').phones).toEqual([
      expect.objectContaining({ number: '+31529438383', type: 'voice' }),
      expect.objectContaining({ number: '+31612345678', description: 'WhatsApp' }),
    ]);
    expect(service('formulierenhulp').phones![0].number).toBe('+31881234567');
    expect(service('maatschappelijke-begeleiding').phones![0].number).toBe('0800 1234');
  });

  it('languages are language objects with the ISO code and the English name', () => {
    expect(service('taalcafe').languages.map((l) => [l.code, l.name])).toEqual([
      ['nl', 'Dutch'],
      ['ar', 'Arabic'],
      ['ti', 'Tigrinya'],
    ]);
  });

  it('addresses use the village name as city and NL as country; unknown required parts are empty, not guessed', () => {
    expect(location('kulturhus-nieuwleusen').addresses).toEqual([
      expect.objectContaining({
        address_1: 'Burgemeester Backxlaan 113',
        city: 'Nieuwleusen',
        postal_code: '7711 AD',
        country: 'NL',
        address_type: 'physical',
        state_province: '',
      }),
    ]);
    expect(location('gemeentehuis').addresses[0].postal_code).toBe('');
    expect(location('gemeentehuis')).toMatchObject({ location_type: 'physical', latitude: 52.5069, longitude: 6.2587 });
  });

  it('wheelchair access becomes an accessibility description', () => {
    expect(location('kulturhus-nieuwleusen').accessibility![0].description).toMatch(
      /^Toegankelijk voor rolstoelgebruikers/,
    );
    expect(location('gemeentehuis').accessibility![0].description).toMatch(/^Gedeeltelijk/);
  });

  it('free services have a cost option of 0 EUR; paid ones carry the cost note', () => {
    expect(service('taalcafe').cost_options).toEqual([expect.objectContaining({ amount: 0, currency: 'EUR' })]);
    const paid = service('formulierenhulp');
    expect(paid.cost_options[0].amount).toBeUndefined();
    expect(paid.cost_options[0].amount_description).toBe('€ 5 per keer; met Meedoenpas gratis');
    expect(paid.fees_description).toBe('€ 5 per keer; met Meedoenpas gratis');
  });

  it('service areas are the villages, or the whole municipality when none are named', () => {
    expect(service('formulierenhulp').service_areas.map((a) => a.name)).toEqual(['Dalfsen', 'Nieuwleusen']);
    expect(service('taalcafe').service_areas.map((a) => a.name)).toEqual(['Gemeente Dalfsen']);
  });

  it('themes are terms of the taxonomy "thuisin-themes", groups of "thuisin-groups"', () => {
    const attrs = service('taalcafe').attributes.filter((a) => a.taxonomy_term) as (HsdsAttribute & {
      taxonomy_term: HsdsTaxonomyTerm;
    })[];
    expect(attrs.map((a) => [a.taxonomy_term.taxonomy, a.taxonomy_term.code])).toEqual([
      ['thuisin-themes', 'taal'],
      ['thuisin-themes', 'ontmoeten'],
      ['thuisin-groups', 'vrouwen'],
    ]);
    expect(attrs[0]).toMatchObject({
      link_id: service('taalcafe').id,
      link_entity: 'service',
      taxonomy_term_id: attrs[0].taxonomy_term.id,
    });
    expect(attrs[0].taxonomy_term.name).toBe('Taal en inburgering');
    expect(exp.taxonomies.map((t) => t.name)).toEqual(['thuisin-themes', 'thuisin-groups']);
    expect(exp.taxonomy_terms.map((t) => t.id)).toContain(attrs[0].taxonomy_term.id);
  });

  it('metadata records who checked the entry and when', () => {
    expect(organization('vluchtelingenwerk').metadata).toEqual([
      expect.objectContaining({
        last_action_date: '2026-02-15',
        updated_by: 'A. de Vries',
        resource_type: 'organization',
      }),
    ]);
    expect(service('taalcafe').assured_date).toBe('2026-03-02');
  });

  it('the service maps name, description, contact, ages and how to apply', () => {
    expect(service('formulierenhulp')).toMatchObject({
      name: 'Hulp bij formulieren',
      description: 'Vrijwilligers helpen met brieven van de gemeente en de Belastingdienst.',
      url: 'https://www.saamwelzijn.nl/formulieren',
      email: 'formulieren@saamwelzijn.nl',
      status: 'active',
      minimum_age: 18,
      required_documents: [expect.objectContaining({ document: 'Uw brieven en uw ID-bewijs.' })],
    });
    expect(service('formulierenhulp').maximum_age).toBeUndefined();
    expect(service('taalcafe').application_process).toBe('Kom gewoon langs.');
    expect(organization('saam-welzijn')).toMatchObject({
      description: 'Welzijnsorganisatie in de gemeente Dalfsen.',
      website: 'https://www.saamwelzijn.nl',
    });
  });

  it('unknown optional fields are left out, not written as null, undefined or empty lists', () => {
    const json = JSON.stringify(hsdsFiles(exp));
    expect(JSON.parse(json)).toEqual(hsdsFiles(exp));
    expect(json).not.toMatch(/:null|:\[\]/);
    expect(organization('vluchtelingenwerk')).not.toHaveProperty('email');
    expect(organization('vluchtelingenwerk')).not.toHaveProperty('phones');
  });

  it('index.json says when it was made and that the data are examples', () => {
    expect(exp.meta).toMatchObject({ version: '3.1', generated_at: '2026-04-01T10:00:00.000Z', example_data: true });
    expect(exp.meta.files['organizations.json']).toBe(2);
  });

  it('a service naming an organisation that does not exist stops the export', () => {
    const orphan = rec('wees', { ...services[0].data, organisation: 'bestaat-niet' });
    expect(() => buildHsds({ ...input, services: [...services, orphan] })).toThrow(/bestaat-niet/);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 11: HSDS's page form, schedules with their UTC offset, activities, example flags; on the
// real content through the project's loader.

describe('HSDS files as the site publishes them (content/ through loadContent, built 2026-11-24)', () => {
  const content = loadContent(ROOT, { today: '2026-11-24' });
  const activities = content.activities.map((a) => ({
    id: a.id,
    title: a.data.title,
    url: `https://thuisindalfsen.nl/nl/agenda/${a.id}/`,
  }));
  const real = buildHsds({
    site: content.site,
    organisations: content.organisations,
    services: content.services,
    locations: content.locations,
    activities,
    generatedAt: new Date('2026-11-24T00:00:00Z'),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the published JSON, read field by field below
  const files = hsdsFiles(real) as Record<string, any>;
  const openapi = JSON.parse(readFileSync(join(SCHEMA_DIR, 'openapi.json'), 'utf8'));
  const validatePage = new Ajv({ strict: false, allErrors: true }).compile(openapi.components.schemas.Page);

  it('every list file is one HSDS API Page: total_items, page_number … and contents', () => {
    for (const name of [
      'organizations.json',
      'services.json',
      'locations.json',
      'taxonomies.json',
      'taxonomy_terms.json',
    ]) {
      const page = files[name];
      expect(validatePage(page), `${name}: ${ajv.errorsText(validatePage.errors)}`).toBe(true);
      expect(page).toMatchObject({
        total_items: page.contents.length,
        total_pages: 1,
        page_number: 1,
        size: page.contents.length,
        first_page: true,
        last_page: true,
        empty: false,
      });
    }
    expectValid('service.json', files['services.json'].contents);
    expectValid('organization.json', files['organizations.json'].contents);
    expectValid('location.json', files['locations.json'].contents);
  });

  it('every schedule with a time carries the UTC offset of its season, which matches Europe/Amsterdam on every day of it', () => {
    const schedules = real.services
      .flatMap((s) => [...(s.schedules ?? []), ...(s.service_at_locations ?? []).flatMap((l) => l.schedules ?? [])])
      .filter((x) => x.opens_at);
    expect(schedules.length).toBeGreaterThan(3);
    for (const x of schedules) {
      expect(x.opens_at).toMatch(/^\d{2}:\d{2}\+0[12]:00$/);
      expect(x.opens_at!.slice(-6)).toBe(`+0${x.timezone}:00`);
      for (const day of [x.valid_from!, x.valid_to!]) {
        const utc = amsterdamToUtc(day, x.opens_at!.slice(0, 5));
        expect(Number(x.opens_at!.slice(0, 2)) - utc.getUTCHours(), `${day} ${x.opens_at}`).toBe(x.timezone);
      }
    }
  });

  it('the schedules say the hours the site shows, in every season', () => {
    for (const entry of content.services.filter((s) => s.data.hours?.length)) {
      const hsds = real.services.find((s) => s.id === stableUuid('service', entry.id))!;
      const all = [
        ...(hsds.schedules ?? []),
        ...(hsds.service_at_locations ?? []).flatMap((l) => l.schedules ?? []),
      ].filter((x) => x.opens_at);
      const site = [
        ...new Set(
          entry.data.hours!.flatMap((line) => {
            const rule = parseHoursLine(line);
            return rule.spans.map(
              (span) =>
                `${rule.days.map((d) => ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][d - 1]).join(',')} ${span.from}-${span.to}`,
            );
          }),
        ),
      ].sort();
      for (const from of new Set(all.map((x) => x.valid_from))) {
        const inSeason = all
          .filter((x) => x.valid_from === from)
          .map((x) => `${x.byday} ${x.opens_at!.slice(0, 5)}-${x.closes_at!.slice(0, 5)}`)
          .sort();
        expect(inSeason, `${entry.id} from ${from}`).toEqual(site);
      }
    }
  });

  it('an activity-type service links the agenda page of each of its activities', () => {
    const linked = real.services.filter((s) => s.schedules?.some((x) => x.schedule_link));
    expect(linked.length).toBeGreaterThanOrEqual(3);
    const koffie = real.services.find((s) => s.id === stableUuid('service', 'koffie-en-taal'));
    if (koffie) {
      expect(koffie.schedules!.filter((x) => x.schedule_link).map((x) => x.schedule_link)).toEqual(
        activities
          .filter((a) => a.id.startsWith('koffie-en-taal-'))
          .map((a) => a.url)
          .sort(),
      );
    }
    for (const s of content.services) {
      const has = activities.some((a) => a.id === s.id || a.id.startsWith(`${s.id}-`));
      const out = real.services.find((x) => x.id === stableUuid('service', s.id))!;
      if (has)
        expect(
          out.schedules?.some((x) => x.schedule_link),
          s.id,
        ).toBe(true);
    }
  });

  it('a value marked as an example is flagged with an example_value attribute naming the field', () => {
    const svc = content.services[0];
    const marked = { ...svc, data: { ...svc.data, example_fields: ['hours', 'cost_note'] } };
    const out = buildHsds({
      site: content.site,
      organisations: content.organisations,
      services: [marked],
      locations: content.locations,
      generatedAt: new Date('2026-11-24T00:00:00Z'),
    });
    const flags = out.services[0].attributes.filter((a) => a.link_type === 'example_value');
    expect(flags.map((a) => [a.value, a.link_entity, a.link_id])).toEqual([
      ['hours', 'service', out.services[0].id],
      ['cost_note', 'service', out.services[0].id],
    ]);
    expectValid('service.json', out.services);
  });
});

// ---------------------------------------------------------------------------------------------
// The real content, read by the project's own loader (what the build exports): it refuses
// invalid content with a ContentError, so nothing is skipped here.

describe('HSDS export of content/', () => {
  it('the real organisations, services and locations export as valid HSDS 3.1', () => {
    const content = loadContent(ROOT);
    const real = buildHsds({
      site: content.site,
      organisations: content.organisations,
      services: content.services,
      locations: content.locations,
      generatedAt: new Date('2026-01-01T00:00:00Z'),
    });

    expectExportValid(real);
    expect(real.organizations.map((o) => o.id).sort()).toEqual(
      content.organisations.map((o) => stableUuid('organization', o.id)).sort(),
    );
    expect(real.services.map((s) => s.id).sort()).toEqual(
      content.services.map((s) => stableUuid('service', s.id)).sort(),
    );
    expect(real.locations.map((l) => l.id).sort()).toEqual(
      content.locations.map((l) => stableUuid('location', l.id)).sort(),
    );
  });
});
