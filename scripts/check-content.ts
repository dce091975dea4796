// Checks all of content/ before the build starts, so an editor's mistake ends in one clear list
// of Dutch messages (file, field or line, what is expected) instead of a stack trace halfway the
// build: the YAML records and guide frontmatter (src/lib/content.ts), then every Markdown and
// MDX text, which may carry no code (src/lib/markup.ts).
import { ContentError, formatProblems, loadContent, type Problem } from '../src/lib/content.ts';
import { buildDate } from '../src/lib/content-cache.ts';
import { checkAllMarkup } from '../src/lib/markup.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSynonyms, SYNONYMS_FILE } from '../src/lib/synonyms.ts';

const started = performance.now();
const root = process.env.THUISIN_CONTENT_ROOT ?? process.cwd();
const problems: Problem[] = [];
let counts: string[] = [];
try {
  // With the build date: the holiday data must reach as far as the agenda and the feeds look.
  const content = loadContent(root, { today: buildDate() });
  counts = [
    `${content.organisations.length} organisaties`,
    `${content.services.length} diensten`,
    `${content.locations.length} locaties`,
    `${content.activities.length} activiteiten`,
    `${content.practices.length} goede voorbeelden`,
    `${content.guides.length} gidsen`,
    `${content.glossary.length} woorden`,
  ];
} catch (error) {
  if (!(error instanceof ContentError)) {
    // Whatever went wrong, the editor reads Dutch; the detail is for the developer below it.
    console.error(
      `De inhoud kon niet worden gecontroleerd door een onverwachte fout. Meld dit aan de beheerder van de site.\n(${error instanceof Error ? error.message : String(error)})`,
    );
    process.exit(1);
  }
  problems.push(...error.problems);
}
problems.push(...checkAllMarkup(root));
// The search synonyms (content/search/synonyms.yaml), read at index time; an instance may have none.
if (existsSync(join(root, SYNONYMS_FILE)))
  problems.push(...parseSynonyms(readFileSync(join(root, SYNONYMS_FILE), 'utf8')).problems);
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Inhoud in orde: ${counts.join(', ')} (${Math.round(performance.now() - started)} ms).`);
