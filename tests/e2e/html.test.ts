/** The W3C Nu HTML checker over every page the build wrote: valid HTML is what assistive technology relies on. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

it('the Nu HTML checker finds no error in any built page', () => {
  let output: string;
  try {
    output = execFileSync('java', ['-Xss4m', '-jar', resolve(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'json', '--skip-non-html', resolve(ROOT, 'dist')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // vnu exits with 1 when it finds errors and writes its report to stderr.
    output = (error as { stderr?: string }).stderr ?? '';
  }
  const messages = (JSON.parse(output || '{"messages":[]}').messages as { url: string; message: string; lastLine: number }[]).map(
    (m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine} ${m.message}`,
  );
  expect(messages.slice(0, 20), `${messages.length} errors`).toEqual([]);
}, 600_000);
