/**
 * The sociale kaart as pages need it: services with their organisation, locations, contact
 * details (the service's own or else the organisation's) and filter values.
 */
import type { TFunction } from 'i18next';
import type { LocaleCode } from '../i18n/locales.ts';
import type { Location } from '../schemas/location.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Service } from '../schemas/service.ts';
import { GROUPS, THEMES } from '../schemas/taxonomies.ts';
import type { Content, Entry } from './content.ts';
import type { Filter } from './filters.ts';
import { channelsOf, contactActions, type Action, type Place } from './actions.ts';
import type { Site } from '../schemas/site.ts';
import { languageName, languagesInOrder } from './format.ts';
import { lookup, villageById } from './lookup.ts';
import { anyExample } from './example.ts';

export interface Contact {
  phone?: string;
  email?: string;
  website?: string;
  whatsapp?: string;
}

export interface ServiceView {
  entry: Entry<Service>;
  organisation: Entry<Organisation>;
  locations: Entry<Location>[];
  contact: Contact;
  /** Villages served: explicit, else those of its locations, else none (= the whole municipality). */
  villages: string[];
  /** Those villages' names, as the lists show them. */
  villageNames: string[];
}

/** Contact details: a service may have its own, else the organisation's apply. */
export function contactOf(service: Service, organisation: Organisation): Contact {
  return {
    phone: service.phone ?? organisation.phone,
    email: service.email ?? organisation.email,
    website: service.website ?? organisation.website,
    whatsapp: service.whatsapp ?? organisation.whatsapp,
  };
}

/** "Prinsenstraat 15, 7721 AB Dalfsen": a location as a route button and a letter write it. */
function addressOf(location: Location, site: Site): string {
  const village = villageById(site, location.village)?.name ?? location.village;
  return `${location.street}, ${location.postcode ? `${location.postcode} ` : ''}${village}`;
}

/** A location as a place to go to, marked as an example when its address (or the whole record) is one. */
export function placeOf(location: Location, site: Site): Place {
  return {
    lat: location.lat,
    lon: location.lon,
    address: addressOf(location, site),
    ...(anyExample(location, ['street', 'postcode', 'lat', 'lon']) ? { example: true } : {}),
  };
}

/** The buttons at the top of a service page: its own channels, else its organisation's, and a route per place. */
export function serviceActions(view: ServiceView, site: Site): Action[] {
  return contactActions({
    own: channelsOf(view.entry.data),
    organisation: channelsOf(view.organisation.data),
    places: view.locations.map((l) => placeOf(l.data, site)),
  });
}

/** One organisation on the contact card: how to reach it, and a building where it can be found. */
export interface CardEntry {
  organisation: Entry<Organisation>;
  /** Call, WhatsApp, e-mail, website (no route: a printed card is read, not tapped). */
  actions: Action[];
  place?: Place;
}

/** Every organisation that can be reached, sorted by name as a Dutch reader looks it up. */
export function cardEntries(content: Content): CardEntry[] {
  return content.organisations
    .map((organisation) => {
      const service = content.services.find((s) => s.data.organisation === organisation.id && s.data.locations.length);
      const location = service && lookup(content).location(service.data.locations[0]);
      return {
        organisation,
        actions: contactActions({ own: channelsOf(organisation.data) }),
        ...(location ? { place: placeOf(location.data, content.site) } : {}),
      };
    })
    .filter((e) => e.actions.length || e.place)
    .sort((a, b) => a.organisation.data.name.localeCompare(b.organisation.data.name, 'nl'));
}

/** The first sentence of a text, for a card that must fit on one page (Latin, Arabic and Ge'ez stops). */
export function firstSentence(text: string): string {
  const match = text.trim().match(/^[\s\S]*?[.!?؟።](?=\s|$)/);
  return (match ? match[0] : text).trim();
}

const viewsCache = new WeakMap<Content, ServiceView[]>();

/** Every service with what it points to, worked out once per build (many pages ask for it). */
export function serviceViews(content: Content): ServiceView[] {
  const cached = viewsCache.get(content);
  if (cached) return [...cached];
  const find = lookup(content);
  const views = content.services.map((entry) => {
    const organisation = find.organisation(entry.data.organisation);
    const locations = entry.data.locations.map((id) => find.location(id));
    const villages = entry.data.villages ?? [...new Set(locations.map((l) => l.data.village))];
    const villageNames = villages.map((v) => find.villages.get(v)?.name ?? v);
    return {
      entry,
      organisation,
      locations,
      contact: contactOf(entry.data, organisation.data),
      villages,
      villageNames,
    };
  });
  viewsCache.set(content, views);
  return [...views];
}

const viewByIdCache = new WeakMap<Content, Map<string, ServiceView>>();

/** One service's view by its id (a guide's <Dienst id="…">), or undefined when there is none. */
export function serviceView(content: Content, id: string): ServiceView | undefined {
  let map = viewByIdCache.get(content);
  if (!map) viewByIdCache.set(content, (map = new Map(serviceViews(content).map((v) => [v.entry.id, v]))));
  return map.get(id);
}

/** Languages spoken somewhere on the kaart, the site's own languages first. */
function spokenLanguages(content: Content): string[] {
  return languagesInOrder(content.services.flatMap((s) => s.data.languages));
}

/** Themes that at least one service has, in the fixed order: tiles and theme pages use these. */
export function usedThemes(content: Content): (typeof THEMES)[number][] {
  const used = new Set(content.services.flatMap((s) => s.data.themes));
  return THEMES.filter((th) => used.has(th));
}

/** The four filters of the kaart, labels in the reader's language. */
export function kaartFilters(content: Content, lang: LocaleCode, t: TFunction): Filter[] {
  return [
    {
      name: 'thema',
      label: t('kaart.theme'),
      options: usedThemes(content).map((th) => ({ value: th, label: t(`theme.${th}`) })),
    },
    {
      name: 'dorp',
      label: t('kaart.village'),
      options: content.site.villages.map((v) => ({ value: v.id, label: v.name })),
    },
    {
      name: 'taal',
      label: t('kaart.language'),
      options: spokenLanguages(content).map((code) => ({ value: code, label: languageName(code, lang) })),
    },
    {
      name: 'groep',
      label: t('kaart.group'),
      options: GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) })),
    },
  ];
}
