/** The sociale kaart as Open Referral HSDS 3.1, one file per list (see src/lib/hsds/build.ts for the shape). */
import type { APIRoute } from 'astro';
import { buildHsds, hsdsFiles } from '../../../lib/hsds/build.ts';
import { buildDate, getContent } from '../../../lib/content-cache.ts';
import { localePath } from '../../../i18n/routing.ts';

let cached: Record<string, unknown> | undefined;

/** The export is built once per build; each file endpoint takes its part. */
function files() {
  const content = getContent();
  return (cached ??= hsdsFiles(
    buildHsds({
      site: content.site,
      organisations: content.organisations,
      services: content.services,
      locations: content.locations,
      activities: content.activities.map((a) => ({
        id: a.id,
        title: a.data.title,
        url: new URL(localePath('nl', `agenda/${a.id}`), content.site.site_url).href,
      })),
      generatedAt: new Date(`${buildDate()}T00:00:00Z`),
    }),
  ));
}

export function getStaticPaths() {
  return Object.keys(files()).map((name) => ({ params: { file: name.replace(/\.json$/, '') } }));
}

export const GET: APIRoute = ({ params }) => {
  const body = files()[`${params.file}.json`];
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
