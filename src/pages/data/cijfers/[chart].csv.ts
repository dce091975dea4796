/** One chart of the figures page as a CSV file: the same columns as its table. */
import type { APIRoute } from 'astro';
import { chartCsv, csvResponse, figureCharts } from '../../../lib/figures.ts';
import { getContent } from '../../../lib/content-cache.ts';

export function getStaticPaths() {
  return figureCharts(getContent()).map((c) => ({ params: { chart: c.id }, props: { chart: c.chart } }));
}

export const GET: APIRoute = ({ props }) => csvResponse(chartCsv(props.chart));
