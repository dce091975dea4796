import { describe, expect, it } from 'vitest';
import { HSDS_NAMESPACE, stableUuid, uuidV5 } from '../../../src/lib/hsds/ids.ts';

describe('HSDS ids', () => {
  it('stableUuid is an RFC 4122 version-5 uuid', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(stableUuid('service', 'taalcafe')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(stableUuid('service', 'taalcafe')).toBe(stableUuid('service', 'taalcafe'));
    expect(stableUuid('service', 'taalcafe')).not.toBe(stableUuid('organization', 'taalcafe'));
  });

  it('the name of a stable uuid is "<kind>:<id>" in the project namespace, so published ids never change', () => {
    expect(stableUuid('location', 'bibliotheek-dalfsen')).toBe(uuidV5(HSDS_NAMESPACE, 'location:bibliotheek-dalfsen'));
  });

  it('refuses a namespace that is not a uuid and a kind with other characters, with the Dutch message', () => {
    expect(() => uuidV5('geen-uuid', 'x')).toThrow('uuidV5: "geen-uuid" is geen UUID');
    expect(() => stableUuid('Service', 'x')).toThrow(
      'stableUuid: soort "Service" mag alleen kleine letters en _ bevatten',
    );
  });
});
