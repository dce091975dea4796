/**
 * The fixed lists that content is sorted by. Each is defined once here and feeds the schemas,
 * the filters, the search facets and the open-data export. Labels live in the UI strings
 * (`theme.<id>`, `group.<id>` …) so every language has them.
 */

/** Life areas of the sociale kaart: the questions newcomers come with (evaluation 2019, §1.3.1). */
export const THEMES = [
  'geld',
  'gezondheid',
  'wonen',
  'werk',
  'taal',
  'onderwijs',
  'gezin',
  'ontmoeten',
  'vrijwilligers',
  'digitaal',
  'recht',
] as const;
export type Theme = (typeof THEMES)[number];

/** Groups a service or activity is specially meant for. No group means: for everyone. */
export const GROUPS = ['jongeren', 'ouders', 'vrouwen', 'kinderen'] as const;

/** Who a good practice is for: the target-group filter of the library. */
export const AUDIENCES = ['nieuwkomers', 'werk', 'jongeren', 'kinderen', 'ouders', 'vrouwen', 'inwoners'] as const;

/** Kinds of activity in the agenda. */
export const CATEGORIES = [
  'taal',
  'ontmoeten',
  'sport',
  'gezin',
  'werk',
  'digitaal',
  'informatie',
  'creatief',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Ways in for residents who want to help (issue: "Residents"). */
export const VOLUNTEER_ROLES = ['taalcoach', 'maatje', 'vrijwilliger'] as const;

/**
 * The nine themes of the INTEGRAAL tool (Toezicht Sociaal Domein), in the order that spells
 * the word. `letter` is shown on the tile; the id is what practice files use.
 */
export const INTEGRAAL = [
  { id: 'in-beeld', letter: 'I' },
  { id: 'samenwerking', letter: 'N' },
  { id: 'taal-onderwijs', letter: 'T' },
  { id: 'eigen-aanvulling', letter: 'E' },
  { id: 'goede-start', letter: 'G' },
  { id: 'regie', letter: 'R' },
  { id: 'ambassadeurs', letter: 'A' },
  { id: 'ondersteuning', letter: 'A' },
  { id: 'laagdrempelig', letter: 'L' },
] as const;
export const INTEGRAAL_IDS = INTEGRAAL.map((t) => t.id) as [IntegraalTheme, ...IntegraalTheme[]];
export type IntegraalTheme = (typeof INTEGRAAL)[number]['id'];

/** Weekday abbreviations as Dutch editors write them, Monday first (ISO order). */
export const WEEKDAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
