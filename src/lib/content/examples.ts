/**
 * `example_fields` names fields of its own record. A misspelt name would mark nothing and leave
 * an example looking like a fact, so a name that is not a field of the record stops the build.
 */
import type { Problem } from './problems.ts';
import type { Entry } from './types.ts';

function valueAt(data: unknown, path: string): unknown {
  let current = data;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The fields a record has a value for, to suggest in the message. */
function fieldsOf(data: object): string[] {
  return Object.keys(data).filter((k) => k !== 'example_fields' && (data as Record<string, unknown>)[k] !== undefined);
}

/** Every name in `example_fields` is a field this record has a value for. */
export function checkExampleFields(entries: Entry<{ example_fields?: readonly string[] }>[], problems: Problem[]) {
  for (const e of entries) {
    (e.data.example_fields ?? []).forEach((name, i) => {
      if (name === 'example_fields' || valueAt(e.data, name) === undefined) {
        problems.push({
          file: e.file,
          field: `example_fields.${i}`,
          message: `"${name}" is geen veld van dit bestand; noem alleen velden die hier een waarde hebben, zoals ${fieldsOf(e.data).slice(0, 6).join(', ')}`,
        });
      }
    });
  }
}
