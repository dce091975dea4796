/**
 * One lookup layer: every record by its id, built once per loaded content (all pages of a build
 * share it). Components, feeds and the structured data ask here instead of searching the lists
 * with `.find`, so "the location of an activity" is worked out in one way everywhere, and a
 * build with thousands of entries does not search a list for every row it renders.
 *
 * References are checked when the content is loaded (src/lib/content/references.ts), so a
 * missing id here is a programming error, not an editor's: `location()` and friends throw.
 */
import type { Content, Entry } from './content.ts';
import type { Activity } from '../schemas/activity.ts';
import type { Location } from '../schemas/location.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Practice } from '../schemas/practice.ts';
import type { Service } from '../schemas/service.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Site, Village } from '../schemas/site.ts';

type ActivityEntry = Content['activities'][number];

export interface Lookup {
  organisations: ReadonlyMap<string, Entry<Organisation>>;
  locations: ReadonlyMap<string, Entry<Location>>;
  services: ReadonlyMap<string, Entry<Service>>;
  activities: ReadonlyMap<string, ActivityEntry>;
  practices: ReadonlyMap<string, Entry<Practice>>;
  glossary: ReadonlyMap<string, Entry<GlossaryEntry>>;
  villages: ReadonlyMap<string, Village>;
  /** The organisation with this id; throws when there is none (references are checked on load). */
  organisation(id: string): Entry<Organisation>;
  /** The location with this id; throws when there is none. */
  location(id: string): Entry<Location>;
  /** The village (from site.yaml) with this id; throws when there is none. */
  village(id: string): Village;
  /** Where an activity takes place. */
  locationOf(activity: { data: Pick<Activity, 'location'> }): Entry<Location>;
  /** Who organises an activity. */
  organiserOf(activity: { data: Pick<Activity, 'organiser'> }): Entry<Organisation>;
}

const cache = new WeakMap<Content, Lookup>();
const villageCache = new WeakMap<Site, Map<string, Village>>();

/**
 * A village of the site by id, for code that has the settings but not the whole content (the
 * address of a location, the open-data export). Undefined when the id is not one of ours.
 */
export function villageById(site: Site, id: string): Village | undefined {
  let map = villageCache.get(site);
  if (!map) villageCache.set(site, (map = new Map(site.villages.map((v) => [v.id, v]))));
  return map.get(id);
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((e) => [e.id, e]));

function required<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined)
    throw new Error(`Interne fout: ${what} "${id}" bestaat niet, maar de inhoud is wel goedgekeurd`);
  return found;
}

/** The lookup for this content, built on first use. */
export function lookup(content: Content): Lookup {
  const cached = cache.get(content);
  if (cached) return cached;
  const organisations = byId(content.organisations);
  const locations = byId(content.locations);
  const villages = new Map(content.site.villages.map((v) => [v.id, villageById(content.site, v.id)!]));
  const built: Lookup = {
    organisations,
    locations,
    services: byId(content.services),
    activities: byId(content.activities),
    practices: byId(content.practices),
    glossary: byId(content.glossary),
    villages,
    organisation: (id) => required(organisations, id, 'organisatie'),
    location: (id) => required(locations, id, 'locatie'),
    village: (id) => required(villages, id, 'dorp'),
    locationOf: (activity) => required(locations, activity.data.location, 'locatie'),
    organiserOf: (activity) => required(organisations, activity.data.organiser, 'organisatie'),
  };
  cache.set(content, built);
  return built;
}
