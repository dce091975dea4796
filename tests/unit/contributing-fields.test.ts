/**
 * CONTRIBUTING.md tells editors what each field means in a table per kind of file, each after a
 * `<!-- velden: <name> -->` marker. These tests keep those tables equal to the schemas: a field
 * the schema has and the table lacks (or the other way round), or a field whose "nodig" column
 * says otherwise than the schema, fails with the table and the field named.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { activitySchema, scheduleSchema } from '../../src/schemas/activity.ts';
import { emergencySchema } from '../../src/schemas/emergency.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { locationSchema } from '../../src/schemas/location.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { siteSchema } from '../../src/schemas/site.ts';

/** The schema each marker's table describes, with the file the schema lives in (for messages). */
const TABLES: Record<string, { schema: z.ZodObject; file: string }> = {
  organisation: { schema: organisationSchema, file: 'src/schemas/organisation.ts' },
  service: { schema: serviceSchema, file: 'src/schemas/service.ts' },
  location: { schema: locationSchema, file: 'src/schemas/location.ts' },
  activity: { schema: activitySchema, file: 'src/schemas/activity.ts' },
  schedule: { schema: scheduleSchema, file: 'src/schemas/activity.ts' },
  guide: { schema: guideSchema, file: 'src/schemas/guide.ts' },
  glossary: { schema: glossarySchema, file: 'src/schemas/glossary.ts' },
  emergency: { schema: emergencySchema, file: 'src/schemas/emergency.ts' },
  practice: { schema: practiceSchema, file: 'src/schemas/practice.ts' },
  site: { schema: siteSchema, file: 'src/schemas/site.ts' },
};

interface Row {
  field: string;
  required: string;
}

/** The field tables of a CONTRIBUTING text: marker name → its rows (first column without backticks). */
function fieldTables(markdown: string): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  const lines = markdown.split('\n');
  lines.forEach((line, i) => {
    const marker = line.match(/^<!-- velden: ([a-z_]+) -->$/);
    if (!marker) return;
    const rows: Row[] = [];
    // Header and separator, then one row per field until the table ends.
    for (let j = i + 3; j < lines.length && lines[j]!.startsWith('|'); j++) {
      const cells = lines[j]!.split('|').map((c) => c.trim());
      rows.push({ field: cells[1]!.replace(/^`|`$/g, ''), required: cells[2]! });
    }
    tables.set(marker[1]!, rows);
  });
  return tables;
}

/** What differs between one table and its schema, as Dutch sentences that name table and field. */
function tableDifferences(name: string, rows: Row[], schema: z.ZodObject, file: string): string[] {
  const where = `CONTRIBUTING.md, tabel "velden: ${name}"`;
  const shape = schema.shape as Record<string, z.ZodType>;
  const inTable = new Set(rows.map((r) => r.field));
  const problems: string[] = [];
  for (const field of Object.keys(shape)) {
    if (!inTable.has(field))
      problems.push(`${where}: het veld "${field}" uit ${file} ontbreekt; voeg een regel toe met wat het betekent`);
  }
  for (const row of rows) {
    const field = shape[row.field];
    if (!field) {
      problems.push(`${where}: het veld "${row.field}" bestaat niet in ${file}`);
      continue;
    }
    const required = field.safeParse(undefined).success ? 'nee' : 'ja';
    if (row.required !== required)
      problems.push(
        `${where}: bij "${row.field}" staat nodig "${row.required}", maar volgens ${file} is dat "${required}"`,
      );
  }
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.field)) problems.push(`${where}: het veld "${row.field}" staat twee keer in de tabel`);
    seen.add(row.field);
  }
  return problems;
}

const contributing = readFileSync(resolve(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');
const tables = fieldTables(contributing);

describe('CONTRIBUTING.md field tables', () => {
  it('has one table for each kind of file, and no table for a schema it does not know', () => {
    expect([...tables.keys()].sort()).toEqual(Object.keys(TABLES).sort());
  });

  it('lists exactly the fields of each schema, with the right "nodig"', () => {
    const problems = Object.entries(TABLES).flatMap(([name, { schema, file }]) =>
      tableDifferences(name, tables.get(name) ?? [], schema, file),
    );
    expect(problems).toEqual([]);
  });

  it('names a missing field, an extra field and a wrong "nodig"', () => {
    const rows = (tables.get('location') ?? []).filter((r) => r.field !== 'street');
    rows.push({ field: 'hoogte', required: 'nee' });
    rows[0] = { ...rows[0]!, required: 'nee' };
    expect(tableDifferences('location', rows, locationSchema, 'src/schemas/location.ts')).toEqual([
      'CONTRIBUTING.md, tabel "velden: location": het veld "street" uit src/schemas/location.ts ontbreekt; voeg een regel toe met wat het betekent',
      'CONTRIBUTING.md, tabel "velden: location": bij "name" staat nodig "nee", maar volgens src/schemas/location.ts is dat "ja"',
      'CONTRIBUTING.md, tabel "velden: location": het veld "hoogte" bestaat niet in src/schemas/location.ts',
    ]);
  });
});
