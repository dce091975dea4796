/**
 * The static server (scripts/lib/serve.ts) on a small folder made here: bad addresses get 400,
 * nothing outside the folder is reachable, a missing page is 404.html with status 404, every kind
 * of file the build writes gets its content type, and after a few hundred odd requests the server
 * still answers `/`. Requests go over a raw socket so the addresses arrive exactly as written
 * (fetch would tidy `..`, `%2e%2e` and spaces away before sending).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuseTarget, serve } from '../../scripts/lib/serve.ts';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The body of a `Transfer-Encoding: chunked` answer, put back together. */
function unchunk(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    const size = parseInt(raw.subarray(at, eol).toString(), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(raw.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/** One HTTP/1.1 request with the target sent byte for byte as given; resolves when the server closes. */
function request(port: number, target: string | Buffer, extra = ''): Promise<Answer> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const head = raw
        .subarray(0, split === -1 ? raw.length : split)
        .toString('latin1')
        .split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of head.slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      const body = split === -1 ? Buffer.alloc(0) : raw.subarray(split + 4);
      ok({
        status: Number(head[0]?.split(' ')[1] ?? 0),
        headers,
        body: headers['transfer-encoding'] === 'chunked' ? unchunk(body) : body,
      });
    });
    socket.write(
      Buffer.concat([
        Buffer.from('GET '),
        Buffer.from(target),
        Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`),
      ]),
    );
  });
}

const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>start</title>',
  '404.html': '<!doctype html><title>niet gevonden</title>',
  'nl/index.html': '<!doctype html><title>nl</title>',
  'nl/kaart/index.html': '<!doctype html><title>kaart</title>',
  'nl/agenda.ics': 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  'data/diensten.csv': 'naam,plaats\r\nTaalcoach,Dalfsen\r\n',
  'data/hsds.json': '{"a":1}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '_astro/font.woff2': 'wOF2',
  '_astro/page.js': 'console.log(1)',
  '_astro/style.css': 'body{}',
  'praktijken.atom': '<feed/>',
  'pagefind/wasm.unknown.pagefind': 'wasm',
  'pagefind/pagefind.nl_1.pf_meta': 'meta',
  'pagefind/index/nl_1.pf_index': 'index',
  'pagefind/fragment/nl_1.pf_fragment': 'fragment',
  'pagefind/filter/nl_1.pf_filter': 'filter',
  'pagefind/pagefind.wasm': '\0asm',
  '.geheim': 'dotfile',
};

let dir: string;
let outside: string;
let server: Server;
let port: number;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'thuisin-serve-'));
  dir = join(base, 'dist');
  // A file next to the folder: no address may reach it.
  outside = join(base, 'geheim.txt');
  writeFileSync(outside, 'buiten dist');
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const served = await serve(dir);
  server = served.server;
  port = Number(new URL(served.url).port);
});

afterAll(() => {
  server?.close();
  if (dir) rmSync(dirname(dir), { recursive: true, force: true });
});

describe('serve: what a static host answers', () => {
  it('serves a folder as its index.html, with or without the trailing slash', async () => {
    for (const target of ['/', '/nl/', '/nl', '/nl/kaart/', '/nl/kaart/?q=taal', '/nl/kaart/#x']) {
      const answer = await request(port, target);
      expect(answer.status, target).toBe(200);
      expect(answer.headers['content-type'], target).toBe('text/html; charset=utf-8');
    }
    expect((await request(port, '/nl/kaart/')).body.toString()).toBe(FILES['nl/kaart/index.html']);
  });

  it('answers a missing page with 404.html and status 404', async () => {
    const answer = await request(port, '/nl/bestaat-niet/');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.toString()).toBe(FILES['404.html']);
  });

  it('sends each kind of built file with its content type', async () => {
    const expected: Record<string, string> = {
      '/nl/agenda.ics': 'text/calendar; charset=utf-8',
      '/data/diensten.csv': 'text/csv; charset=utf-8',
      '/data/hsds.json': 'application/json; charset=utf-8',
      '/favicon.svg': 'image/svg+xml; charset=utf-8',
      '/_astro/font.woff2': 'font/woff2',
      '/_astro/page.js': 'text/javascript; charset=utf-8',
      '/_astro/style.css': 'text/css; charset=utf-8',
      '/praktijken.atom': 'application/atom+xml; charset=utf-8',
      '/pagefind/pagefind.wasm': 'application/wasm',
      '/pagefind/wasm.unknown.pagefind': 'application/octet-stream',
      '/pagefind/pagefind.nl_1.pf_meta': 'application/octet-stream',
      '/pagefind/index/nl_1.pf_index': 'application/octet-stream',
      '/pagefind/fragment/nl_1.pf_fragment': 'application/octet-stream',
      '/pagefind/filter/nl_1.pf_filter': 'application/octet-stream',
    };
    for (const [target, type] of Object.entries(expected)) {
      const answer = await request(port, target);
      expect(answer.status, target).toBe(200);
      expect(answer.headers['content-type'], target).toBe(type);
      expect(answer.body.toString(), target).toBe(FILES[target.slice(1)]);
    }
  });

  it('sets no cookie and no header a static host would not send', async () => {
    const answer = await request(port, '/nl/');
    expect(Object.keys(answer.headers).sort()).toEqual([
      'connection',
      'content-length',
      'content-type',
      'date',
      'last-modified',
    ]);
  });

  it('does not serve dotfiles, and answers other methods than GET and HEAD with 405', async () => {
    expect((await request(port, '/.geheim')).status).toBe(404);
    const answer = await new Promise<string>((ok) => {
      const socket = connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', (c) => (text += c.toString()));
      socket.on('close', () => ok(text));
      socket.write('POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    });
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 405 Method Not Allowed');
    expect(answer).toContain('Allow: GET, HEAD');
  });

  it('gzips text and sets cache headers with compress, as a host would', async () => {
    const { server: gz, url } = await serve(dir, 0, { compress: true });
    try {
      const gzPort = Number(new URL(url).port);
      const page = await request(gzPort, '/nl/kaart/', 'Accept-Encoding: gzip\r\n');
      expect(page.headers['content-encoding']).toBe('gzip');
      expect(page.headers['cache-control']).toBe('public, max-age=600');
      expect(gunzipSync(page.body).toString()).toBe(FILES['nl/kaart/index.html']);
      const missing = await request(gzPort, '/weg/', 'Accept-Encoding: gzip\r\n');
      expect(missing.status).toBe(404);
      expect(gunzipSync(missing.body).toString()).toBe(FILES['404.html']);
      const font = await request(gzPort, '/_astro/font.woff2', 'Accept-Encoding: gzip\r\n');
      expect(font.headers['content-encoding']).toBeUndefined();
      expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(font.body.toString()).toBe('wOF2');
      const plain = await request(gzPort, '/nl/kaart/');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(FILES['nl/kaart/index.html']);
    } finally {
      gz.close();
    }
  });
});

describe('serve: odd addresses', () => {
  it('names why an address is refused', () => {
    expect(refuseTarget('/%E0%A4%A')).toEqual({ status: 400, reason: 'een %-teken staat niet voor een geldig teken' });
    expect(refuseTarget('/nl/%2e%2e/%2e%2e/geheim.txt')).toEqual({ status: 400, reason: 'het adres bevat . of ..' });
    expect(refuseTarget('/nl%2Fkaart/')).toEqual({
      status: 400,
      reason: 'het adres bevat een gecodeerde schuine streep of een NUL',
    });
    expect(refuseTarget('/a'.repeat(1100))).toEqual({ status: 414, reason: 'het adres is te lang' });
    expect(refuseTarget('*')).toEqual({ status: 400, reason: 'het adres begint niet met /' });
    expect(refuseTarget('/nl/kaart/?q=%E0%A4%A')).toBeNull();
    expect(refuseTarget('/nl/caf%C3%A9/')).toBeNull();
  });

  it('answers /%E0%A4%A with 400 and keeps serving', async () => {
    const answer = await request(port, '/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.body.toString()).toBe('Ongeldig adres: een %-teken staat niet voor een geldig teken\n');
    expect((await request(port, '/')).status).toBe(200);
  });

  // Each address with the status it must get. 400 from this server or from Node's own HTTP
  // parser (which refuses control characters, spaces and raw bytes it cannot read before the
  // server sees them); 404 for clean addresses that name nothing; 414 and 431 for long ones.
  const BROKEN_ESCAPES = [
    '%',
    '%%',
    '%E0%A4%A',
    '%E0%A4',
    '%C3',
    '%C3%28',
    '%FF',
    '%80',
    '%G0',
    '%0',
    '%u00e9',
    '%ED%A0%80',
    '%F4%90%80%80',
    '%C0%AF',
    '%E0%80%AF',
  ];
  const DOT_SEGMENTS = ['..', '.', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%2e', '%2E'];
  const SLASHES_AND_NUL = ['%2f', '%2F', '%5c', '%5C', '%00', 'a%00.html', '..%2f', '..%5c', '%2e%2e%2f', '%2e%2e%5c'];
  const PREFIXES = ['/', '/nl/', '/nl/kaart/', '/pagefind/', '/_astro/', '/data/'];
  const cases: [string | Buffer, number[]][] = [];
  for (const prefix of PREFIXES) {
    for (const bad of BROKEN_ESCAPES) cases.push([`${prefix}${bad}`, [400]], [`${prefix}${bad}/index.html`, [400]]);
    for (const dots of DOT_SEGMENTS)
      cases.push(
        [`${prefix}${dots}/geheim.txt`, [400]],
        [`${prefix}${dots}/${dots}/${dots}/etc/passwd`, [400]],
        [`${prefix}${dots}`, [400]],
      );
    for (const slash of SLASHES_AND_NUL) cases.push([`${prefix}${slash}geheim.txt`, [400]]);
    // Clean but absent: the 404 page.
    for (const absent of [
      'geheim.txt',
      'caf%C3%A9/',
      '%F0%9F%8F%A0',
      '..geheim',
      '...',
      'a..b',
      '%20',
      'x%3Fy',
      '%23',
      'nl/%D8%A7%D9%84%D8%AE%D8%B1%D9%8A%D8%B7%D8%A9/',
      '~root',
      '$HOME',
    ]) {
      cases.push([`${prefix}${absent}`, [404]]);
    }
    // Raw bytes and characters Node's parser refuses before the request reaches the server.
    for (const raw of ['\0', 'a b', '\t', '\x7f', '\r', '\\..\\geheim.txt']) cases.push([`${prefix}${raw}`, [400]]);
    cases.push(
      [Buffer.from(`${prefix}café/`, 'utf8'), [400, 404]],
      [Buffer.from(`${prefix}الخريطة/`, 'utf8'), [400, 404]],
      [Buffer.from([...Buffer.from(prefix), 0xff, 0xfe]), [400, 404]],
    );
  }
  cases.push(
    [`/${'a'.repeat(3000)}`, [414]],
    [`/${'%2e%2e/'.repeat(400)}`, [414]],
    [`/${'a/'.repeat(1023)}`, [404]],
    [`/${'a'.repeat(20_000)}`, [431]],
    ['//', [404]],
    ['///etc/passwd', [404]],
    ['/nl//kaart/', [404]],
    ['*', [400]],
    ['geheim.txt', [400]],
    ['http://127.0.0.1/../geheim.txt', [400]],
    ['/?%E0%A4%A', [200]],
    ['/#%E0%A4%A', [200]],
  );

  it(`gives each of ${cases.length} odd addresses its status and keeps serving /`, async () => {
    expect(cases.length).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (let i = 0; i < cases.length; i += 25) {
      const batch = cases.slice(i, i + 25);
      const answers = await Promise.all(batch.map(([target]) => request(port, target)));
      answers.forEach((answer, j) => {
        const [target, allowed] = batch[j]!;
        if (!allowed.includes(answer.status))
          wrong.push(
            `${JSON.stringify(target.toString().slice(0, 60))}: ${answer.status}, verwacht ${allowed.join(' of ')}`,
          );
        if (answer.body.includes('buiten dist'))
          wrong.push(`${JSON.stringify(target.toString().slice(0, 60))}: gaf een bestand buiten dist/`);
      });
    }
    expect(wrong).toEqual([]);
    const home = await request(port, '/');
    expect(home.status).toBe(200);
    expect(home.body.toString()).toBe(FILES['index.html']);
  });
});
