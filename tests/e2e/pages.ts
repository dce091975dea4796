/**
 * The built pages grouped by page type ("/kaart/[id]/", "/agenda/"), for the checks that visit
 * every page (axe, the Nu HTML checker): one test per type, so a failure names the type and, in
 * its message, each page.
 */
import { builtPages } from '../../scripts/lib/pages.ts';

export { builtPages };

/**
 * A page's type: its path without the language, with the last part replaced by [id] where a
 * folder holds more than three pages of the same kind (services, activities, practices …).
 */
export function pageTypes(pages: string[]): Map<string, string[]> {
  const parent = (p: string) => p.replace(/[^/]+\/?$/, '');
  const children = new Map<string, number>();
  for (const p of pages) children.set(parent(p), (children.get(parent(p)) ?? 0) + 1);
  const hasChildren = new Set(pages.map(parent));
  const types = new Map<string, string[]>();
  for (const p of pages) {
    const rest = p.replace(/^\/[a-z]{2}(?=\/)/, '');
    const leaf = !hasChildren.has(p);
    const deep = rest.split('/').filter(Boolean).length >= 2;
    const type = leaf && deep && (children.get(parent(p)) ?? 0) > 3 ? parent(rest) + '[id]/' : rest;
    types.set(type, [...(types.get(type) ?? []), p]);
  }
  return new Map([...types].sort(([a], [b]) => a.localeCompare(b)));
}
