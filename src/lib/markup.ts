/**
 * `npm run check:content`, second half: every Markdown and MDX file in content/ (guides, their
 * translations, the plain pages) is parsed with Sätteri, the engine Astro itself uses, and
 * refused when it carries anything but text: ESM, `{…}` expressions, HTML of any kind, elements
 * and attributes that are not on the guide components' list, unsafe links, images from another
 * host, and ids that point at nothing. Every refusal names file and line, says what is wrong
 * and what to write instead, in Dutch.
 *
 * The check runs before the build because Astro only logs some rendering errors of a .md file
 * and writes the page anyway. src/lib/markup-filter.ts is the second layer in the renderer.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { GUIDE_COMPONENTS, isAllowedImage, isAllowedLink, isGuideComponent, isPhoneNumber } from './markup-rules.ts';
import { issuesToProblems, parseYaml, type Problem } from './content.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { pageSchema } from '../schemas/page.ts';

/** What ids exist, to check <Dienst id>, <Activiteit id> and <Woord id>. */
export interface KnownIds {
  services: Set<string>;
  activities: Set<string>;
  glossary: Set<string>;
}

const COMPONENT_LIST = 'Dienst, Activiteit, LetOp, Stappen, Woord en Telefoon';
const COMPONENT_CHOICE = 'een van Dienst, Activiteit, LetOp, Stappen, Woord of Telefoon';
const MARKDOWN_HINT = 'schrijf Markdown: **vet**, [linktekst](https://…), kopjes met ## en lijstjes met "- "';

/** Per HTML element what an editor should write instead. */
const HTML_HINTS: Record<string, string> = {
  script: 'content is tekst, nooit code. Haal het script weg',
  style: 'de opmaak komt van de site zelf; gebruik **vet** of een kopje (##) als iets moet opvallen',
  iframe: 'de site laadt niets van andere sites; zet er een link naar: [beschrijving](https://…)',
  img: 'schrijf een afbeelding als ![beschrijving](/afbeeldingen/naam.jpg), met het bestand op deze site',
  a: 'schrijf een link als [linktekst](https://…)',
  strong: 'schrijf vet als **tekst**',
  b: 'schrijf vet als **tekst**',
  em: 'schrijf schuin als *tekst*',
  i: 'schrijf schuin als *tekst*',
  br: 'begin een nieuwe alinea met een witregel',
  p: 'begin een nieuwe alinea met een witregel',
};

function htmlHint(tag: string): string {
  return HTML_HINTS[tag.toLowerCase()] ?? MARKDOWN_HINT;
}

function htmlProblem(tag: string, attributes: string[]): string {
  const handler = attributes.find((a) => /^on[a-z]+$/i.test(a));
  if (handler)
    return `HTML met een gebeurtenis-attribuut (${handler}=) is niet toegestaan: dat voert code uit in de browser van de lezer. Haal het weg en ${MARKDOWN_HINT}`;
  return `HTML (<${tag}>) is niet toegestaan: ${htmlHint(tag)}`;
}

