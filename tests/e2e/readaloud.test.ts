/**
 * The read-aloud button in Chromium, with the speech API stubbed before the page loads: the
 * device's voices are what the test says, the stub records what would be spoken. Also: a
 * glossary word is in Pagefind's index of the Arabic glossary page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, isolatedContext } from './browser.ts';
import { UI_STRINGS } from '../../src/i18n/t.ts';

const site = inject('siteUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

interface Spoken {
  text: string;
  lang: string;
  voice: string;
}
interface Stub {
  spoken: Spoken[];
  calls: string[];
}

/** Opens a page on a device whose voices are `langs`; they arrive late, as in Chromium. */
async function open(path: string, langs: string[]): Promise<{ page: Page; done: () => Promise<void> }> {
  const { context } = await isolatedContext(browser);
  await context.addInitScript((voiceLangs: string[]) => {
    const stub: Stub = { spoken: [], calls: [] };
    (window as unknown as { __speech: Stub }).__speech = stub;
    let voices: { lang: string; name: string }[] = [];
    const target = new EventTarget();
    const synth = Object.assign(target, {
      getVoices: () => voices,
      speak: (u: { text: string; lang: string; voice: { name: string } | null }) => {
        stub.calls.push('speak');
        stub.spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? '' });
      },
      pause: () => stub.calls.push('pause'),
      resume: () => stub.calls.push('resume'),
      cancel: () => stub.calls.push('cancel'),
    });
    class Utterance extends EventTarget {
      text: string;
      lang = '';
      voice: unknown = null;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    setTimeout(() => {
      voices = voiceLangs.map((lang) => ({ lang, name: `voice-${lang}` }));
      target.dispatchEvent(new Event('voiceschanged'));
    }, 50);
  }, langs);
  const page = await context.newPage();
  await page.goto(site + path);
  return { page, done: () => context.close() };
}

const stub = (page: Page) => page.evaluate(() => (window as unknown as { __speech: Stub }).__speech);

describe('read aloud', () => {
  it('with an Arabic voice, an Arabic guide reads Arabic, lang ar, phone numbers digit by digit', async () => {
    const { page, done } = await open('/ar/wegwijzer/gezondheid-en-zorg/', ['en-US', 'ar-SA']);
    const start = page.getByRole('button', { name: UI_STRINGS.ar['readaloud.start'] });
    await start.waitFor({ state: 'visible' });
    await start.click();
    const { spoken, calls } = await stub(page);
    expect(calls).toContain('speak');
    const arabic = spoken.filter((s) => s.lang === 'ar');
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((s) => s.voice === 'voice-ar-SA')).toBe(true);
    expect(spoken.some((s) => s.voice === 'voice-en-US')).toBe(false);
    const text = arabic.map((s) => s.text).join('\n');
    expect(text).toContain(await page.locator('h1').textContent());
    expect(text).toContain('0 8 0 0 0 1 1 3');
    expect(text).not.toContain('0800-0113');
    await done();
  });

  it('pause, resume and stop call the speech API and swap the buttons', async () => {
    const { page, done } = await open('/ar/wegwijzer/gezondheid-en-zorg/', ['ar']);
    const ui = UI_STRINGS.ar;
    await page.getByRole('button', { name: ui['readaloud.start'] }).click();
    await page.getByRole('button', { name: ui['readaloud.pause'], exact: true }).click();
    await page.getByRole('button', { name: ui['readaloud.resume'] }).click();
    await page.getByRole('button', { name: ui['readaloud.stop'], exact: true }).click();
    expect((await stub(page)).calls.filter((c) => c !== 'speak')).toEqual(['cancel', 'pause', 'resume', 'cancel']);
    await expect(page.getByRole('button', { name: ui['readaloud.start'] }).isVisible()).resolves.toBe(true);
    await done();
  });

  it('without a Tigrinya voice, a Tigrinya page shows no button, not even with other voices', async () => {
    const { page, done } = await open('/ti/wegwijzer/gezondheid-en-zorg/', ['en-US', 'nl-NL', 'ar-SA']);
    await page.waitForFunction(() => speechSynthesis.getVoices().length > 0);
    expect(await page.locator('read-aloud').count()).toBe(1);
    expect(await page.locator('read-aloud').isVisible()).toBe(false);
    await done();
  });

  it('shows on service and activity pages too when the voice is there', async () => {
    for (const path of ['/nl/kaart/taalcafe-bibliotheek/', '/nl/agenda/digid-cursus/']) {
      const { page, done } = await open(path, ['nl-NL']);
      await page.getByRole('button', { name: UI_STRINGS.nl['readaloud.start'] }).waitFor({ state: 'visible' });
      await done();
    }
  });
});

describe('the glossary in search', () => {
  it('a Dutch word from a letter is found in the index of the Arabic glossary page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${site}/ar/woordenlijst/`);
    // A string, so the test runner does not rewrite the browser's import().
    const urls = await page.evaluate<string[]>(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const found = await pf.search('inburgeringsplicht');
      return Promise.all(found.results.map(async (r) => (await r.data()).url));
    })()`);
    expect(urls, urls.join(' ')).toContain('/ar/woordenlijst/');
    await context.close();
  });
});
