/**
 * The Content-Security-Policy every page carries. The site promises that nothing is fetched from
 * another host; this makes the browser keep that promise, whatever a content file or a future
 * dependency might try. Inline scripts and styles are the site's own (the agenda clock, the
 * filter CSS); WebAssembly is Pagefind's search.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
