/** The action buttons: order, fallback to the organisation, domestic service numbers, example marks. */
import { describe, expect, it } from 'vitest';
import { ACTION_ORDER, channelsOf, contactActions, respondAction, volunteerSubject } from '../../src/lib/actions.ts';

const place = { lat: 52.5066, lon: 6.2612, address: 'Prinsenstraat 15, 7721 AB Dalfsen' };

describe('contact actions', () => {
  it('are in the order call, WhatsApp, e-mail, route, website, whatever order the fields are in', () => {
    const actions = contactActions({
      own: {
        website: 'https://www.dalfsen.nl/',
        email: 'info@dalfsen.nl',
        whatsapp: '06 12 34 56 78',
        phone: '0529 43 83 83',
      },
      places: [place],
    });
    expect(actions.map((a) => a.kind)).toEqual(ACTION_ORDER);
    expect(actions.map((a) => a.href)).toEqual([
      'tel:+31529438383',
      'https://wa.me/31612345678',
      'mailto:info@dalfsen.nl',
      'https://www.openstreetmap.org/directions?to=52.50660%2C6.26120#map=16/52.50660/6.26120',
      'https://www.dalfsen.nl/',
    ]);
    expect(actions.find((a) => a.kind === 'website')!.value).toBe('www.dalfsen.nl');
    expect(actions.find((a) => a.kind === 'route')!.value).toBe('Prinsenstraat 15, 7721 AB Dalfsen');
  });

  it('a service with no channel of its own shows its organisation’s', () => {
    const actions = contactActions({ own: {}, organisation: { phone: '14 0529', website: 'https://www.dalfsen.nl' } });
    expect(actions.map((a) => [a.kind, a.href])).toEqual([
      ['call', 'tel:140529'],
      ['website', 'https://www.dalfsen.nl'],
    ]);
  });

  it('the service’s own channel wins over the organisation’s, channel by channel', () => {
    const actions = contactActions({
      own: { email: 'taal@dalfsen.nl' },
      organisation: { email: 'info@dalfsen.nl', phone: '0900 8020' },
    });
    expect(actions.map((a) => a.href)).toEqual(['tel:09008020', 'mailto:taal@dalfsen.nl']);
  });

  it('nothing to reach gives no actions', () => {
    expect(contactActions({})).toEqual([]);
  });

  it('a contact_source of voorbeeld marks every channel, one per channel marks only that one', () => {
    const all = channelsOf({ email: 'info@taalpunt.example', source: 'seed 001', contact_source: 'voorbeeld' });
    expect(contactActions({ own: all })[0]).toEqual({
      kind: 'email',
      href: 'mailto:info@taalpunt.example',
      value: 'info@taalpunt.example',
      example: true,
    });
    const one = channelsOf({
      email: 'x@saam.example',
      website: 'https://www.saamwelzijn.nl',
      source: 'seed 001',
      contact_source: { email: 'voorbeeld' },
    });
    expect(contactActions({ own: one }).map((a) => [a.kind, Boolean(a.example)])).toEqual([
      ['email', true],
      ['website', false],
    ]);
    // A record whose own source is voorbeeld has example channels too.
    expect(contactActions({ own: channelsOf({ phone: '0900 8020', source: 'voorbeeld' }) })[0].example).toBe(true);
  });
});

describe('volunteer respond action', () => {
  const subject = volunteerSubject('taalcoach', 'Thuis in Dalfsen');
  it('is an e-mail with the subject filled in, in Dutch', () => {
    expect(subject).toBe('Ik wil helpen als taalcoach (via Thuis in Dalfsen)');
    expect(respondAction({}, { email: 'info@taalpunt.example', phone: '14 0529' }, subject)!.href).toBe(
      'mailto:info@taalpunt.example?subject=Ik%20wil%20helpen%20als%20taalcoach%20(via%20Thuis%20in%20Dalfsen)',
    );
  });
  it('is a call when there is no e-mail, and nothing when only a website exists', () => {
    expect(respondAction({ phone: '14 0529' }, undefined, subject)!.href).toBe('tel:140529');
    expect(respondAction({ website: 'https://www.dalfsen.nl' }, undefined, subject)).toBeUndefined();
  });
});
