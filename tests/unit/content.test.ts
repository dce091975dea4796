/**
 * Bad input stops the build with a Dutch message naming file, field and expectation; good input
 * loads. Each case breaks one thing in a copy of tests/fixtures/site.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, formatProblems, loadContent, loadSiteSettings } from '../../src/lib/content.ts';
import { FIXTURE, fixtureCopy, problemsOf } from './helpers.ts';

let site: ReturnType<typeof fixtureCopy>;
afterEach(() => site?.cleanup());

/** Breaks the fixture and expects exactly one refusal on that file and field. */
function expectProblem(file: string, field: string, message: RegExp, change: (s: typeof site) => void) {
  site = fixtureCopy();
  change(site);
  const problems = problemsOf(site.root);
  const hit = problems.find((p) => p.file === `content/${file}` && p.field === field);
  expect(hit, `verwacht een fout in ${file} veld ${field}, kreeg: ${JSON.stringify(problems)}`).toBeDefined();
  expect(hit!.message).toMatch(message);
}

describe('good content loads', () => {
  it('the fixture site loads without problems', () => {
    expect(problemsOf(FIXTURE)).toEqual([]);
  });

  it('a translation is attached to its record with its machine flag', () => {
    const content = loadContent(FIXTURE);
    const en = content.services[0].translations.en!;
    expect(en.machine).toBe(true);
    expect(en.text.title).toBe('Help with money');
  });
});

