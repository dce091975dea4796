/**
 * Reads everything in `content/`, checks it against the schemas and against itself (does the
 * organisation a service names exist? is the village one of ours?), and returns one validated
 * model. Nothing invalid is ever returned: any problem stops the build with a Dutch message that
 * names the file, the field and what is expected, because the people who make the mistake are
 * editors at organisations, not programmers.
 *
 * Plain TypeScript with no Astro imports, so the same code runs in `npm run check:content`,
 * in unit tests and in the pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { activitySchema, type Activity } from '../schemas/activity.ts';
import { emergencySchema, type Emergency } from '../schemas/emergency.ts';
import { holidaysSchema, type Holiday } from '../schemas/holidays.ts';
import { locationSchema, type Location } from '../schemas/location.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { practiceSchema, type Practice } from '../schemas/practice.ts';
import { municipalitiesSchema } from '../schemas/reference.ts';
import { serviceSchema, type Service } from '../schemas/service.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { guideSchema, guideTranslationSchema, type Guide } from '../schemas/guide.ts';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { translationSchemas, type TranslatableCollection } from '../schemas/translation.ts';
import { DEFAULT_LOCALE, isLocale, type LocaleCode } from '../i18n/locales.ts';
import { validateHolidays, validateSchedule } from './schedule-checks.ts';
import { distanceKm } from './geo.ts';
import { canRespond, channelsOf, isReachable } from './actions.ts';

export interface Problem {
  /** Path relative to the project root, e.g. content/services/taalcoach.yaml */
  file: string;
  /** Dotted field path, e.g. schedule.except.0; empty for the whole file. */
  field: string;
  /** Line in the file, where known (Markdown and MDX problems, YAML syntax). */
  line?: number;
  message: string;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export interface Translation<T> {
  lang: LocaleCode;
  file: string;
  machine: boolean;
  text: Partial<T>;
}

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  /** Translated text by language; Dutch is `data` itself. */
  translations: Partial<Record<LocaleCode, Translation<T>>>;
}

export interface Content {
  root: string;
  site: Site;
  organisations: Entry<Organisation>[];
  locations: Entry<Location>[];
  services: Entry<Service>[];
  activities: Entry<Activity & { reasons?: Record<string, string> }>[];
  practices: Entry<Practice>[];
  /** Wegwijzer guides (content/guides/*.mdx): the frontmatter; the body is rendered by Astro. */
  guides: Entry<Guide>[];
  /** Glossary words the guides explain (content/glossary/*.yaml). */
  glossary: Entry<GlossaryEntry>[];
  holidays: { source: string; periods: Holiday[] };
  /** Emergency numbers and the out-of-hours doctor, for the contact card. */
  emergency: Emergency;
  municipalities: string[];
}

/** Groups problems by file, so an editor sees everything wrong in their file at once. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [
    `De inhoud bevat ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}. De site wordt pas gebouwd als ${problems.length === 1 ? 'die is' : 'ze zijn'} opgelost.`,
    '',
  ];
  for (const [file, list] of byFile) {
    lines.push(`✗ ${file}`);
    for (const p of list) {
      const where = [p.line ? `regel ${p.line}` : '', p.field ? `veld "${p.field}"` : ''].filter(Boolean).join(', ');
      lines.push(where ? `    ${where}: ${p.message}` : `    ${p.message}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The field names an object in a schema accepts, at a path (optional and default wrappers and
 * lists looked through), so a misspelt field can be answered with the right spellings.
 */
function allowedFields(schema: z.ZodType | undefined, path: PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 5; guard++) {
      const def = (current as { _zod?: { def?: { innerType?: unknown; element?: unknown } } })?._zod?.def;
      const inner = def?.innerType ?? def?.element;
      if (!inner) return;
      current = inner;
    }
  };
  for (const key of path) {
    unwrap();
    if (typeof key === 'number') continue;
    current = (current as { shape?: Record<string, unknown> })?.shape?.[key as string];
  }
  unwrap();
  return Object.keys((current as { shape?: Record<string, unknown> })?.shape ?? {});
}