/** An HTML fragment as Markdown keeps it: the first tag's name and attribute names. */
function describeHtml(value: string): { tag: string; attributes: string[] } | undefined {
  const open = /<\/?([a-zA-Z][\w:-]*)([^>]*)>?/.exec(value);
  if (!open) return value.trim().startsWith('<!--') ? { tag: '!--', attributes: [] } : undefined;
  const attributes = [...open[2].matchAll(/([^\s=/"']+)\s*(?==|\s|$|\/)/g)].map((m) => m[1]);
  // An event handler anywhere in the fragment counts, not only on the first tag.
  const handler = /\s(on[a-z]+)\s*=/i.exec(value);
  if (handler && !attributes.includes(handler[1])) attributes.push(handler[1]);
  return { tag: open[1], attributes };
}

function lineOf(node: { position?: { start?: { line?: number } } }, offset: number): number | undefined {
  const line = node.position?.start?.line;
  return line ? line + offset : undefined;
}

/** MDX syntax errors from Sätteri ("3:1: Expected a closing tag …") in Dutch, with the line. */
function syntaxProblem(file: string, error: unknown, offset: number): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+)/.exec(message);
  const line = at ? Number(at[1]) + offset : undefined;
  const closing = /closing tag for `<([^>`]+)>`/.exec(message);
  let what: string;
  if (closing)
    what = `<${closing[1]}> wordt niet gesloten: schrijf </${closing[1]}> na de tekst, of eindig met /> zoals <Dienst id="…" />`;
  else if (/create a comment in MDX/.test(message))
    what = 'HTML-commentaar (<!-- … -->) is niet toegestaan; haal het weg';
  else if (/closing brace/.test(message))
    what = 'een { zonder } : accolades zijn code en niet toegestaan. Wilt u het teken zelf, schrijf dan \\{';
  else if (/create a link in MDX/.test(message))
    what = 'schrijf een link als [linktekst](https://…), niet tussen < en >';
  else
    what = `kan niet worden gelezen: controleer of elk onderdeel (${COMPONENT_LIST}) goed geopend en gesloten is. Wilt u het teken < of { zelf, schrijf dan \\< of \\{`;
  return { file, field: '', ...(line ? { line } : {}), message: what };
}

interface Walk {
  file: string;
  offset: number;
  known: KnownIds;
  problems: Problem[];
}

function report(w: Walk, node: object, message: string) {
  const line = lineOf(node as never, w.offset);
  w.problems.push({ file: w.file, field: '', ...(line ? { line } : {}), message });
}

type Attr = { type: string; name?: string; value?: unknown };

function checkComponent(
  w: Walk,
  node: MdastNode & { name: string | null; attributes: Attr[]; children?: MdastNode[] },
) {
  const name = node.name ?? '';
  if (!name) return report(w, node, `een leeg element <> is niet toegestaan; gebruik alleen ${COMPONENT_LIST}`);
  if (!isGuideComponent(name)) {
    if (/^[a-z]/.test(name))
      return report(
        w,
        node,
        htmlProblem(
          name,
          node.attributes.map((a) => a.name ?? ''),
        ),
      );
    return report(w, node, `het onderdeel <${name}> bestaat niet; gebruik ${COMPONENT_CHOICE} (zie CONTRIBUTING.md)`);
  }
  const spec = GUIDE_COMPONENTS[name];
  const allowed: readonly string[] = spec.attributes;
  const values: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') {
      report(
        w,
        node,
        `{…} in <${name}> is code en niet toegestaan; schrijf elk attribuut als naam="waarde", bijvoorbeeld ${spec.example}`,
      );
      continue;
    }
    if (!allowed.includes(a.name!)) {
      report(
        w,
        node,
        `<${name}> kent het attribuut "${a.name}" niet; ${allowed.length ? `toegestaan: ${allowed.join(', ')}` : 'dit onderdeel heeft geen attributen'}. Bijvoorbeeld ${spec.example}`,
      );
      continue;
    }
    if (typeof a.value !== 'string') {
      report(
        w,
        node,
        `het attribuut ${a.name} van <${name}> moet gewone tekst tussen aanhalingstekens zijn, zoals ${a.name}="…"; {…} is code. Bijvoorbeeld ${spec.example}`,
      );
      continue;
    }
    values[a.name!] = a.value;
  }
  for (const required of spec.required) {
    if (!(required in values) && !node.attributes.some((a) => a.name === required)) {
      report(w, node, `<${name}> mist ${required}="…"; bijvoorbeeld ${spec.example}`);
    }
  }
  const ref = (value: string | undefined, set: Set<string>, folder: string) => {
    if (value !== undefined && !set.has(value)) {
      const some = [...set].sort().slice(0, 3).join(', ') || 'geen';
      report(
        w,
        node,
        `<${name} id="${value}">: "${value}" bestaat niet in ${folder}; gebruik de bestandsnaam zonder extensie (bijvoorbeeld ${some})`,
      );
    }
  };
  if (name === 'Dienst') ref(values.id, w.known.services, 'content/services');
  if (name === 'Activiteit') ref(values.id, w.known.activities, 'content/activities');
  if (name === 'Woord') ref(values.id, w.known.glossary, 'content/glossary');
  if (name === 'Telefoon' && values.nummer !== undefined && !isPhoneNumber(values.nummer)) {
    report(
      w,
      node,
      `<Telefoon nummer="${values.nummer}">: verwacht een algemeen telefoonnummer, zoals 112, 0900 8844 of 0529 43 83 83 (geen persoonlijk 06-nummer)`,
    );
  }
  if (name === 'Stappen') {
    const children = (node.children ?? []) as MdastNode[];
    const lists = children.filter((c) => c.type === 'list');
    if (lists.length !== 1 || children.length !== 1 || !(lists[0] as { ordered?: boolean }).ordered) {
      report(
        w,
        node,
        '<Stappen> hoort precies één genummerde lijst te bevatten, met witregels eromheen: <Stappen>, witregel, 1. … 2. …, witregel, </Stappen>',
      );
    }
  }
  if ((name === 'Dienst' || name === 'Activiteit' || name === 'Telefoon') && (node.children ?? []).length) {
    report(w, node, `<${name}> heeft geen tekst ertussen; schrijf ${spec.example}`);
  }
}

function walk(w: Walk, node: MdastNode) {
  switch (node.type) {
    case 'mdxjsEsm':
      report(
        w,
        node,
        `"import" en "export" zijn niet toegestaan: een gids gebruikt alleen ${COMPONENT_LIST}, en die zijn er altijd. Haal de regel weg`,
      );
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(w, node, '{…} is code en niet toegestaan; schrijf gewone tekst. Wilt u het teken { zelf, schrijf dan \\{');
      return;
    case 'html': {
      const value = (node as { value: string }).value;
      const html = describeHtml(value);
      if (!html) report(w, node, `HTML is niet toegestaan: ${MARKDOWN_HINT}`);
      else if (html.tag === '!--') report(w, node, 'HTML-commentaar (<!-- … -->) is niet toegestaan; haal het weg');
      else report(w, node, htmlProblem(html.tag, html.attributes));
      return;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkComponent(w, node as never);
      break;
    case 'link':
    case 'definition': {
      const url = (node as { url: string }).url;
      if (!isAllowedLink(url)) {
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
        const why =
          scheme === 'http'
            ? 'is onbeveiligd (http:); schrijf https://'
            : scheme
              ? `begint met ${scheme}: en dat kan code of verborgen inhoud bevatten`
              : 'is geen volledig adres';
        report(
          w,
          node,
          `de link "${url}" ${why}. Toegestaan: https://…, mailto:…, tel:… of een pad op deze site zoals /nl/kaart/`,
        );
      }
      break;
    }
    case 'image': {
      const url = (node as { url: string }).url;
      if (!isAllowedImage(url)) {
        report(
          w,
          node,
          `de afbeelding "${url}" komt niet van deze site; een andere site zou elke lezer kunnen volgen. Zet het bestand op deze site en schrijf ![beschrijving](/afbeeldingen/naam.jpg)`,
        );
      }
      break;
    }
  }
  for (const child of (node as { children?: MdastNode[] }).children ?? []) walk(w, child);
}

