/**
 * The site never publishes a personal mobile number. The phone fields refuse one already (see
 * src/schemas/phone.ts), but a number can also slip into free text: a description, a translation,
 * the body of a guide ("bel Fatima op 06-12345678"). This check reads every text file in content/
 * line by line, so it also finds the number where no schema looks, and names file, field and line.
 *
 * A WhatsApp line an organisation offers is the one place a mobile number belongs: the field
 * `whatsapp` is left alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problems.ts';

/**
 * A Dutch mobile number as people write it: 06 with eight digits, or the international forms
 * +31 6, +31 (0)6 and 0031 6; with spaces, dashes or dots between the digits. Not part of a longer
 * number, so a date (2027-06-15) or an IBAN is never taken for one.
 */
const MOBILE = /(?<![\d+])(?:(?:\+|00)31[\s.-]*(?:\(0\)[\s.-]*)?6|06)(?:[\s.-]?\d){8}(?![\d])/g;

/** The mobile numbers written in a piece of text, as written. */
export function findMobileNumbers(text: string): string[] {
  return [...text.matchAll(MOBILE)].map((m) => m[0]);
}

const TEXT_FILE = /\.(ya?ml|mdx?)$/;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      if (e.name.startsWith('.')) return [];
      const path = join(dir, e.name);
      if (e.isDirectory()) return textFiles(path);
      return TEXT_FILE.test(e.name) ? [path] : [];
    });
}

/**
 * The mobile numbers in one file's text, as problems. In YAML (and a guide's frontmatter) the
 * field is the dotted path of the key on that line or above it; in the body of a Markdown or MDX
 * file the line says where.
 */
export function mobileNumberProblems(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const markdown = /\.mdx?$/.test(file);
  // Keys by indentation, so a number on "  phone: …" under "contact:" is field contact.phone.
  const keys: { indent: number; key: string }[] = [];
  let inYaml = !markdown;
  source.split(/\r?\n/).forEach((text, index) => {
    if (markdown && text.trim() === '---' && (index === 0 || inYaml)) {
      inYaml = index === 0;
      return;
    }
    let field = '';
    if (inYaml) {
      const key = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*):(?:\s|$)/.exec(text);
      if (key) {
        const indent = key[1].length;
        while (keys.length && keys.at(-1)!.indent >= indent) keys.pop();
        keys.push({ indent, key: key[2] });
      }
      if (keys.some((k) => k.key === 'whatsapp')) return;
      field = keys.map((k) => k.key).join('.');
    }
    for (const number of findMobileNumbers(text)) {
      problems.push({
        file,
        field,
        line: index + 1,
        message: `"${number.trim()}" is een 06-nummer; de site publiceert geen persoonlijke mobiele nummers. Gebruik het algemene nummer van de organisatie (een WhatsApp-lijn van de organisatie hoort in het veld whatsapp)`,
      });
    }
  });
  return problems;
}

/**
 * Every mobile number in the YAML, Markdown and MDX files below `root/content`. A field whose
 * schema already refused the value (a 06 number in `phone`) is not reported twice.
 */
export function checkMobileNumbers(root: string, problems: Problem[]) {
  const reported = new Set(problems.map((p) => `${p.file}\n${p.field}`));
  for (const path of textFiles(join(root, 'content'))) {
    const file = relative(root, path);
    for (const p of mobileNumberProblems(file, readFileSync(path, 'utf8'))) {
      if (!reported.has(`${p.file}\n${p.field}`)) problems.push(p);
    }
  }
}