/** Turns zod issues into editor-facing problems; zod's own English wording never reaches them. */
export function issuesToProblems(file: string, issues: z.core.$ZodIssue[], raw: unknown, schema?: z.ZodType): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedFields(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        field: field ? `${field}.${key}` : key,
        message: `onbekend veld; controleer de spelling${allowed.length ? `. Toegestane velden: ${allowed.join(', ')}` : ''} (uitleg: CONTRIBUTING.md)`,
      }));
    }
    if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) {
      return [{ file, field, message: `ontbreekt, maar is verplicht: ${issue.message}` }];
    }
    // Our schemas give every check a Dutch message; zod's own English is never shown.
    return [{ file, field, message: issue.message || 'heeft een onverwachte waarde' }];
  });
}

interface Raw {
  id: string;
  file: string;
  raw: unknown;
}

/** Reads one YAML file; syntax errors become problems with the line number. */
function readYaml(root: string, path: string, problems: Problem[]): unknown {
  const file = relative(root, path);
  return parseYaml(readFileSync(path, 'utf8'), file, problems);
}

/**
 * Parses YAML text (a file, or the frontmatter of a guide starting at `firstLine`). Every problem
 * the yaml package can raise becomes a Dutch message with the file, never a stack trace: syntax
 * errors, and also aliases (`*naam`) that expand too often, which the package only reports by
 * throwing a ReferenceError while converting.
 */
export function parseYaml(source: string, file: string, problems: Problem[], firstLine = 1): unknown {
  const doc = parseDocument(source);
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push({
        file,
        field: '',
        message: `is geen geldige YAML${line ? ` (regel ${line + firstLine - 1})` : ''}: controleer inspringing, dubbele punten en aanhalingstekens`,
      });
    }
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
    problems.push({
      file,
      field: '',
      message: aliases
        ? 'gebruikt te veel verwijzingen (YAML-aliassen zoals *naam); schrijf de waarden gewoon uit'
        : 'kon niet worden gelezen als YAML; controleer het bestand regel voor regel',
    });
    return undefined;
  }
}

function readCollection(root: string, dir: string, problems: Problem[], ext = '.yaml'): Raw[] {
  const full = join(root, 'content', dir);
  if (!existsSync(full)) return [];
  const out: Raw[] = [];
  for (const name of readdirSync(full).sort()) {
    const file = relative(root, join(full, name));
    if (!name.endsWith(ext)) {
      if (!name.startsWith('.') && !name.startsWith('_')) {
        problems.push({ file, field: '', message: `verwacht een bestand dat eindigt op ${ext}` });
      }
      continue;
    }
    const id = name.slice(0, -ext.length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file, field: '', message: 'de bestandsnaam mag alleen kleine letters, cijfers en streepjes bevatten' });
      continue;
    }
    const raw = ext === '.mdx' ? readFrontmatter(file, readFileSync(join(full, name), 'utf8'), problems) : readYaml(root, join(full, name), problems);
    if (raw !== undefined) out.push({ id, file, raw });
  }
  return out;
}

/** The frontmatter of an .mdx file as data; the body is checked by src/lib/markup.ts. */
function readFrontmatter(file: string, source: string, problems: Problem[]): unknown {
  const { yaml, yamlLine } = splitFrontmatter(source);
  if (yaml === undefined) {
    problems.push({ file, field: '', line: 1, message: 'mist de gegevens bovenaan: begin het bestand met een regel ---, dan title:, summary: enzovoort, en weer een regel --- (zie templates/gids.mdx)' });
    return undefined;
  }
  return parseYaml(yaml, file, problems, yamlLine);
}

function parseEntries<S extends z.ZodType>(records: Raw[], schema: S, problems: Problem[]): Entry<z.infer<S>>[] {
  const out: Entry<z.infer<S>>[] = [];
  for (const { id, file, raw } of records) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ file, field: '', message: 'verwacht velden als "naam: waarde", één per regel' });
      continue;
    }
    const result = schema.safeParse(raw);
    if (result.success) out.push({ id, file, data: result.data, translations: {} });
    else problems.push(...issuesToProblems(file, result.error.issues, raw, schema));
  }
  return out;
}

