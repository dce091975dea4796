/**
 * docs/developers.md names files, folders and npm scripts; each must exist, so the guide cannot
 * send a developer to a file that was moved. Placeholders (`<lang>`, `*`, `…`) end a path: the
 * part before them must exist. Build output (dist/, dist-fixture/, screenshots/) is not checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE = 'docs/developers.md';
const BUILT = /^(dist|dist-fixture|screenshots)\//;

/** Repository paths named in a Markdown text: `src/…`, `tests/…` and the other top folders, and `X.md`. */
function namedPaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [path] of markdown.matchAll(
    /(?<![\w./-])(?:src|content|scripts|tests|templates|docs|vendor|public)\/[^\s`),;:"']*/g,
  ))
    paths.add(path.replace(/\.$/, ''));
  for (const [, file] of markdown.matchAll(/`([A-Za-z-]+\.(?:md|json))`/g)) paths.add(file!);
  return [...paths];
}

/** The part of a path before its first placeholder, as a path that must exist. */
function existingPart(path: string): string {
  const cut = path.search(/[<*…{|]/);
  if (cut === -1) return path;
  const head = path.slice(0, cut);
  return head.endsWith('/') ? head : dirname(head);
}

/** `npm run <name>` anywhere in the text. */
function namedScripts(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))];
}

describe('docs/developers.md', () => {
  const text = readFileSync(join(ROOT, GUIDE), 'utf8');

  it('finds paths and scripts in a text, placeholders cut off', () => {
    expect(
      namedPaths('see `src/lib/content.ts`, `src/i18n/ui/<code>.json` and `README.md`; (tests/unit/x.test.ts)'),
    ).toEqual(['src/lib/content.ts', 'src/i18n/ui/<code>.json', 'tests/unit/x.test.ts', 'README.md']);
    expect(existingPart('src/i18n/ui/<code>.json')).toBe('src/i18n/ui/');
    expect(existingPart('content/guides/*.mdx')).toBe('content/guides/');
    expect(existingPart('src/components/guides/<Name>.astro')).toBe('src/components/guides/');
    expect(namedScripts('`npm run build:test`, then THUISIN_TODAY=x npm run build')).toEqual(['build:test', 'build']);
  });

  it('names only files and folders that exist', () => {
    const paths = namedPaths(text).filter((p) => !BUILT.test(p));
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !existsSync(join(ROOT, existingPart(p))))).toEqual([]);
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts);
    const named = namedScripts(text);
    expect(named.length).toBeGreaterThan(8);
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](docs/developers.md)');
  });
});
