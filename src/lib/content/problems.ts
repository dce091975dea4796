/**
 * What goes wrong in content, as editors read it: a problem names the file, the field (or line)
 * and what is expected, in Dutch; zod's own English never reaches them.
 */
import type { z } from 'astro/zod';

export interface Problem {
  /** Path relative to the project root, e.g. content/services/taalcoach.yaml */
  file: string;
  /** Dotted field path, e.g. schedule.except.0; empty for the whole file. */
  field: string;
  /** Line in the file, where known (Markdown and MDX problems, YAML syntax). */
  line?: number;
  message: string;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Groups problems by file, so an editor sees everything wrong in their file at once. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [
    `De inhoud bevat ${problems.length} ${problems.length === 1 ? 'fout' : 'fouten'}. De site wordt pas gebouwd als ${problems.length === 1 ? 'die is' : 'ze zijn'} opgelost.`,
    '',
  ];
  for (const [file, list] of byFile) {
    lines.push(`✗ ${file}`);
    for (const p of list) {
      const where = [p.line ? `regel ${p.line}` : '', p.field ? `veld "${p.field}"` : ''].filter(Boolean).join(', ');
      lines.push(where ? `    ${where}: ${p.message}` : `    ${p.message}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The field names an object in a schema accepts, at a path (optional and default wrappers and
 * lists looked through), so a misspelt field can be answered with the right spellings.
 */
function allowedFields(schema: z.ZodType | undefined, path: PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 5; guard++) {
      const def = (current as { _zod?: { def?: { innerType?: unknown; element?: unknown } } })?._zod?.def;
      const inner = def?.innerType ?? def?.element;
      if (!inner) return;
      current = inner;
    }
  };
  for (const key of path) {
    unwrap();
    if (typeof key === 'number') continue;
    current = (current as { shape?: Record<string, unknown> })?.shape?.[key as string];
  }
  unwrap();
  return Object.keys((current as { shape?: Record<string, unknown> })?.shape ?? {});
}

/** Turns zod issues into editor-facing problems; zod's own English wording never reaches them. */
export function issuesToProblems(file: string, issues: z.core.$ZodIssue[], raw: unknown, schema?: z.ZodType): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedFields(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        field: field ? `${field}.${key}` : key,
        message: `onbekend veld; controleer de spelling${allowed.length ? `. Toegestane velden: ${allowed.join(', ')}` : ''} (uitleg: CONTRIBUTING.md)`,
      }));
    }
    if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) {
      return [{ file, field, message: `ontbreekt, maar is verplicht: ${issue.message}` }];
    }
    // Our schemas give every check a Dutch message; zod's own English is never shown.
    return [{ file, field, message: issue.message || 'heeft een onverwachte waarde' }];
  });
}
