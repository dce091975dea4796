/** The buttons at the top of an activity page: the activity's own channels, else its organiser's, and the route. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content.ts';
import { activityActions } from '../../src/lib/agenda.ts';
import { ROOT } from './helpers.ts';

const content = loadContent(ROOT);

describe('activityActions', () => {
  const activity = content.activities.find((a) => !a.data.phone && !a.data.email)!;
  const organiser = content.organisations.find((o) => o.id === activity.data.organiser)!;
  const withWhatsapp = {
    ...content,
    organisations: content.organisations.map((o) =>
      o === organiser ? { ...o, data: { ...o.data, whatsapp: '06 12345678', phone: '0529 123456' } } : o,
    ),
  };

  it("offers the organiser's WhatsApp line and phone when the activity has none of its own, in the order call, WhatsApp, e-mail, route, website", () => {
    const actions = activityActions(activity, withWhatsapp);
    const kinds = actions.map((a) => a.kind);
    expect(kinds.slice(0, 2)).toEqual(['call', 'whatsapp']);
    expect(actions[1].href).toBe('https://wa.me/31612345678');
    expect(kinds).toContain('route');
    const order = ['call', 'whatsapp', 'email', 'route', 'website'];
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
  });

  it("the activity's own phone wins over the organiser's", () => {
    const own = { ...activity, data: { ...activity.data, phone: '0529 999999' } };
    expect(activityActions(own, withWhatsapp).find((a) => a.kind === 'call')!.value).toBe('0529 999999');
  });
});
