/** Places (src/lib/geo.ts): route links, distances and the map projection. */
import { describe, expect, it } from 'vitest';
import { distanceKm, fitProjection, routeLink } from '../../src/lib/geo.ts';

describe('places', () => {
  it('the route link goes to OpenStreetMap with the destination filled in', () => {
    expect(routeLink({ lat: 52.5, lon: 6.25 })).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/directions\?to=52\.50000%2C6\.25000/,
    );
  });
  it('Dalfsen and Lemelerveld are about 9 km apart', () => {
    expect(distanceKm({ lat: 52.5076, lon: 6.259 }, { lat: 52.4406, lon: 6.3383 })).toBeCloseTo(9.3, 0);
  });
  it('the map projection keeps north up and every point inside', () => {
    const p = fitProjection(
      [
        { lat: 52.58, lon: 6.28 },
        { lat: 52.44, lon: 6.34 },
      ],
      600,
    );
    const north = p.project({ lat: 52.58, lon: 6.28 });
    const south = p.project({ lat: 52.44, lon: 6.34 });
    expect(north.y).toBeLessThan(south.y);
    for (const pt of [north, south]) {
      expect(pt.x).toBeGreaterThanOrEqual(0);
      expect(pt.x).toBeLessThanOrEqual(p.width);
      expect(pt.y).toBeLessThanOrEqual(p.height);
    }
  });
});
