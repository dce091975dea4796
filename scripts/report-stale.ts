// Lists the entries that have not been checked for longer than stale_after_days (content/site.yaml),
// so the editors can ask the organisation to look at them. Such entries also carry a warning on
// their page. `npm run report:stale -- --strict` exits with 1 when there are any (for a scheduled job).
import { loadContent } from '../src/lib/content.ts';
import { staleEntries } from '../src/lib/stale.ts';
import { buildDate, contentRoot } from '../src/lib/content-cache.ts';

const content = loadContent(contentRoot());
const today = buildDate();
const stale = staleEntries(content, today);
if (!stale.length) {
  console.log(`Alle vermeldingen zijn in de laatste ${content.site.stale_after_days} dagen gecontroleerd (peildatum ${today}).`);
} else {
  console.log(`${stale.length} ${stale.length === 1 ? 'vermelding is' : 'vermeldingen zijn'} langer dan ${content.site.stale_after_days} dagen niet gecontroleerd (peildatum ${today}):\n`);
  for (const e of stale) console.log(`  ${e.file}\n    laatst gecontroleerd ${e.checked} door ${e.by} (${e.days} dagen geleden)`);
  if (process.argv.includes('--strict')) process.exit(1);
}
