/**
 * The site speaks to residents as "u", everywhere: a page that says "je" next to one that says
 * "u" reads as careless, and "u" is what the municipality uses in its letters. Dutch text in the
 * records residents read is checked; practices (written for professionals) are not.
 */
import type { Problem } from './problems.ts';
import type { Entry } from './types.ts';

/** Informal "you" in Dutch, as whole words ("jeugd", "bijeen" do not count). */
const INFORMAL = /(?<![\p{L}\p{N}])(je|jij|jou|jouw|jezelf|jullie)(?![\p{L}\p{N}])/iu;

/** Fields that cite a document rather than speak to the reader: a quoted title may say "je". */
const CITATIONS = new Set(['source', 'contact_source']);

/** The dotted paths of every text in a record, with its text. */
function texts(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (path.length === 0 && CITATIONS.has(k) ? [] : texts(v, [...path, k])));
  }
  return [];
}

/** Refuses "je", "jij", "jouw" (and "jou", "jezelf", "jullie") in the Dutch text of these records. */
export function checkFormalAddress(entries: Entry<object>[], problems: Problem[]) {
  for (const e of entries) {
    for (const [field, text] of texts(e.data)) {
      const hit = INFORMAL.exec(text);
      if (hit) {
        problems.push({
          file: e.file,
          field,
          message: `spreekt de lezer aan met "${hit[1]}"; schrijf "u" en "uw", zoals overal op de site (bijvoorbeeld "Meld u aan", "uw kinderen")`,
        });
      }
    }
  }
}
