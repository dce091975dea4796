/**
 * Dutch phone numbers, in one place: how they are checked in content, compared, dialled from a
 * link and written for open data. The rules that matter here:
 *
 * - Numbers are written the way people read them ("0529 43 83 83"); digits are what we compare.
 * - Mobile numbers (06…) usually belong to a person, and the site never publishes those (a
 *   WhatsApp line an organisation offers is the exception).
 * - Service numbers (0800, 0900) and the municipal 14 0xxx number only work dialled inside the
 *   Netherlands, so their links keep the domestic form; all others get +31, so they also work
 *   on a foreign SIM card.
 *
 * It lives with the schemas because the schemas check numbers, and schemas depend on nothing in
 * src/lib; the pages, actions and the HSDS export use it from here.
 */
import { z } from 'astro/zod';

/** Digits only, with the Dutch trunk 0 in front: what `tel:` links and comparisons use. */
export function phoneDigits(phone: string): string {
  const compact = phone.replace(/[\s\-().]/g, '');
  return compact.startsWith('+31') ? '0' + compact.slice(3) : compact;
}

/** Mobile numbers (06…) usually belong to a person, and the site never publishes those. */
export function isMobile(phone: string): boolean {
  return /^06\d{8}$/.test(phoneDigits(phone));
}

/** 0800, 0900 and 14 0xxx: numbers that only work dialled from inside the Netherlands. */
export function isDomesticOnly(phone: string): boolean {
  return /^(0[89]00|14)/.test(phoneDigits(phone));
}

/** A Dutch geographic, mobile, service or municipal number, as editors may write it. */
function isDutchPhone(phone: string): boolean {
  if (!/^[+\d][\d\s\-().]*$/.test(phone)) return false;
  const digits = phoneDigits(phone);
  return /^0[1-9]\d{8}$/.test(digits) || /^0[89]00\d{4,7}$/.test(digits) || /^14\d{3,4}$/.test(digits);
}

/** A `tel:` link: +31 with no spaces, except for numbers that only work inside the Netherlands. */
export function telHref(phone: string): string {
  const compact = phone.replace(/[\s\-().]/g, '');
  if (isDomesticOnly(compact)) return 'tel:' + compact;
  return 'tel:' + (compact.startsWith('0') ? '+31' + compact.slice(1) : compact);
}

/** A WhatsApp chat link (wa.me is WhatsApp's own link format, opened only when a reader taps it). */
export function whatsappHref(phone: string): string {
  const compact = phone.replace(/[\s\-().+]/g, '');
  return 'https://wa.me/' + (compact.startsWith('0') ? '31' + compact.slice(1) : compact);
}

/** "0529 43 83 83" → "+31529438383" (E.164); numbers that only work in the Netherlands stay as written. */
export function internationalPhone(phone: string): string {
  const digits = phoneDigits(phone);
  if (/^0[1-9]\d{8}$/.test(digits)) return `+31${digits.slice(1)}`;
  return phone.trim();
}

const PHONE_MESSAGE = 'verwacht een Nederlands telefoonnummer zoals 0529 43 83 83, 088 123 45 67 of 0800 1234';

/** A general phone number of an organisation: never a personal 06 number. */
export const phone = z
  .string({ error: PHONE_MESSAGE })
  .refine(isDutchPhone, { error: PHONE_MESSAGE })
  .refine((p) => !isMobile(p), {
    error:
      'dit is een 06-nummer; de site publiceert geen persoonlijke mobiele nummers. Gebruik het algemene nummer van de organisatie',
  });

/** A WhatsApp line the organisation itself offers: this may be a mobile number. */
export const whatsapp = z
  .string({ error: 'verwacht het WhatsApp-nummer van de organisatie, bijvoorbeeld 06 12 34 56 78' })
  .refine(isDutchPhone, { error: 'verwacht een Nederlands nummer, bijvoorbeeld 06 12 34 56 78' });