describe('the kaart refuses bad input', () => {
  // The exact messages an editor reads: they name the file to change and the fields that would help.
  it('a service nobody can reach (no channel of its own or its organisation’s, no place with hours)', () =>
    expectProblem(
      'services/hulp.yaml',
      'phone',
      /^niemand kan deze dienst bereiken: geef de dienst of content\/organisations\/org\.yaml een phone, email, whatsapp of website, of geef de dienst locations met hours$/,
      (s) => {
        s.edit('organisations/org.yaml', (d) => (delete d.phone, delete d.email, delete d.website));
        s.edit(
          'services/hulp.yaml',
          (d) => (delete d.hours, delete d.phone, delete d.email, delete d.website, delete d.whatsapp),
        );
      },
    ));
  it('a service at a place with opening hours is reachable without any channel', () => {
    site = fixtureCopy();
    site.edit('organisations/org.yaml', (d) => (delete d.phone, delete d.email, delete d.website));
    site.edit('services/hulp.yaml', (d) => (delete d.phone, delete d.email, delete d.website, delete d.whatsapp));
    expect(problemsOf(site.root)).toEqual([]);
  });
  it('a volunteer role with no e-mail, phone or WhatsApp to respond to (a website is not enough)', () =>
    expectProblem(
      'services/hulp.yaml',
      'volunteers',
      /^wie wil helpen kan nergens reageren: geef de dienst of content\/organisations\/org\.yaml een email, phone of whatsapp$/,
      (s) => {
        s.edit('organisations/org.yaml', (d) => (delete d.phone, delete d.email));
        s.edit(
          'services/hulp.yaml',
          (d) => ((d.volunteers = ['taalcoach']), delete d.phone, delete d.email, delete d.whatsapp),
        );
      },
    ));
  it('a real address without house number or postcode', () =>
    expectProblem(
      'locations/huis.yaml',
      'street',
      /^"Kerkplein" heeft geen huisnummer en er is geen postcode; schrijf het adres zoals "Prinsenstraat 15" of vul postcode in\. Is het adres een voorbeeld, zet dan source: voorbeeld$/,
      (s) =>
        s.edit(
          'locations/huis.yaml',
          (d) => ((d.street = 'Kerkplein'), delete d.postcode, (d.source = 'Gemeentegids 2026')),
        ),
    ));
  it('an example address may lack a house number, a real one with a postcode too', () => {
    site = fixtureCopy();
    site.edit('locations/huis.yaml', (d) => ((d.street = 'Kerkplein'), delete d.postcode));
    expect(problemsOf(site.root)).toEqual([]);
    site.edit('locations/huis.yaml', (d) => ((d.postcode = '7721 AD'), (d.source = 'Gemeentegids 2026')));
    expect(problemsOf(site.root)).toEqual([]);
  });
  it('an interpreter answer other than ja or nee', () =>
    expectProblem(
      'services/hulp.yaml',
      'interpreter',
      /^verwacht ja \(de organisatie kan een tolk regelen\) of nee; laat het veld weg als het niet bekend is$/,
      (s) => s.edit('services/hulp.yaml', (d) => (d.interpreter = 'misschien')),
    ));
  it('an unknown theme names the file and the allowed themes', () =>
    expectProblem('services/hulp.yaml', 'themes.0', /verwacht een thema uit: geld/, (s) =>
      s.edit('services/hulp.yaml', (d) => (d.themes = ['toeslag'])),
    ));
  it('an unknown village', () =>
    expectProblem('locations/huis.yaml', 'village', /bestaat niet.*content\/site.yaml/, (s) =>
      s.edit('locations/huis.yaml', (d) => (d.village = 'zwolle')),
    ));
  it('a malformed phone number', () =>
    expectProblem('organisations/org.yaml', 'phone', /Nederlands telefoonnummer/, (s) =>
      s.edit('organisations/org.yaml', (d) => (d.phone = '12345')),
    ));
  it('a personal 06 number is never published', () =>
    expectProblem('organisations/org.yaml', 'phone', /persoonlijke mobiele nummers/, (s) =>
      s.edit('organisations/org.yaml', (d) => (d.phone = '06 12 34 56 78')),
    ));
  it('a malformed e-mail address', () =>
    expectProblem('organisations/org.yaml', 'email', /e-mailadres/, (s) =>
      s.edit('organisations/org.yaml', (d) => (d.email = 'info-at-example.nl')),
    ));
  it('a web address without https', () =>
    expectProblem('organisations/org.yaml', 'website', /https:\/\//, (s) =>
      s.edit('organisations/org.yaml', (d) => (d.website = 'http://www.example.nl')),
    ));
  it('coordinates outside the Netherlands', () =>
    expectProblem('locations/huis.yaml', 'lat', /niet in Nederland/, (s) =>
      s.edit('locations/huis.yaml', (d) => (d.lat = 48.85)),
    ));
  it('coordinates far from the village are caught as a typo', () =>
    expectProblem('locations/huis.yaml', 'lat', /km van Dalfsen/, (s) =>
      s.edit('locations/huis.yaml', (d) => (d.lat = 52.1)),
    ));
  it('an opening-hours line that does not parse', () =>
    expectProblem('services/hulp.yaml', 'hours.0', /"mo" in "mo 09:00-12:00" is geen dag/, (s) =>
      s.edit('services/hulp.yaml', (d) => (d.hours = ['mo 09:00-12:00'])),
    ));
  it('an opening-hours span that ends before it starts', () =>
    expectProblem('services/hulp.yaml', 'hours.0', /eindigt 12:00-09:00 niet na het begin/, (s) =>
      s.edit('services/hulp.yaml', (d) => (d.hours = ['ma 12:00-09:00'])),
    ));
  it('a reference to an organisation that does not exist', () =>
    expectProblem('services/hulp.yaml', 'organisation', /"onbekend" bestaat niet/, (s) =>
      s.edit('services/hulp.yaml', (d) => (d.organisation = 'onbekend')),
    ));
  it('a reference to a location that does not exist', () =>
    expectProblem('services/hulp.yaml', 'locations.0', /bestaat niet.*content\/locations/, (s) =>
      s.edit('services/hulp.yaml', (d) => (d.locations = ['nergens'])),
    ));
  it('a misspelt field is named, not silently dropped', () =>
    expectProblem(
      'services/hulp.yaml',
      'titel',
      /onbekend veld; controleer de spelling\. Toegestane velden: organisation, .*\btitle\b/,
      (s) => s.edit('services/hulp.yaml', (d) => (d.titel = 'x')),
    ));
  it('a misspelt field inside the schedule names the schedule fields', () =>
    expectProblem(
      'activities/koffie.yaml',
      'schedule.weekdag',
      /Toegestane velden: repeat, weekday, week_of_month, time/,
      (s) => s.edit('activities/koffie.yaml', (d) => (d.schedule.weekdag = 'di')),
    ));
  it('a check without its own message still answers in Dutch', () =>
    expectProblem('services/hulp.yaml', 'age_max', /^Te groot: verwacht dat number <=120 is$/, (s) =>
      s.edit('services/hulp.yaml', (d) => (d.age_max = 500)),
    ));
  it('a missing required field says it is required', () =>
    expectProblem('services/hulp.yaml', 'summary', /ontbreekt, maar is verplicht/, (s) =>
      s.edit('services/hulp.yaml', (d) => delete d.summary),
    ));
  it('code in content is refused', () =>
    expectProblem('services/hulp.yaml', 'description', /code of HTML/, (s) =>
      s.edit('services/hulp.yaml', (d) => (d.description = 'Hallo <script>alert(1)</script>')),
    ));
  it('a YAML syntax error names the line', () =>
    expectProblem('services/hulp.yaml', '', /geen geldige YAML \(regel \d+\)/, (s) =>
      s.write('services/hulp.yaml', 'title: [niet gesloten\nsummary: x\n'),
    ));
  it('a translation of a record that does not exist', () =>
    expectProblem('translations/en/services/weg.yaml', '', /er is geen content\/services\/weg.yaml/, (s) =>
      s.write('translations/en/services/weg.yaml', 'machine: true\ntitle: Gone\n'),
    ));
  it('a translation into a language the site does not have', () =>
    expectProblem('translations/de', '', /geen taal van deze site/, (s) =>
      s.write('translations/de/services/hulp.yaml', 'machine: true\n'),
    ));
  it('a translation without its machine flag', () =>
    expectProblem('translations/en/services/hulp.yaml', 'machine', /machinevertaling/, (s) =>
      s.edit('translations/en/services/hulp.yaml', (d) => delete d.machine),
    ));
});

