/**
 * Example values, per field. A record marks the fields whose value is an example (not from a
 * source) with `example_fields: [schedule, cost_note]`; a record with `source: voorbeeld` is an
 * example as a whole. Pages show "voorbeeld" next to such a value (ExampleMark.astro), the open
 * data flags it, JSON-LD leaves it out: all of them ask `isExample`.
 */

/**
 * The anchor on the about page where the whole example-data explanation stands; the one-line
 * notice in every page's header and every "voorbeeld" mark link to it.
 */
export const EXAMPLE_ANCHOR = 'voorbeeldgegevens';

/** What `isExample` reads of a record: its data, or the entry holding it. */
export interface ExampleMarked {
  example_fields?: readonly string[];
  source?: unknown;
}

function dataOf(record: ExampleMarked | { data: ExampleMarked }): ExampleMarked {
  return 'data' in record && record.data && typeof record.data === 'object' ? record.data : (record as ExampleMarked);
}

/**
 * Is this field's value an example? True when `example_fields` names the field or a field it is
 * part of (`schedule` covers `schedule.time`), or when the whole record is `source: voorbeeld`.
 * Accepts a record's data or its entry (`{ data }`).
 */
export function isExample(record: ExampleMarked | { data: ExampleMarked }, field: string): boolean {
  const data = dataOf(record);
  if (typeof data.source === 'string' && data.source.trim().toLowerCase() === 'voorbeeld') return true;
  return (data.example_fields ?? []).some((name) => name === field || field.startsWith(`${name}.`));
}

/** Does any of these fields hold an example value? For a line that shows several fields at once. */
export function anyExample(record: ExampleMarked | { data: ExampleMarked }, fields: readonly string[]): boolean {
  return fields.some((f) => isExample(record, f));
}
