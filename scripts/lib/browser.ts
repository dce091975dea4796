/**
 * Debian's Chromium through playwright-core, with no network but this machine. Playwright gives
 * every launch a fresh temporary profile of its own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { TIME_ZONE } from '../../src/lib/dates.ts';

/**
 * A fontconfig that knows only DejaVu: Chromium started with it is a phone without Noto fonts,
 * so it shows what such a phone downloads (`launch({ withoutNoto: true })`).
 */
function dejavuOnlyFontconfig(): string {
  const dir = mkdtempSync(join(tmpdir(), 'thuisin-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
  );
  return file;
}

/**
 * Flags for Debian's Chromium on this closed network: without the background-networking ones it
 * keeps trying to reach Google's hosts. Lighthouse starts Chromium with the same flags.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch(options: { withoutNoto?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    ...(options.withoutNoto ? { env: { ...process.env, FONTCONFIG_FILE: dejavuOnlyFontconfig() } } : {}),
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A context that records every request to a host other than 127.0.0.1 and refuses it, so a
 * test can assert the site never reaches out (fonts, maps, analytics, CDNs).
 */
export async function isolatedContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context: BrowserContext = await browser.newContext({ locale: 'nl-NL', timezoneId: TIME_ZONE, ...options });
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  return { context, outside };
}