describe('the agenda refuses bad input', () => {
  it('an end date before the start date', () =>
    expectProblem('activities/koffie.yaml', 'schedule.until', /vóór de begindatum/, (s) =>
      s.edit('activities/koffie.yaml', (d) => (d.schedule.until = '2026-11-01')),
    ));
  it('an unknown weekday', () =>
    expectProblem('activities/koffie.yaml', 'schedule.weekday', /verwacht een dag: ma, di/, (s) =>
      s.edit('activities/koffie.yaml', (d) => (d.schedule.weekday = 'dinsdag')),
    ));
  it('a time like 25:00', () =>
    expectProblem('activities/koffie.yaml', 'schedule.time', /25:00 is geen tijd/, (s) =>
      s.edit('activities/koffie.yaml', (d) => (d.schedule.time = '10:00-25:00')),
    ));
  it('an exception date that is not a date of the rule', () =>
    expectProblem(
      'activities/koffie.yaml',
      'schedule.except.0',
      /^2026-12-16 is geen datum van dit rooster \(elke dinsdag\); controleer de datum$/,
      (s) => s.edit('activities/koffie.yaml', (d) => (d.schedule.except = ['2026-12-16'])),
    ));
  it('a rule that never produces a date', () =>
    expectProblem(
      'activities/koffie.yaml',
      'schedule',
      /^alle datums vallen in een schoolvakantie of staan in except; de activiteit vindt nooit plaats$/,
      (s) =>
        s.edit('activities/koffie.yaml', (d) => {
          d.schedule.from = '2026-12-22';
          d.schedule.until = '2026-12-29';
          d.schedule.except = [];
          d.schedule.changes = [];
        }),
    ));
  it('an organiser that does not exist', () =>
    expectProblem('activities/koffie.yaml', 'organiser', /bestaat niet/, (s) =>
      s.edit('activities/koffie.yaml', (d) => (d.organiser = 'niemand')),
    ));
  it('a location that does not exist', () =>
    expectProblem('activities/koffie.yaml', 'location', /bestaat niet/, (s) =>
      s.edit('activities/koffie.yaml', (d) => (d.location = 'nergens')),
    ));
  it('overlapping holiday periods', () =>
    expectProblem('holidays.yaml', 'periods.3', /overlapt met Kerstvakantie/, (s) =>
      s.edit('holidays.yaml', (d) =>
        d.periods.push({ name: 'Dubbel', regions: ['noord'], from: '2026-12-28', to: '2027-01-05' }),
      ),
    ));
});

describe('the practice library refuses bad input', () => {
  it('a practice without a theme', () =>
    expectProblem('practices/weert.yaml', 'themes', /ten minste één INTEGRAAL-thema/, (s) =>
      s.edit('practices/weert.yaml', (d) => (d.themes = [])),
    ));
  it('an unknown theme', () =>
    expectProblem('practices/weert.yaml', 'themes.0', /INTEGRAAL-thema uit/, (s) =>
      s.edit('practices/weert.yaml', (d) => (d.themes = ['integratie'])),
    ));
  it('a municipality not in the list of Dutch municipalities', () =>
    expectProblem('practices/weert.yaml', 'municipality', /geen Nederlandse gemeente/, (s) =>
      s.edit('practices/weert.yaml', (d) => (d.municipality = 'Weerd')),
    ));
  it('a missing source', () =>
    expectProblem('practices/weert.yaml', 'source', /ontbreekt, maar is verplicht/, (s) =>
      s.edit('practices/weert.yaml', (d) => delete d.source),
    ));
  it('a private-looking mobile number in the contact block', () =>
    expectProblem('practices/weert.yaml', 'contact.phone', /06-nummer/, (s) =>
      s.edit('practices/weert.yaml', (d) => (d.contact.phone = '0651099916')),
    ));
});

describe('the message an editor reads', () => {
  it('groups problems by file and says how many there are', () => {
    site = fixtureCopy();
    site.edit('services/hulp.yaml', (d) => {
      d.themes = ['toeslag'];
      d.phone = '06 12345678';
    });
    let message = '';
    try {
      loadContent(site.root);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^De inhoud bevat 2 fouten/);
    expect(message).toContain('✗ content/services/hulp.yaml');
    expect(message).toContain('veld "themes.0"');
    expect(message).toContain('veld "phone"');
  });

  it('formats a single problem in the singular', () => {
    expect(formatProblems([{ file: 'a.yaml', field: 'x', message: 'fout' }])).toMatch(/^De inhoud bevat 1 fout\./);
  });
});

describe('astro.config.mjs reads the site settings through the schema', () => {
  it('a valid site.yaml gives the public address', () => {
    expect(loadSiteSettings(FIXTURE).site_url).toBe('https://proef.example.nl');
  });
  it('a broken site.yaml is a ContentError naming file and field, in Dutch', () => {
    const site = fixtureCopy();
    try {
      site.edit('site.yaml', (d) => (d.site_url = 'proef'));
      const error = (() => {
        try {
          loadSiteSettings(site.root);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).problems.map((p) => `${p.file} ${p.field}`)).toEqual([
        'content/site.yaml site_url',
      ]);
    } finally {
      site.cleanup();
    }
  });
});
