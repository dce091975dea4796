// Scores the Dutch texts a resident reads (guides, service and activity descriptions, pages) with
// Flesch-Douma (src/lib/readability.ts) and lists the ten hardest, each with its longest sentence,
// so an editor knows where to start. Advisory: it always exits 0; `-- --all` lists every text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../src/lib/content.ts';
import { contentRoot } from '../src/lib/content-cache.ts';
import { fleschDouma, longestSentence, plainText } from '../src/lib/readability.ts';

const root = contentRoot();
const content = loadContent(root);
const texts: { file: string; text: string }[] = [];
const join2 = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('\n');

for (const g of content.guides)
  texts.push({
    file: g.file,
    text: join2(g.data.title, g.data.summary, plainText(readFileSync(join(root, g.file), 'utf8'))),
  });
for (const s of content.services)
  texts.push({
    file: s.file,
    text: join2(s.data.summary, plainText(join2(s.data.description, s.data.how, s.data.bring))),
  });
for (const a of content.activities)
  texts.push({ file: a.file, text: join2(a.data.summary, plainText(a.data.description)) });
const pages = join(root, 'content/pages/nl');
for (const name of readdirSync(pages).filter((n) => n.endsWith('.md'))) {
  const file = relative(root, join(pages, name));
  texts.push({ file, text: plainText(readFileSync(join(root, file), 'utf8')) });
}

const scored = texts.map((t) => ({ ...t, ...fleschDouma(t.text) })).sort((a, b) => a.score - b.score);
const shown = process.argv.includes('--all') ? scored : scored.slice(0, 10);
const mean = scored.reduce((n, t) => n + t.score, 0) / scored.length;
console.log(
  `Leesbaarheid (Flesch-Douma, hoger is makkelijker; onder 60 is moeilijk voor taalniveau B1) van ${scored.length} Nederlandse teksten, gemiddeld ${mean.toFixed(1)}.`,
);
console.log(`${shown.length === scored.length ? 'Alle teksten' : 'De tien moeilijkste'}:\n`);
for (const t of shown) {
  console.log(
    `  ${t.score.toFixed(1).padStart(5)}  ${relative(root, join(root, t.file))}  (${(t.words / t.sentences).toFixed(1)} woorden per zin, ${(t.syllables / t.words).toFixed(2)} lettergrepen per woord)`,
  );
  console.log(`         langste zin: ${longestSentence(t.text)}`);
}
console.log('\nAlleen een advies: het script laat de build nooit falen.');
