/**
 * Reading content files: YAML (with every syntax problem as a Dutch message with its line), the
 * frontmatter of guides, one folder per collection, and checking each record against its schema.
 * Checks between records (does this organisation exist?) are in references.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { splitFrontmatter } from '../frontmatter.ts';
import { issuesToProblems, type Problem } from './problems.ts';
import type { Entry } from './types.ts';

/** A file read but not yet checked: its id (the file name), path and parsed YAML. */
export interface Raw {
  id: string;
  file: string;
  raw: unknown;
}

/** Reads one YAML file; syntax errors become problems with the line number. */
function readYaml(root: string, path: string, problems: Problem[]): unknown {
  const file = relative(root, path);
  return parseYaml(readFileSync(path, 'utf8'), file, problems);
}

/**
 * Parses YAML text (a file, or the frontmatter of a guide starting at `firstLine`). Every problem
 * the yaml package can raise becomes a Dutch message with the file, never a stack trace: syntax
 * errors, and also aliases (`*naam`) that expand too often, which the package only reports by
 * throwing a ReferenceError while converting.
 */
export function parseYaml(source: string, file: string, problems: Problem[], firstLine = 1): unknown {
  const doc = parseDocument(source);
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      problems.push({
        file,
        field: '',
        message: `is geen geldige YAML${line ? ` (regel ${line + firstLine - 1})` : ''}: controleer inspringing, dubbele punten en aanhalingstekens`,
      });
    }
    return undefined;
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const aliases = error instanceof ReferenceError && /alias/i.test(error.message);
    problems.push({
      file,
      field: '',
      message: aliases
        ? 'gebruikt te veel verwijzingen (YAML-aliassen zoals *naam); schrijf de waarden gewoon uit'
        : 'kon niet worden gelezen als YAML; controleer het bestand regel voor regel',
    });
    return undefined;
  }
}

export function readCollection(root: string, dir: string, problems: Problem[], ext = '.yaml'): Raw[] {
  const full = join(root, 'content', dir);
  if (!existsSync(full)) return [];
  const out: Raw[] = [];
  for (const name of readdirSync(full).sort()) {
    const file = relative(root, join(full, name));
    if (!name.endsWith(ext)) {
      if (!name.startsWith('.') && !name.startsWith('_')) {
        problems.push({ file, field: '', message: `verwacht een bestand dat eindigt op ${ext}` });
      }
      continue;
    }
    const id = name.slice(0, -ext.length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file, field: '', message: 'de bestandsnaam mag alleen kleine letters, cijfers en streepjes bevatten' });
      continue;
    }
    const raw = ext === '.mdx' ? readFrontmatter(file, readFileSync(join(full, name), 'utf8'), problems) : readYaml(root, join(full, name), problems);
    if (raw !== undefined) out.push({ id, file, raw });
  }
  return out;
}

/** The frontmatter of an .mdx file as data; the body is checked by src/lib/markup.ts. */
function readFrontmatter(file: string, source: string, problems: Problem[]): unknown {
  const { yaml, yamlLine } = splitFrontmatter(source);
  if (yaml === undefined) {
    problems.push({ file, field: '', line: 1, message: 'mist de gegevens bovenaan: begin het bestand met een regel ---, dan title:, summary: enzovoort, en weer een regel --- (zie templates/gids.mdx)' });
    return undefined;
  }
  return parseYaml(yaml, file, problems, yamlLine);
}

export function parseEntries<S extends z.ZodType>(records: Raw[], schema: S, problems: Problem[]): Entry<z.infer<S>>[] {
  const out: Entry<z.infer<S>>[] = [];
  for (const { id, file, raw } of records) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({ file, field: '', message: 'verwacht velden als "naam: waarde", één per regel' });
      continue;
    }
    const result = schema.safeParse(raw);
    if (result.success) out.push({ id, file, data: result.data, translations: {} });
    else problems.push(...issuesToProblems(file, result.error.issues, raw, schema));
  }
  return out;
}

export function parseSingle<S extends z.ZodType>(root: string, name: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
  const path = join(root, 'content', name);
  const file = relative(root, path);
  if (!existsSync(path)) {
    problems.push({ file, field: '', message: 'dit bestand ontbreekt' });
    return undefined;
  }
  const raw = readYaml(root, path, problems);
  if (raw === undefined) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  problems.push(...issuesToProblems(file, result.error.issues, raw, schema));
  return undefined;
}
