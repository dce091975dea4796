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
 * translations.ts, mobile-numbers.ts (no personal 06 number in any text), and problems.ts (the
 * messages).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { activitySchema, type Activity } from '../schemas/activity.ts';
import { emergencySchema, type Emergency } from '../schemas/emergency.ts';
import { holidaysSchema, PUBLIC_HOLIDAY_NAMES, type Holiday } from '../schemas/holidays.ts';
import { locationSchema, type Location } from '../schemas/location.ts';
import { organisationSchema, type Organisation } from '../schemas/organisation.ts';
import { practiceSchema, type Practice } from '../schemas/practice.ts';
import { municipalitiesSchema, regionsSchema, type Region } from '../schemas/reference.ts';
import { resourceSchema, type Resource } from '../schemas/resource.ts';
import { serviceSchema, type Service } from '../schemas/service.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { guideSchema, type Guide } from '../schemas/guide.ts';
import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { checkHolidayCoverage, validateHolidays, validatePublicHolidays } from './schedule-checks.ts';
import { agendaWindow, feedHorizon } from './dates.ts';
import { ContentError, type Problem } from './content/problems.ts';
import { parseEntries, parseSingle, readCollection, type Raw } from './content/read.ts';
import {
  checkActivities,
  checkAddresses,
  checkGuides,
  checkLocationVillages,
  checkPractices,
  checkRegions,
  checkServiceRefs,
  type KnownIds,
} from './content/references.ts';
import { checkReachable } from './content/reachability.ts';
import { checkMobileNumbers } from './content/mobile-numbers.ts';
import { checkExampleFields } from './content/examples.ts';
import { checkOnePhonePerOrganisation } from './content/phones.ts';
import { checkFormalAddress } from './content/tone.ts';
import { loadTranslations } from './content/translations.ts';
import type { Entry } from './content/types.ts';

export { ContentError, formatProblems, issuesToProblems, type Problem } from './content/problems.ts';
export { parseYaml } from './content/read.ts';
export type { Entry } from './content/types.ts';

export interface Content {
  root: string;
  site: Site;
  organisations: Entry<Organisation>[];
  locations: Entry<Location>[];
  services: Entry<Service>[];
  activities: Entry<Activity & { reasons?: Record<string, string> }>[];
  practices: Entry<Practice>[];
  /** Tools and guides for professionals (content/resources/*.yaml): the library's "Hulpmiddelen". */
  resources: Entry<Resource>[];
  /** Wegwijzer guides (content/guides/*.mdx): the frontmatter; the body is rendered by Astro. */
  guides: Entry<Guide>[];
  /** Glossary words the guides explain (content/glossary/*.yaml). */
  glossary: Entry<GlossaryEntry>[];
  /**
   * The holidays the agenda skips: the school holidays of the site's region and the public holidays
   * (one-day periods with `publicHoliday` set, listed first), and where each kind comes from.
   */
  holidays: { source: string; publicSource: string; periods: Holiday[] };
  /** Emergency numbers and the out-of-hours doctor, for the contact card. */
  emergency: Emergency;
  municipalities: string[];
  /** Regions a practice can belong to as a whole (content/reference/regios.yaml). */
  regions: Region[];
}

/**
 * Loads and checks all content below `root/content`. Throws a ContentError listing every problem
 * found, not just the first, so one build run tells an editor everything to fix.
 *
 * @param options.today the build date; given, the holiday data must reach as far as the agenda
 *   window and the feeds' horizon from it (the build passes it; tests of other checks need not).
 */
