/**
 * The Content-Security-Policy every page carries, through Astro's own CSP support
 * (`security.csp` in astro.config.mjs): Astro writes the <meta> and adds a hash for every script
 * and style it emits, so only the site's own inline scripts run (the agenda clock, the filter and
 * search scripts), and a <script> that slipped into content would not. The site promises that
 * nothing is fetched from another host; this makes the browser keep that promise, whatever a
 * content file or a future dependency might try. WebAssembly is Pagefind's search.
 */
import { createHash } from 'node:crypto';
import { AGENDA_CLOCK_SCRIPT, PRINT_DATE_SCRIPT } from './inline-scripts.ts';

/** Directives besides script-src and style-src, which Astro writes itself with the hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src: own files and hashed inline scripts only; no 'unsafe-inline'. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/**
 * style-src keeps 'unsafe-inline': the CSS-only filters write <style> per list and some
 * components use style attributes; styles cannot run code.
 */
export const CSP_STYLE_RESOURCES = ["'self'", "'unsafe-inline'"];

/** "sha256-…" of an inline script's exact text, as CSP compares it. */
function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Hashes of the site's own `is:inline` scripts, which Astro does not hash itself (it hashes the
 * scripts it bundles). Their texts live in src/lib/inline-scripts.ts so a hash cannot drift.
 */
export const INLINE_SCRIPT_HASHES = [AGENDA_CLOCK_SCRIPT, PRINT_DATE_SCRIPT].map(scriptHash);
