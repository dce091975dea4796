/** Every figure of the "<municipality> in cijfers" page in one CSV file. */
import type { APIRoute } from 'astro';
import { csvResponse, figureCharts, figuresCsv } from '../../lib/figures.ts';
import { getContent } from '../../lib/content-cache.ts';

export const GET: APIRoute = () => csvResponse(figuresCsv(figureCharts(getContent())));
