/**
 * Cuts the Arabic and Ethiopic web fonts to the letters the built pages use, after Astro has
 * written the site: an Ethiopic font of 150 KB becomes a few dozen, and a new letter in the
 * content is in the font the next build. Each subset gets a new hashed name (so no phone keeps a
 * stale cached font) and every page and stylesheet that named the old file is rewritten.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { WEB_FONTS, charactersIn } from './fonts.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : walk(path);
    return /\.(html|css)$/.test(e.name) ? [path] : [];
  });
}

export function fontSubsetIntegration(): AstroIntegration {
  return {
    name: 'thuisin:font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = walk(site);
        const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
        const allText = [...texts.entries()]
          .filter(([f]) => f.endsWith('.html'))
          .map(([, t]) => t)
          .join('');
        const assets = readdirSync(join(site, '_astro'));
        const renamed = new Map<string, string>();
        const report: string[] = [];
        for (const font of WEB_FONTS) {
          const chars = charactersIn(allText, font.script);
          for (const name of assets.filter((a) => a.startsWith(`${font.file}.`) && a.endsWith('.woff2'))) {
            const path = join(site, '_astro', name);
            const before = statSync(path).size;
            // Nothing in this script on any page: an empty font, not a failed build.
            const subset = await subsetFont(readFileSync(path), chars || ' ', { targetFormat: 'woff2' });
            const hash = createHash('sha256').update(subset).digest('base64url').slice(0, 8);
            const newName = `${font.file}.${hash}.woff2`;
            writeFileSync(join(site, '_astro', newName), subset);
            if (newName !== name) unlinkSync(path);
            renamed.set(name, newName);
            report.push(
              `${font.file}: ${(before / 1024).toFixed(1)} → ${(subset.length / 1024).toFixed(1)} KB (${[...chars].length} tekens)`,
            );
          }
        }
        const rewrite = (text: string, names: Map<string, string>) => {
          let next = text;
          for (const [from, to] of names) next = next.replaceAll(from, to);
          return next;
        };
        // Stylesheets first: one that now names other fonts gets a new name of its own too.
        const sheets = new Map<string, string>();
        for (const [file, text] of texts) {
          if (!file.endsWith('.css')) continue;
          const next = rewrite(text, renamed);
          if (next === text) continue;
          const hash = createHash('sha256').update(next).digest('base64url').slice(0, 8);
          const newFile = file.replace(/\.[\w-]+\.css$/, `.${hash}.css`);
          writeFileSync(newFile, next);
          if (newFile !== file) unlinkSync(file);
          sheets.set(basename(file), basename(newFile));
        }
        const all = new Map([...renamed, ...sheets]);
        for (const [file, text] of texts) {
          if (!file.endsWith('.html')) continue;
          const next = rewrite(text, all);
          if (next !== text) writeFileSync(file, next);
        }
        logger.info(report.join('; '));
      },
    },
  };
}