/** Checks one Markdown (.md) or MDX (.mdx) text; `file` is how messages name it. */
export function checkMarkup(file: string, source: string, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const mdx = file.endsWith('.mdx');
  let tree: MdastNode;
  try {
    tree = mdx ? mdxToMdast(source) : markdownToMdast(source);
  } catch (error) {
    return [syntaxProblem(file, error, 0)];
  }
  walk({ file, offset: 0, known, problems }, tree);
  // An inline <b>…</b> is two HTML nodes on one line: one message is enough.
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}|${p.message}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

function filesIn(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (name.startsWith('.')) return [];
      if (statSync(path).isDirectory()) return filesIn(path, root);
      return /\.mdx?$/.test(name) ? [relative(root, path)] : [];
    });
}

function idsIn(root: string, folder: string): Set<string> {
  const dir = join(root, 'content', folder);
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => n.slice(0, -5)),
  );
}

/** The ids there are, judged on the files (a broken file is reported in itself, not at every use). */
export function knownIds(root: string): KnownIds {
  return {
    services: idsIn(root, 'services'),
    activities: idsIn(root, 'activities'),
    glossary: idsIn(root, 'glossary'),
  };
}

/**
 * The frontmatter of a plain page (content/pages/<lang>/<slug>.md). Astro reads it too, but its
 * own messages are English stack traces; this says it first, in Dutch.
 */
function checkPageFrontmatter(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const { yaml, yamlLine } = splitFrontmatter(source);
  if (yaml === undefined)
    return [
      {
        file,
        field: '',
        line: 1,
        message:
          'mist de gegevens bovenaan: begin met een regel ---, dan title: en description:, en weer een regel ---',
      },
    ];
  const raw = parseYaml(yaml, file, problems, yamlLine);
  if (raw === undefined) return problems;
  const result = pageSchema.safeParse(raw ?? {});
  return result.success ? [] : issuesToProblems(file, result.error.issues, raw, pageSchema);
}

/** Every .md and .mdx file below root/content, checked (guide frontmatter is checked by loadContent). */
export function checkAllMarkup(root: string): Problem[] {
  const known = knownIds(root);
  return filesIn(join(root, 'content'), root).flatMap((file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const front = file.startsWith('content/pages/') ? checkPageFrontmatter(file, source) : [];
    return [...front, ...checkMarkup(file, source, known)];
  });
}
