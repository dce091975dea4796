/** Test helpers: a throw-away copy of the fixture site that a test can break one field at a time. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { ContentError, loadContent, type Problem } from '../../src/lib/content.ts';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIXTURE = join(ROOT, 'tests/fixtures/site');

/** A fixture file's parsed YAML: untyped, so a test may set any field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type FixtureData = any;

export function fixtureCopy(): {
  root: string;
  edit: (file: string, change: (data: FixtureData) => void) => void;
  write: (file: string, text: string) => void;
  read: (file: string) => string;
  cleanup: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'thuisin-'));
  cpSync(FIXTURE, root, { recursive: true });
  return {
    root,
    edit(file, change) {
      const path = join(root, 'content', file);
      const data = parse(readFileSync(path, 'utf8'));
      change(data);
      writeFileSync(path, stringify(data));
    },
    write(file, text) {
      const path = join(root, 'content', file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    },
    read: (file) => readFileSync(join(root, 'content', file), 'utf8'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Loads a site and returns the problems it was refused with (none: an empty list). */
export function problemsOf(root: string): Problem[] {
  try {
    loadContent(root);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}
