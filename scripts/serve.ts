/**
 * A small static file server for tests and local checks: serves a built folder on 127.0.0.1
 * the way a static host does (folder/index.html, /404.html for what is missing).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Serves `dir` on 127.0.0.1 (port 0: any free port). With `compress`, text is sent gzipped and
 * with a year's cache for hashed assets, as a real static host would (for Lighthouse).
 */
export function serve(dir: string, port = 0, options: { compress?: boolean } = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'Content-Type': type };
    if (options.compress) {
      headers['Cache-Control'] = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
      if (/text|json|javascript|svg|calendar|xml/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
        createReadStream(file).pipe(createGzip()).pipe(res);
        return;
      }
    }
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      ok({ server, url: `http://127.0.0.1:${actual}` });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4321);
  serve(dir, port).then(({ url }) => console.log(`Thuis in draait op ${url}/ (Ctrl+C om te stoppen)`));
}
