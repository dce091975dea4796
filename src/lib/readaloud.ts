/**
 * What the read-aloud button says, as plain logic so it can be tested without a browser: which
 * voice fits a language, and how a text is made speakable (phone numbers digit by digit, because
 * a voice reads "0529 48 83 88" as "five hundred twenty-nine…", which nobody can dial).
 */

/** A voice as the Web Speech API describes it; only the fields we use. */
export interface VoiceLike {
  lang: string;
  name: string;
}

/** The primary subtag of a BCP 47 tag, lower case: "ar-SA" and "ar_EG" both give "ar". */
function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The device's voice for a language, or undefined: only a voice whose language is the same
 * language counts, never a fallback voice (a Tigrinya text read by an English voice is noise).
 */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const want = primary(lang);
  return voices.find((v) => primary(v.lang) === want);
}

/** Spells out a number as single digits with spaces ("+31 529" → "+ 3 1 5 2 9"). */
export function spellDigits(number: string): string {
  return [...number.replace(/[^\d+]/g, '')].join(' ');
}

// A phone number in running text: at least six digits, with spaces, dashes or dots between
// groups, optionally starting with +. Years ("2026") and dates stay numbers.
const PHONE = /\+?\d[\d \-.\u00a0]{4,}\d/g;

/** The text with every phone-like number spelled digit by digit; other text unchanged. */
export function speakable(text: string): string {
  return text
    .replace(PHONE, (match) => (match.replace(/\D/g, '').length >= 6 ? spellDigits(match) : match))
    .replace(/\s+/g, ' ')
    .trim();
}
