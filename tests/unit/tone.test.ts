/** The site says "u" to residents: "je", "jij", "jouw" in Dutch content text stop the build. */
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCopy, problemsOf } from './helpers.ts';

let site: ReturnType<typeof fixtureCopy>;
afterEach(() => site?.cleanup());

const message = (word: string) =>
  `spreekt de lezer aan met "${word}"; schrijf "u" en "uw", zoals overal op de site (bijvoorbeeld "Meld u aan", "uw kinderen")`;

describe('formal address in Dutch content', () => {
  it('refuses "je" in an activity text, naming file and field', () => {
    site = fixtureCopy();
    site.edit('activities/koffie.yaml', (d) => (d.description = 'Kom gewoon langs als je tijd hebt.'));
    expect(problemsOf(site.root)).toEqual([
      { file: 'content/activities/koffie.yaml', field: 'description', message: message('je') },
    ]);
  });

  it('refuses "jouw" and "Jij" in a service, one message per field', () => {
    site = fixtureCopy();
    site.edit(
      'services/hulp.yaml',
      (d) => ((d.summary = 'Hulp bij jouw rekeningen.'), (d.keywords = ['schulden', 'Jij en geld'])),
    );
    expect(problemsOf(site.root)).toEqual([
      { file: 'content/services/hulp.yaml', field: 'summary', message: message('jouw') },
      { file: 'content/services/hulp.yaml', field: 'keywords.1', message: message('Jij') },
    ]);
  });

  it('accepts words that only contain the letters (jeugd, bijeenkomst) and a quoted source', () => {
    site = fixtureCopy();
    site.edit(
      'activities/koffie.yaml',
      (d) => (
        (d.description = 'Een bijeenkomst voor de jeugd. Meld u aan.'),
        (d.source = 'Folder "Doe je mee?" (2024)')
      ),
    );
    expect(problemsOf(site.root)).toEqual([]);
  });
});
