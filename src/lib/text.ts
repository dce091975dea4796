/**
 * Content text is plain: blank lines separate paragraphs, lines starting with "- " make a list.
 * Turning it into blocks here (not with a Markdown library) keeps what editors can write small,
 * and keeps any markup out of the pages.
 */
export type Block = { type: 'p'; text: string } | { type: 'ul'; items: string[] };

export function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.trim().split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    let paragraph: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (paragraph.length) blocks.push({ type: 'p', text: paragraph.join(' ') });
      if (list.length) blocks.push({ type: 'ul', items: list });
      paragraph = [];
      list = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        if (paragraph.length) flush();
        list.push(line.slice(2).trim());
      } else {
        if (list.length) flush();
        paragraph.push(line);
      }
    }
    flush();
  }
  return blocks;
}
