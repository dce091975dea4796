/**
 * Splits a Markdown or MDX file into its YAML frontmatter (between the two `---` lines at the top)
 * and its body, keeping line numbers: a message about the body must point at the line the editor
 * sees in the whole file.
 */
export interface Split {
  /** The YAML between the fences, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** Line of the file where the YAML starts (the line after the first `---`). */
  yamlLine: number;
  body: string;
}

export function splitFrontmatter(source: string): Split {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { yaml: undefined, yamlLine: 1, body: text };
  return { yaml: match[1], yamlLine: 2, body: text.slice(match[0].length) };
}