export function loadContent(root: string, options: { today?: string } = {}): Content {
  const problems: Problem[] = [];
  const site = parseSingle(root, 'site.yaml', siteSchema, problems);
  const holidays = parseSingle(root, 'holidays.yaml', holidaysSchema, problems);
  const reference = parseSingle(root, 'reference/gemeenten.yaml', municipalitiesSchema, problems);
  // Optional: a site whose practices name no region needs no list of regions.
  const regions = existsSync(join(root, 'content/reference/regios.yaml'))
    ? parseSingle(root, 'reference/regios.yaml', regionsSchema, problems)?.regions
    : [];
  const emergency = parseSingle(root, 'noodnummers.yaml', emergencySchema, problems);

  const raw = {
    organisations: readCollection(root, 'organisations', problems),
    locations: readCollection(root, 'locations', problems),
    services: readCollection(root, 'services', problems),
    activities: readCollection(root, 'activities', problems),
    practices: readCollection(root, 'practices', problems),
    resources: readCollection(root, 'resources', problems),
    guides: readCollection(root, 'guides', problems, '.mdx'),
    glossary: readCollection(root, 'glossary', problems),
  };
  const organisations = parseEntries(raw.organisations, organisationSchema, problems);
  const locations = parseEntries(raw.locations, locationSchema, problems);
  const services = parseEntries(raw.services, serviceSchema, problems);
  const activities = parseEntries(raw.activities, activitySchema, problems);
  const practices = parseEntries(raw.practices, practiceSchema, problems);
  const resources = parseEntries(raw.resources, resourceSchema, problems).sort((a, b) =>
    a.data.name.localeCompare(b.data.name, 'nl'),
  );
  const guides = parseEntries(raw.guides, guideSchema, problems).sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  const glossary = parseEntries(raw.glossary, glossarySchema, problems).sort((a, b) =>
    a.data.term.localeCompare(b.data.term, 'nl'),
  );

  const ids = (list: Raw[]) => new Set(list.map((r) => r.id));
  const known: KnownIds = {
    organisations: ids(raw.organisations),
    locations: ids(raw.locations),
    services: ids(raw.services),
    activities: ids(raw.activities),
    practices: ids(raw.practices),
    villages: site && new Map(site.villages.map((v) => [v.id, v])),
  };
  const publicDays = holidays?.public_holidays.days ?? [];
  const schoolHolidays = (holidays?.periods ?? []).filter(
    (h) => h.regions.includes('alle') || (site && h.regions.includes(site.holiday_region)),
  );
  const regionHolidays: Holiday[] = [
    ...[...publicDays]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => ({
        name: PUBLIC_HOLIDAY_NAMES[d.holiday],
        regions: ['alle' as const],
        from: d.date,
        to: d.date,
        publicHoliday: d.holiday,
      })),
    ...schoolHolidays,
  ];

  // The order of the checks is the order of the messages an editor reads.
  if (holidays) {
    for (const p of validateHolidays(holidays.periods)) problems.push({ file: 'content/holidays.yaml', ...p });
    for (const p of validatePublicHolidays(publicDays)) problems.push({ file: 'content/holidays.yaml', ...p });
    if (options.today && site) {
      const reach = { window: agendaWindow(options.today, site.agenda_weeks).to, horizon: feedHorizon(options.today) };
      problems.push(
        ...checkHolidayCoverage(
          schoolHolidays,
          publicDays,
          reach,
          activities.map((a) => ({ file: a.file, schedule: a.data.schedule })),
        ),
      );
    }
  }
  if (known.villages) checkLocationVillages(locations, known.villages, problems);
  checkServiceRefs(services, known, problems);
  checkReachable(services, organisations, problems);
  checkAddresses(locations, problems);
  checkActivities(activities, known, holidays && regionHolidays, problems);
  const municipalitySet = reference && new Set(reference.municipalities);
  if (regions && municipalitySet) checkRegions(regions, municipalitySet, problems);
  checkPractices(practices, known, municipalitySet, regions, problems);
  checkGuides(guides, known, problems);
  for (const list of [organisations, services, locations, activities, practices]) checkExampleFields(list, problems);
  checkOnePhonePerOrganisation(organisations, services, activities, practices, problems);
  checkFormalAddress([...organisations, ...services, ...activities, ...glossary, ...guides], problems);

  loadTranslations(
    root,
    { organisations, services, activities, glossary, guides, practices, resources },
    {
      organisations: known.organisations,
      services: known.services,
      activities: known.activities,
      glossary: ids(raw.glossary),
      guides: ids(raw.guides),
      practices: known.practices,
      resources: ids(raw.resources),
    },
    problems,
  );
  checkMobileNumbers(root, problems);

  if (problems.length || !site || !holidays || !reference || !regions || !emergency) throw new ContentError(problems);
  return {
    root,
    site,
    organisations,
    locations,
    services,
    activities,
    practices,
    resources,
    guides,
    glossary,
    holidays: { source: holidays.source, publicSource: holidays.public_holidays.source, periods: regionHolidays },
    emergency,
    municipalities: reference.municipalities,
    regions,
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
