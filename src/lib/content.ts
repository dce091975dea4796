/**
 * Reads everything in `content/`, checks it against the schemas and against itself (does the
 * organisation a service names exist? is the village one of ours?), and returns one validated
 * model. Nothing invalid is ever returned: any problem stops the build with a Dutch message that
 * names the file, the field and what is expected, because the people who make the mistake are
 * editors at organisations, not programmers.
 *
 * Plain TypeScript with no Astro imports, so the same code runs in `npm run check:content`,
 * in unit tests and in the pages. The steps live in ./content/: read.ts (files, YAML, schemas),
 * references.ts (records that name each other), reachability.ts (can anyone act on a service),
 * translations.ts, and problems.ts (the messages).
 */
import { activitySchema, type Activity } from '../schemas/activity.ts';
import { emergencySchema, type Emergency } from '../schemas/emergency.ts';
import { holidaysSchema, type Holiday } from '../schemas/holidays.ts';
import { locationSchema, type Location } from '../schemas/location.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { practiceSchema, type Practice } from '../schemas/practice.ts';
import { municipalitiesSchema } from '../schemas/reference.ts';
import { serviceSchema, type Service } from '../schemas/service.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { guideSchema, type Guide } from '../schemas/guide.ts';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { validateHolidays } from './schedule-checks.ts';
import { ContentError, type Problem } from './content/problems.ts';
import { parseEntries, parseSingle, readCollection, type Raw } from './content/read.ts';
import {
  checkActivities,
  checkAddresses,
  checkGuides,
  checkLocationVillages,
  checkPractices,
  checkServiceRefs,
  type KnownIds,
} from './content/references.ts';
import { checkReachable } from './content/reachability.ts';
import { checkExampleFields } from './content/examples.ts';
import { checkOnePhonePerOrganisation } from './content/phones.ts';
import { checkFormalAddress } from './content/tone.ts';
import { loadTranslations } from './content/translations.ts';
import type { Entry } from './content/types.ts';

export { ContentError, formatProblems, issuesToProblems, type Problem } from './content/problems.ts';
export { parseYaml } from './content/read.ts';
export type { Entry, Translation } from './content/types.ts';

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

  const ids = (list: Raw[]) => new Set(list.map((r) => r.id));
  const known: KnownIds = {
    organisations: ids(raw.organisations),
    locations: ids(raw.locations),
    services: ids(raw.services),
    activities: ids(raw.activities),
    practices: ids(raw.practices),
    villages: site && new Map(site.villages.map((v) => [v.id, v])),
  };
  const regionHolidays = (holidays?.periods ?? []).filter(
    (h) => h.regions.includes('alle') || (site && h.regions.includes(site.holiday_region)),
  );

  // The order of the checks is the order of the messages an editor reads.
  if (holidays) {
    for (const p of validateHolidays(holidays.periods)) problems.push({ file: 'content/holidays.yaml', ...p });
  }
  if (known.villages) checkLocationVillages(locations, known.villages, problems);
  checkServiceRefs(services, known, problems);
  checkReachable(services, organisations, problems);
  checkAddresses(locations, problems);
  checkActivities(activities, known, holidays && regionHolidays, problems);
  checkPractices(practices, known, reference && new Set(reference.municipalities), problems);
  checkGuides(guides, known, problems);
  for (const list of [organisations, services, locations, activities, practices]) checkExampleFields(list, problems);
  checkOnePhonePerOrganisation(organisations, services, activities, practices, problems);
  checkFormalAddress([...organisations, ...services, ...activities, ...glossary, ...guides], problems);

  loadTranslations(
    root,
    { organisations, services, activities, glossary, guides },
    { organisations: known.organisations, services: known.services, activities: known.activities, glossary: ids(raw.glossary), guides: ids(raw.guides) },
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
 * Only the site settings (content/site.yaml), checked by the same schema, for astro.config.mjs:
 * it needs the public address before any page is built. Throws a ContentError in Dutch.
 */
export function loadSiteSettings(root: string): Site {
  const problems: Problem[] = [];
  const site = parseSingle(root, 'site.yaml', siteSchema, problems);
  if (!site) throw new ContentError(problems);
  return site;
}
