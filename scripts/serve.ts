/**
 * `npm run serve [-- <folder> <port>]`: serves a built folder (default dist/ on port 4321) on
 * 127.0.0.1 until Ctrl+C, through the project's one static server (scripts/lib/serve.ts).
 */
import { serve } from './lib/serve.ts';

const dir = process.argv[2] ?? 'dist';
const port = Number(process.argv[3] ?? 4321);
const { url } = await serve(dir, port);
console.log(`Thuis in draait op ${url}/ (Ctrl+C om te stoppen)`);