function parseSingle<S extends z.ZodType>(root: string, name: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const path = join(root, 'content', name);
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ file, field: '', message: 'dit bestand ontbreekt' });
    return undefined;
  }
  const raw = readYaml(root, path, problems);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  problems.push(...issuesToProblems(file, result.error.issues, raw, schema));
  return undefined;
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

/**
 * Loads and checks all content below `root/content`. Throws a ContentError listing every problem
 * found, not just the first, so one build run tells an editor everything to fix.
 */
export function loadContent(root: string): Content {
  const problems: Problem[] = [];
  const site = parseSingle(root, 'site.yaml', siteSchema, problems);
  const holidays = parseSingle(root, 'holidays.yaml', holidaysSchema, problems);
  const reference = parseSingle(root, 'reference/gemeenten.yaml', municipalitiesSchema, problems);
  const emergency = parseSingle(root, 'noodnummers.yaml', emergencySchema, problems);

  const raw = {
    organisations: readCollection(root, 'organisations', problems),
    locations: readCollection(root, 'locations', problems),
    services: readCollection(root, 'services', problems),
    activities: readCollection(root, 'activities', problems),
    practices: readCollection(root, 'practices', problems),
    guides: readCollection(root, 'guides', problems, '.mdx'),
    glossary: readCollection(root, 'glossary', problems),
  };
  const organisations = parseEntries(raw.organisations, organisationSchema, problems);
  const locations = parseEntries(raw.locations, locationSchema, problems);
  const services = parseEntries(raw.services, serviceSchema, problems);
  const activities = parseEntries(raw.activities, activitySchema, problems);
  const practices = parseEntries(raw.practices, practiceSchema, problems);
  const guides = parseEntries(raw.guides, guideSchema, problems).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const glossary = parseEntries(raw.glossary, glossarySchema, problems).sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl'));

  // Existence is judged on the files there are, valid or not: a broken organisation file is
  // reported once, in that file, and not again as "does not exist" in every service naming it.
  const ids = (list: Raw[]) => new Set(list.map((r) => r.id));
  const orgIds = ids(raw.organisations);
  const locationIds = ids(raw.locations);
  const practiceIds = ids(raw.practices);
  const villages = new Map((site?.villages ?? []).map((v) => [v.id, v]));
  const villageIds = new Set(villages.keys());
  const municipalities = new Set(reference?.municipalities ?? []);
  const regionHolidays = (holidays?.periods ?? []).filter(
    (h) => h.regions.includes('alle') || (site && h.regions.includes(site.holiday_region)),
  );

  if (holidays) {
    for (const p of validateHolidays(holidays.periods)) problems.push({ file: 'content/holidays.yaml', ...p });
  }
  if (site) {
    for (const l of locations) {
      checkRef(problems, l.file, 'village', l.data.village, villageIds, 'een kern', 'content/site.yaml');
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
  for (const s of services) {
    checkRef(problems, s.file, 'organisation', s.data.organisation, orgIds, 'een organisatie', 'content/organisations');
    s.data.locations.forEach((l, i) => checkRef(problems, s.file, `locations.${i}`, l, locationIds, 'een locatie', 'content/locations'));
    if (site) (s.data.villages ?? []).forEach((v, i) => checkRef(problems, s.file, `villages.${i}`, v, villageIds, 'een kern', 'content/site.yaml'));
  }
  checkReachable(services, organisations, problems);
  for (const l of locations) {
    // A real address a person can find needs a house number or a postcode; an example says so.
    const example = l.data.source.trim().toLowerCase() === 'voorbeeld';
    if (!example && !/\d/.test(l.data.street) && !l.data.postcode) {
      problems.push({
        file: l.file,
        field: 'street',
        message: `"${l.data.street}" heeft geen huisnummer en er is geen postcode; schrijf het adres zoals "Prinsenstraat 15" of vul postcode in. Is het adres een voorbeeld, zet dan source: voorbeeld`,
      });
    }
  }
  for (const a of activities) {
    checkRef(problems, a.file, 'organiser', a.data.organiser, orgIds, 'een organisatie', 'content/organisations');
    checkRef(problems, a.file, 'location', a.data.location, locationIds, 'een locatie', 'content/locations');
    if (holidays) for (const p of validateSchedule(a.data.schedule, regionHolidays)) problems.push({ file: a.file, ...p });
  }
  for (const p of practices) {
    if (reference && !municipalities.has(p.data.municipality)) {
      problems.push({
        file: p.file,
        field: 'municipality',
        message: `"${p.data.municipality}" is geen Nederlandse gemeente volgens content/reference/gemeenten.yaml; schrijf de naam zoals daar`,
      });
    }
    p.data.related.forEach((r, i) => checkRef(problems, p.file, `related.${i}`, r, practiceIds, 'een praktijkvoorbeeld', 'content/practices'));
  }

  const serviceIds = ids(raw.services);
  const activityIds = ids(raw.activities);
  for (const g of guides) {
    g.data.services.forEach((v, i) => checkRef(problems, g.file, `services.${i}`, v, serviceIds, 'een dienst', 'content/services'));
    g.data.activities.forEach((v, i) => checkRef(problems, g.file, `activities.${i}`, v, activityIds, 'een activiteit', 'content/activities'));
  }

  const byCollection = { organisations, services, activities, glossary, guides } as const;
  loadTranslations(
    root,
    byCollection,
    { organisations: ids(raw.organisations), services: serviceIds, activities: activityIds, glossary: ids(raw.glossary), guides: ids(raw.guides) },
    problems,
  );

  if (problems.length || !site || !holidays || !reference || !emergency) throw new ContentError(problems);
  return {
    root,
    site,
    organisations,
    locations,
    services,
    activities,
    practices,
    guides,
    glossary,
    holidays: { source: holidays.source, periods: regionHolidays },
    emergency,
    municipalities: reference.municipalities,
  };
}

/**
 * A page nobody can act on is refused: every service needs a channel (its own or its
 * organisation's) or a place with opening hours, and a service that looks for volunteers needs a
 * way to answer it that reaches a person (e-mail, phone or WhatsApp; a website is not enough).
 */
function checkReachable(services: Entry<Service>[], organisations: Entry<Organisation>[], problems: Problem[]) {
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

/** `content/translations/<lang>/<collection>/<id>.yaml`: each must belong to an existing record. */
function loadTranslations(
  root: string,
  collections: Record<TranslatableCollection, Entry<any>[]>,
  existing: Record<TranslatableCollection, Set<string>>,
  problems: Problem[],
) {
  const base = join(root, 'content', 'translations');
  if (!existsSync(base)) return;
  for (const lang of readdirSync(base).sort()) {
    const langFile = relative(root, join(base, lang));
    if (!isLocale(lang) || lang === DEFAULT_LOCALE) {
      problems.push({ file: langFile, field: '', message: `"${lang}" is geen taal van deze site (zie src/i18n/locales.ts); Nederlands staat in het bestand zelf` });
      continue;
    }
    for (const collection of readdirSync(join(base, lang)).sort()) {
      const entries = collections[collection as TranslatableCollection];
      if (!entries) {
        problems.push({
          file: relative(root, join(base, lang, collection)),
          field: '',
          message: `onbekende map; vertalingen horen in ${Object.keys(collections).join(', ')}`,
        });
        continue;
      }
      const byId = new Map(entries.map((e) => [e.id, e]));
      const schema = translationSchemas[collection as TranslatableCollection];
      const ext = collection === 'guides' ? '.mdx' : '.yaml';
      for (const raw of readCollection(root, join('translations', lang, collection), problems, ext)) {
        if (!existing[collection as TranslatableCollection].has(raw.id)) {
          problems.push({ file: raw.file, field: '', message: `er is geen content/${collection}/${raw.id}${ext} om te vertalen` });
          continue;
        }
        const result = schema.safeParse(raw.raw);
        if (!result.success) {
          problems.push(...issuesToProblems(raw.file, result.error.issues, raw.raw, schema));
          continue;
        }
        // The record itself has problems (reported in its own file); its translation waits for it.
        const entry = byId.get(raw.id);
        if (!entry) continue;
        const { machine, ...text } = result.data as { machine: boolean } & Record<string, unknown>;
        entry.translations[lang] = { lang, file: raw.file, machine, text };
      }
    }
  }
}
