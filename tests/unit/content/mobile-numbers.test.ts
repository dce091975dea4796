/**
 * No personal mobile number in any text of content/ (src/lib/content/mobile-numbers.ts): in free
 * text, translations and guide bodies too, in every way people write one, with file, field and line.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { findMobileNumbers, mobileNumberProblems } from '../../../src/lib/content/mobile-numbers.ts';
import { fixtureCopy, problemsOf } from '../helpers.ts';

const message = (number: string) =>
  `"${number}" is een 06-nummer; de site publiceert geen persoonlijke mobiele nummers. Gebruik het algemene nummer van de organisatie (een WhatsApp-lijn van de organisatie hoort in het veld whatsapp)`;

describe('findMobileNumbers', () => {
  it('finds 06 and the international forms +31 6, +31 (0)6 and 0031 6, with spaces, dashes or dots', () => {
    const text = 'Bel 06-12345678, 06 12 34 56 78, +31 6 1234 5678, +31612345678, +31 (0)6 12345678, 0031 6 12345678 of 06.1234.5678.';
    expect(findMobileNumbers(text)).toEqual([
      '06-12345678',
      '06 12 34 56 78',
      '+31 6 1234 5678',
      '+31612345678',
      '+31 (0)6 12345678',
      '0031 6 12345678',
      '06.1234.5678',
    ]);
  });

  it('leaves general numbers, dates and longer numbers alone', () => {
    const text = 'Bel 0529 43 83 83, 088 123 45 67, 0800 1234 of 14 0529; op 2027-06-15 en 2027-06-19; IBAN NL06 ABNA 0123 4567 89; 061234567890; 0612345.';
    expect(findMobileNumbers(text)).toEqual([]);
  });
});

describe('mobileNumberProblems', () => {
  it('names the YAML field, nested ones with a dot, and the line', () => {
    const yaml = 'title: Taalhulp\ncontact:\n  role: Coördinator\n  phone: 06 12345678\ndescription: >\n  Bel gerust\n  +31 6 87654321.\n';
    expect(mobileNumberProblems('content/practices/x.yaml', yaml)).toEqual([
      { file: 'content/practices/x.yaml', field: 'contact.phone', line: 4, message: message('06 12345678') },
      { file: 'content/practices/x.yaml', field: 'description', line: 7, message: message('+31 6 87654321') },
    ]);
  });

  it('a WhatsApp line of the organisation may be a mobile number', () => {
    expect(mobileNumberProblems('content/organisations/x.yaml', 'name: X\nwhatsapp: "06 12345678"\nabout: Appen kan.\n')).toEqual([]);
  });

  it('in a guide, the frontmatter names the field and the body the line', () => {
    const mdx = '---\ntitle: Gids\nsummary: Bel 0031 6 12345678\n---\n\nTekst.\n\n---\n\nOf app 06-11223344.\n';
    expect(mobileNumberProblems('content/guides/x.mdx', mdx)).toEqual([
      { file: 'content/guides/x.mdx', field: 'summary', line: 3, message: message('0031 6 12345678') },
      { file: 'content/guides/x.mdx', field: '', line: 10, message: message('06-11223344') },
    ]);
  });
});

describe('the content check refuses a personal mobile number anywhere in content/', () => {
  let site: ReturnType<typeof fixtureCopy>;
  afterEach(() => site?.cleanup());

  it('in a description, a translation and the body of a guide', () => {
    site = fixtureCopy();
    const replace = (file: string, from: string, to: string) => site.write(file, site.read(file).replace(from, to));
    replace('services/hulp.yaml', 'description: Wij helpen met rekeningen.', 'description: Bel Fatima op 06-12345678.');
    replace('translations/en/services/hulp.yaml', 'summary: Help with bills.', 'summary: Call +31 6 12345678.');
    site.write('guides/geld-regelen.mdx', site.read('guides/geld-regelen.mdx') + '\nOf bel 0031 6 12345678.\n');
    expect(problemsOf(site.root)).toEqual([
      { file: 'content/guides/geld-regelen.mdx', field: '', line: 33, message: message('0031 6 12345678') },
      { file: 'content/services/hulp.yaml', field: 'description', line: 12, message: message('06-12345678') },
      { file: 'content/translations/en/services/hulp.yaml', field: 'summary', line: 3, message: message('+31 6 12345678') },
    ]);
  });

  it('a 06 number in a phone field is reported once, by the phone check', () => {
    site = fixtureCopy();
    site.edit('organisations/org.yaml', (d) => (d.phone = '06 12 34 56 78'));
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/organisations/org.yaml',
        field: 'phone',
        message: 'dit is een 06-nummer; de site publiceert geen persoonlijke mobiele nummers. Gebruik het algemene nummer van de organisatie',
      },
    ]);
  });
});
