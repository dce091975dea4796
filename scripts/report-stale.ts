// Lists the entries nobody has checked with the organisation yet (checked: evaluatie-2019 and the
// like), and the entries whose last check is longer ago than stale_after_days (content/site.yaml),
// so the editors can ask the organisations to look at them. Both carry a note on their page.
// `npm run report:stale -- --strict` exits with 1 when there are any (for a scheduled job).
import { loadContent } from '../src/lib/content.ts';
import { staleEntries, uncheckedEntries } from '../src/lib/stale.ts';
import { buildDate, contentRoot } from '../src/lib/content-cache.ts';

const BASIS_NAME = {
  'evaluatie-2019': 'de evaluatie van 2019',
  'speerpunten-2017': 'de speerpunten 2017-2018',
  voorbeeld: 'een voorbeeld',
} as const;

const content = loadContent(contentRoot());
const today = buildDate();
const unchecked = uncheckedEntries(content);
const stale = staleEntries(content, today);
if (unchecked.length) {
  console.log(
    `${unchecked.length} ${unchecked.length === 1 ? 'vermelding is' : 'vermeldingen zijn'} nog nooit bij de organisatie nagekeken:\n`,
  );
  for (const e of unchecked) console.log(`  ${e.file}\n    alleen uit ${BASIS_NAME[e.basis]}`);
  console.log('');
}
if (!stale.length) {
  console.log(
    `Alle nagekeken vermeldingen zijn in de laatste ${content.site.stale_after_days} dagen gecontroleerd (peildatum ${today}).`,
  );
} else {
  console.log(
    `${stale.length} ${stale.length === 1 ? 'vermelding is' : 'vermeldingen zijn'} langer dan ${content.site.stale_after_days} dagen niet gecontroleerd (peildatum ${today}):\n`,
  );
  for (const e of stale)
    console.log(`  ${e.file}\n    laatst gecontroleerd ${e.checked} door ${e.by} (${e.days} dagen geleden)`);
}
if ((stale.length || unchecked.length) && process.argv.includes('--strict')) process.exit(1);
