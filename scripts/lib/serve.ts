/**
 * The one static server of the project: `npm run serve`/`npm start`, the e2e tests, screenshots,
 * the budget and Lighthouse all serve a built folder through this module, on 127.0.0.1 only.
 *
 * The files are served by `sirv` (it knows the folder's files at start-up and serves nothing
 * else, so no address can reach outside the folder). What a static host does besides, and sirv
 * does not, is done here first: an address that is not a clean path (a broken percent escape, a
 * NUL, an encoded slash, `.`/`..`) gets 400 instead of a guess; a missing file gets `404.html`
 * with status 404; content types come from one table, so Pagefind's and the feeds' files are
 * typed the same everywhere. The server sets no cookies and adds no headers of its own beyond
 * these (and, with `compress`, gzip and caching, as a host would).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import sirv from 'sirv';

/**
 * Content type per file extension. Text gets `charset=utf-8`: the build writes UTF-8 only.
 * Pagefind fetches its `.pf_*` and `.pagefind` files as bytes (they are gzipped already), so
 * `application/octet-stream` is what it expects.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** The content type `serve` sends for a file name: from {@link CONTENT_TYPES}, else bytes. */
function contentType(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Longer addresses get 414; the site's longest is well under 300 characters. */
const MAX_PATH_LENGTH = 2048;

/**
 * Why a request target is refused, or `null` when it is a clean path the folder may answer.
 * Each path segment must decode on its own (a broken escape such as `%E0%A4%A` is refused) and
 * may not decode to a slash, backslash or NUL (which would make one segment two, or end a file
 * name early), nor be `.` or `..` (browsers remove those before sending; a request that still has
 * them is looking for a way out of the folder).
 */
export function refuseTarget(target: string): { status: 400 | 414; reason: string } | null {
  if (!target.startsWith('/')) return { status: 400, reason: 'het adres begint niet met /' };
  const end = target.search(/[?#]/);
  const path = end === -1 ? target : target.slice(0, end);
  if (path.length > MAX_PATH_LENGTH) return { status: 414, reason: 'het adres is te lang' };
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { status: 400, reason: 'een %-teken staat niet voor een geldig teken' };
    }
    if (/[/\\\0]/.test(decoded))
      return { status: 400, reason: 'het adres bevat een gecodeerde schuine streep of een NUL' };
    if (decoded === '.' || decoded === '..') return { status: 400, reason: 'het adres bevat . of ..' };
  }
  return null;
}

function plain(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders = {}): void {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, ...headers });
  res.end(body);
}

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Gzips what is written to `res` when its content type is text, the way a static host does, so
 * the budget and Lighthouse measure what a phone downloads. Chosen at `writeHead`, where sirv
 * (and the 404 page) set the type; a partial (206) answer is sent as it is. Backpressure is not
 * passed on: the built files are small, and this mode serves one measuring browser.
 */
function gzipWhenText(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: OutgoingHttpHeaders) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown) => boolean;
  const end = res.end.bind(res) as (chunk?: unknown) => ServerResponse;
  res.writeHead = ((status: number, headers: OutgoingHttpHeaders = {}) => {
    const type = String(headers['Content-Type'] ?? res.getHeader('Content-Type') ?? '');
    if (status !== 200 && status !== 404) return writeHead(status, headers);
    if (!COMPRESSIBLE.test(type)) return writeHead(status, headers);
    const gzip = createGzip();
    gzip.on('data', (chunk: Buffer) => write(chunk));
    gzip.on('end', () => end());
    delete headers['Content-Length'];
    res.removeHeader('Content-Length');
    res.write = ((chunk: unknown) => gzip.write(chunk as Buffer)) as ServerResponse['write'];
    res.end = ((chunk?: unknown) => {
      if (chunk !== undefined && typeof chunk !== 'function') gzip.end(chunk as Buffer);
      else gzip.end();
      return res;
    }) as ServerResponse['end'];
    return writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  }) as ServerResponse['writeHead'];
}

/**
 * The name of the file sirv sends for `pathname`: the file itself when there is one, else the
 * `index.html` (or `.html`) it falls back to. sirv tells `setHeaders` the address, not the file.
 */
function servedName(root: string, pathname: string): string {
  if (pathname.endsWith('/')) return 'index.html';
  try {
    if (statSync(join(root, pathname)).isFile()) return pathname;
  } catch {
    // Not a file of its own: sirv found `<path>.html` or `<path>/index.html`.
  }
  return 'index.html';
}

/** Options of {@link serve}. */
export interface ServeOptions {
  /**
   * Send text gzipped and with cache headers (a year for hashed `/_astro/` files, ten minutes
   * for the rest), as a real static host would: for the budget and Lighthouse.
   */
  compress?: boolean;
}

/**
 * The request handler for the folder `root`, without a server around it (for {@link serve} and
 * for tests). Only GET and HEAD are answered.
 */
function staticHandler(root: string, options: ServeOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const notFoundPage = join(root, '404.html');
  const files = sirv(root, {
    // Built output only: no dotfiles, no directory listings, index.html for a folder.
    dotfiles: false,
    setHeaders(res, pathname) {
      res.setHeader('Content-Type', contentType(servedName(root, pathname)));
      if (options.compress) {
        res.setHeader(
          'Cache-Control',
          pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
        );
      }
    },
    onNoMatch(_req, res) {
      if (!existsSync(notFoundPage)) return plain(res, 404, 'Niet gevonden');
      res.writeHead(404, { 'Content-Type': CONTENT_TYPES['.html'], 'Content-Length': statSync(notFoundPage).size });
      createReadStream(notFoundPage).pipe(res);
    },
  });
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'Alleen GET en HEAD', { Allow: 'GET, HEAD' });
    const refused = refuseTarget(req.url ?? '');
    if (refused) return plain(res, refused.status, `Ongeldig adres: ${refused.reason}`);
    if (options.compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) gzipWhenText(res);
    files(req, res);
  };
}

/**
 * Serves the built folder `dir` on 127.0.0.1 (port 0: any free port) until `server.close()`.
 * Resolves with the server and its address without a trailing slash.
 */
export function serve(dir: string, port = 0, options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`${dir}/ bestaat niet: bouw de site eerst (npm run build).`);
  const server = createServer(staticHandler(root, options));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}
