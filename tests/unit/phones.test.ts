/** One telephone number per organisation: a second, different number anywhere stops the build. */
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCopy, problemsOf } from './helpers.ts';

let site: ReturnType<typeof fixtureCopy>;
afterEach(() => site?.cleanup());

// The fixture's organisation has no number of its own: its one service's number is its number.
// Here the organisation gets one, and the service none of its own.
function withOrgPhone(s: typeof site) {
  s.edit('organisations/org.yaml', (d) => (d.phone = '0529 43 83 83'));
  s.edit('services/hulp.yaml', (d) => delete d.phone);
}

describe('one phone number per organisation', () => {
  it('a service with the organisation’s number, written differently, is accepted', () => {
    site = fixtureCopy();
    withOrgPhone(site);
    site.edit('services/hulp.yaml', (d) => (d.phone = '0529 438383'));
    expect(problemsOf(site.root)).toEqual([]);
  });

  it('a service with another number than its organisation is refused, naming both files and fields', () => {
    site = fixtureCopy();
    withOrgPhone(site);
    site.edit('services/hulp.yaml', (d) => (d.phone = '0529 99 99 99'));
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/services/hulp.yaml',
        field: 'phone',
        message:
          'twee telefoonnummers voor Testorganisatie: "0529 99 99 99" hier en "0529 43 83 83" in content/organisations/org.yaml (veld "phone"); gebruik overal hetzelfde nummer, of laat het veld hier weg',
      },
    ]);
  });

  it('an activity of the organisation with another number is refused', () => {
    site = fixtureCopy();
    withOrgPhone(site);
    site.edit('activities/koffie.yaml', (d) => (d.phone = '14 0529'));
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/activities/koffie.yaml',
        field: 'phone',
        message:
          'twee telefoonnummers voor Testorganisatie: "14 0529" hier en "0529 43 83 83" in content/organisations/org.yaml (veld "phone"); gebruik overal hetzelfde nummer, of laat het veld hier weg',
      },
    ]);
  });

  it('without a number of the organisation, the first file that gives one sets it', () => {
    site = fixtureCopy();
    site.edit('activities/koffie.yaml', (d) => (d.phone = '14 0529'));
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/activities/koffie.yaml',
        field: 'phone',
        message:
          'twee telefoonnummers voor Testorganisatie: "14 0529" hier en "0529 12 34 56" in content/services/hulp.yaml (veld "phone"); gebruik overal hetzelfde nummer, of laat het veld hier weg',
      },
    ]);
  });

  it('a practice whose contact names the organisation is held to its number too', () => {
    site = fixtureCopy();
    withOrgPhone(site);
    site.edit(
      'practices/weert.yaml',
      (d) => (d.contact = { ...d.contact, organisation: 'Testorganisatie', phone: '0529 11 22 33' }),
    );
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/practices/weert.yaml',
        field: 'contact.phone',
        message:
          'twee telefoonnummers voor Testorganisatie: "0529 11 22 33" hier en "0529 43 83 83" in content/organisations/org.yaml (veld "phone"); gebruik overal hetzelfde nummer, of laat het veld hier weg',
      },
    ]);
  });
});
