/**
 * The W3C Nu HTML checker over every page the build wrote: valid HTML is what assistive technology
 * relies on. One Java process checks every page: it keeps both cores busy by itself (measured:
 * 17.6 s for 1,386 pages, against 23 s for two processes on half each, which both warm up), and
 * the result is reported per page type, each error with its page and line.
 *
 * The check must be able to fail: a missing Java, a checker that crashes or prints nothing, fails
 * here; and a page with a known error (tests/fixtures/html/invalid.html) is checked along with the
 * build, so a checker that runs but reports nothing is caught too.
 */
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, pageTypes } from './pages.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const VNU = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const CANARY = join(ROOT, 'tests/fixtures/html/invalid.html');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/** Runs the checker on some files; its JSON report, or an error saying in Dutch what went wrong. */
async function vnu(files: string[]): Promise<VnuMessage[]> {
  let stderr: string;
  try {
    ({ stderr } = await promisify(execFile)(
      'java',
      ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', ...files],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    ));
  } catch (error) {
    const e = error as { code?: string | number; stderr?: string; message: string };
    if (e.code === 'ENOENT')
      throw new Error(
        'Java ontbreekt: de HTML-controle heeft java nodig (sudo apt-get install -y default-jre-headless).',
        { cause: error },
      );
    // vnu exits with 1 when it finds errors; its report is on stderr either way.
    if (e.code !== 1 || !e.stderr)
      throw new Error(`De Nu HTML checker liep niet goed af (${e.code}): ${e.stderr || e.message}`, { cause: error });
    stderr = e.stderr;
  }
  if (!stderr.trim()) throw new Error('De Nu HTML checker gaf geen uitvoer: hij heeft niets gecontroleerd.');
  return (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
}

const pages = builtPages(DIST);
const types = pageTypes(pages);
const fileOf = (page: string) => join(DIST, page.endsWith('/') ? page + 'index.html' : page);
const errors = new Map<string, string[]>();
const canary: VnuMessage[] = [];

beforeAll(async () => {
  const messages = await vnu([...pages.map(fileOf), CANARY]);
  const pageOf = new Map(pages.map((p) => [fileOf(p), p]));
  for (const m of messages) {
    const path = decodeURIComponent(new URL(m.url).pathname);
    if (path === CANARY) {
      canary.push(m);
      continue;
    }
    const page = pageOf.get(path) ?? path;
    errors.set(page, [...(errors.get(page) ?? []), `${page}:${m.lastLine} ${m.message}`]);
  }
}, 600_000);

describe('the Nu HTML checker', () => {
  it('runs on this build and reports a known error in a page made to fail', () => {
    expect(pages.length).toBeGreaterThan(100);
    // An error in a file that is not one of the pages would otherwise belong to no test below.
    expect([...errors.keys()].filter((page) => !pages.includes(page))).toEqual([]);
    expect(canary.map((m) => `${m.lastLine} ${m.message}`)).toEqual([
      '5 Element “p” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)',
    ]);
  });

  it.each([...types])('finds no error in any page of type %s', (_type, list) => {
    const found = list.flatMap((p) => errors.get(p) ?? []);
    expect(found.slice(0, 20), `${found.length} fouten`).toEqual([]);
  });
});
