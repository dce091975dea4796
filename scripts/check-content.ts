// Checks all of content/ before the build starts, so an editor's mistake ends in one clear list
// of Dutch messages (file, field, what is expected) instead of a stack trace halfway the build.
import { ContentError, loadContent } from '../src/lib/content.ts';

const started = performance.now();
try {
  const content = loadContent(process.cwd());
  const counts = [
    `${content.organisations.length} organisaties`,
    `${content.services.length} diensten`,
    `${content.locations.length} locaties`,
    `${content.activities.length} activiteiten`,
    `${content.practices.length} goede voorbeelden`,
  ];
  console.log(`Inhoud in orde: ${counts.join(', ')} (${Math.round(performance.now() - started)} ms).`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
