/**
 * What a reader can do from a service or activity page, as an ordered list of actions: call,
 * WhatsApp, e-mail, route, website. The order is the (a phone call is what most people
 * can do at once; a website is last because it usually leads to more reading). Each channel is
 * the record's own, else its organisation's, so a service that lists nothing still offers a way
 * to reach whoever runs it.
 *
 * Plain data, no markup: ActionButtons.astro draws it; tests and the content check reason on it.
 */
import { telHref, whatsappHref } from '../schemas/phone.ts';
import { routeLink } from './geo.ts';
import { isExample as isExampleField } from './example.ts';

export type ActionKind = 'call' | 'whatsapp' | 'email' | 'route' | 'website';

/** The order in which actions are shown, most direct first. */
export const ACTION_ORDER: readonly ActionKind[] = ['call', 'whatsapp', 'email', 'route', 'website'];

export interface Action {
  kind: ActionKind;
  /** tel:, https://wa.me/, mailto:, an OpenStreetMap route or the website. */
  href: string;
  /** What the button shows under its label: the number, address or domain, as written. */
  value: string;
  /** The value is an example (`source: voorbeeld`), and the page must say so next to it. */
  example?: boolean;
  /** A label that replaces the kind's own ("Ik wil helpen" instead of "E-mail sturen"). */
  label?: string;
}

/** The ways to reach someone, as a record in content/ has them. */
export interface Channels {
  phone?: string;
  whatsapp?: string;
  email?: string;
  website?: string;
  /** Channels that are examples, not checked facts (true: all of them). */
  example?: boolean | ChannelKey[];
}

type ChannelKey = 'phone' | 'whatsapp' | 'email' | 'website';
const CHANNEL_KEYS: readonly ChannelKey[] = ['phone', 'whatsapp', 'email', 'website'];

/** `contact_source` in content: one source for all channels, or one per channel. */
export type ContactSource = string | Partial<Record<ChannelKey, string>>;

const isExampleSource = (origin: string | undefined) => origin?.trim().toLowerCase() === 'voorbeeld';

/** A place to go to, with its address written out for the button. */
export interface Place {
  lat: number;
  lon: number;
  /** "Prinsenstraat 15, 7721 AB Dalfsen" */
  address: string;
  example?: boolean;
}

export interface ActionInput {
  /** The service's or activity's own channels. */
  own?: Channels;
  /** The organisation's channels: used for every channel the record has not got itself. */
  organisation?: Channels;
  /** Where to go; a route action per place. */
  places?: Place[];
}

/** "www.dalfsen.nl/integratie": a web address as people read it aloud. */
function displayUrl(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}

/**
 * Channels of a content record, with the example marks read from `contact_source` (where the
 * contact details come from: one source, or one per channel) or else the record's `source`.
 */
export function channelsOf(
  record: Omit<Channels, 'example'> & {
    source?: string;
    contact_source?: ContactSource;
    example_fields?: readonly string[];
  },
): Channels {
  const origin = (key: ChannelKey) =>
    typeof record.contact_source === 'object'
      ? (record.contact_source[key] ?? record.source)
      : (record.contact_source ?? record.source);
  return {
    phone: record.phone,
    whatsapp: record.whatsapp,
    email: record.email,
    website: record.website,
    example: CHANNEL_KEYS.filter((key) => record[key] && (isExampleSource(origin(key)) || isExampleField(record, key))),
  };
}

const isExample = (channels: Channels, key: ChannelKey) =>
  channels.example === true || (Array.isArray(channels.example) && channels.example.includes(key));

/** One channel: the record's own value if it has one, else the organisation's, with its mark. */
function pick(key: ChannelKey, own?: Channels, organisation?: Channels) {
  if (own?.[key]) return { value: own[key]!, example: isExample(own, key) };
  if (organisation?.[key]) return { value: organisation[key]!, example: isExample(organisation, key) };
  return undefined;
}

/** The ordered actions for a page. Empty when there is no way at all to reach anyone. */
export function contactActions({ own, organisation, places = [] }: ActionInput): Action[] {
  const actions: Action[] = [];
  const mark = (example: boolean) => (example ? { example: true } : {});
  const phone = pick('phone', own, organisation);
  if (phone) actions.push({ kind: 'call', href: telHref(phone.value), value: phone.value, ...mark(phone.example) });
  const whatsapp = pick('whatsapp', own, organisation);
  if (whatsapp)
    actions.push({
      kind: 'whatsapp',
      href: whatsappHref(whatsapp.value),
      value: whatsapp.value,
      ...mark(whatsapp.example),
    });
  const email = pick('email', own, organisation);
  if (email) actions.push({ kind: 'email', href: `mailto:${email.value}`, value: email.value, ...mark(email.example) });
  for (const place of places) {
    actions.push({ kind: 'route', href: routeLink(place), value: place.address, ...mark(Boolean(place.example)) });
  }
  const website = pick('website', own, organisation);
  if (website)
    actions.push({ kind: 'website', href: website.value, value: displayUrl(website.value), ...mark(website.example) });
  return actions;
}

/**
 * How a resident who wants to volunteer responds: an e-mail with the subject filled in, else a
 * call, else WhatsApp. A website is not enough: it does not tell the organisation anyone asked.
 */
export function respondAction(
  own: Channels | undefined,
  organisation: Channels | undefined,
  subject: string,
): Action | undefined {
  const email = pick('email', own, organisation);
  if (email) {
    return {
      kind: 'email',
      href: `mailto:${email.value}?subject=${encodeURIComponent(subject)}`,
      value: email.value,
      ...(email.example ? { example: true } : {}),
    };
  }
  return contactActions({ own, organisation }).find((a) => a.kind === 'call' || a.kind === 'whatsapp');
}

/** Can anyone be reached through these channels, or at a place with opening hours? */
export function isReachable(
  own: Channels | undefined,
  organisation: Channels | undefined,
  hasPlaceWithHours: boolean,
): boolean {
  return hasPlaceWithHours || CHANNEL_KEYS.some((k) => pick(k, own, organisation));
}

/** Can a volunteer respond through these channels (e-mail, phone or WhatsApp)? */
export function canRespond(own: Channels | undefined, organisation: Channels | undefined): boolean {
  return (['phone', 'whatsapp', 'email'] as const).some((k) => pick(k, own, organisation));
}

/**
 * The subject of a volunteer's e-mail, in Dutch because the organisation reads Dutch:
 * "Ik wil helpen als taalcoach (via Thuis in Dalfsen)".
 */
export function volunteerSubject(rolesInDutch: string, siteName: string): string {
  return `Ik wil helpen als ${rolesInDutch} (via ${siteName})`;
}
