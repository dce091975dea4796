/** Small geometry helpers for the overview map and coordinate checks. No tiles, no third party. */

export interface Point {
  lat: number;
  lon: number;
}

/** Great-circle distance; good enough to tell a typo in coordinates from a real place. */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface Projection {
  width: number;
  height: number;
  project(p: Point): { x: number; y: number };
}

/**
 * An equirectangular projection fitted to the points with a margin. At the scale of one
 * municipality the distortion is invisible, and it needs no map data at all.
 */
export function fitProjection(points: Point[], width: number, margin = 0.12): Projection {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const minLat = Math.min(...lats),
    maxLat = Math.max(...lats);
  const minLon = Math.min(...lons),
    maxLon = Math.max(...lons);
  const midLat = ((minLat + maxLat) / 2) * (Math.PI / 180);
  // A degree of longitude is shorter than a degree of latitude this far north.
  const spanX = Math.max((maxLon - minLon) * Math.cos(midLat), 0.01);
  const spanY = Math.max(maxLat - minLat, 0.01);
  const inner = width * (1 - 2 * margin);
  const scale = inner / Math.max(spanX, spanY);
  const height = Math.round(spanY * scale + width * 2 * margin);
  return {
    width,
    height,
    project: (p) => ({
      x: Math.round((width * margin + (p.lon - minLon) * Math.cos(midLat) * scale) * 10) / 10,
      y: Math.round((width * margin + (maxLat - p.lat) * scale) * 10) / 10,
    }),
  };
}

/** A link to OpenStreetMap's route planner with the destination filled in. */
export function routeLink(p: Point): string {
  return `https://www.openstreetmap.org/directions?to=${p.lat.toFixed(5)}%2C${p.lon.toFixed(5)}#map=16/${p.lat.toFixed(5)}/${p.lon.toFixed(5)}`;
}

/**
 * Pushes markers apart until no two are closer than `gap` (their tap targets would overlap),
 * keeping them inside the drawing. A few rounds of pairwise repulsion are plenty for the dozen
 * places of one municipality; identical points are split along a fixed angle so the result
 * does not depend on chance.
 */
export function spreadMarkers(
  points: { x: number; y: number }[],
  gap: number,
  box: { width: number; height: number },
): { x: number; y: number }[] {
  const out = points.map((p) => ({ ...p }));
  const margin = gap / 2;
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        let dx = out[j].x - out[i].x;
        let dy = out[j].y - out[i].y;
        let d = Math.hypot(dx, dy);
        if (d >= gap) continue;
        if (d < 0.01) {
          const angle = (i * 2.4 + j) % (2 * Math.PI);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        const push = (gap - d) / 2 + 0.5;
        out[i].x -= (dx / d) * push;
        out[i].y -= (dy / d) * push;
        out[j].x += (dx / d) * push;
        out[j].y += (dy / d) * push;
        moved = true;
      }
    }
    for (const p of out) {
      p.x = Math.min(Math.max(p.x, margin), box.width - margin);
      p.y = Math.min(Math.max(p.y, margin), box.height - margin);
    }
    if (!moved) break;
  }
  return out.map((p) => ({ x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 }));
}
