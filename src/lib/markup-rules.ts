/**
 * What a Markdown or MDX file in content/ may contain, as plain rules shared by the check that
 * runs before the build (src/lib/markup.ts, which explains every refusal to the editor) and by
 * the renderer's own filter (src/lib/markup-filter.ts, which drops what the check refuses, in
 * case a file ever reaches the build without the check). Content is text, never code.
 */

/** The components a guide may use, with the attributes each one takes (all plain strings). */
export const GUIDE_COMPONENTS = {
  Dienst: { attributes: ['id'], required: ['id'], example: '<Dienst id="hulp-bij-schulden" />' },
  Activiteit: { attributes: ['id'], required: ['id'], example: '<Activiteit id="koffie-en-taal-dalfsen" />' },
  LetOp: { attributes: [], required: [], example: '<LetOp>Neem uw paspoort mee.</LetOp>' },
  Stappen: { attributes: [], required: [], example: '<Stappen>\n\n1. Eerst dit.\n2. Dan dat.\n\n</Stappen>' },
  Woord: { attributes: ['id'], required: ['id'], example: '<Woord id="bsn">BSN</Woord>' },
  Telefoon: { attributes: ['nummer'], required: ['nummer'], example: '<Telefoon nummer="112" />' },
} as const satisfies Record<string, { attributes: readonly string[]; required: readonly string[]; example: string }>;

export type GuideComponent = keyof typeof GUIDE_COMPONENTS;
export const GUIDE_COMPONENT_NAMES = Object.keys(GUIDE_COMPONENTS) as GuideComponent[];

export function isGuideComponent(name: string | null | undefined): name is GuideComponent {
  return !!name && Object.hasOwn(GUIDE_COMPONENTS, name);
}

/**
 * A link address an editor may write: https:, mailto:, tel:, a path on this site ("/nl/kaart/")
 * or a place on the same page ("#bsn"). "//host" is another host, not a path.
 */
export function isAllowedLink(url: string): boolean {
  const u = url.trim();
  if (/^https:\/\/[^\s/]+/i.test(u)) return true;
  if (/^mailto:[^\s]+@[^\s]+$/i.test(u)) return true;
  if (/^tel:\+?[\d\-\s().]+$/i.test(u)) return true;
  return isSitePath(u) || /^#[\w-]*$/.test(u);
}

/** A path on this site: starts with one slash. */
function isSitePath(url: string): boolean {
  return /^\/(?!\/)/.test(url.trim()) && !url.includes('\\');
}

/** Images only from the site itself: another host could track every reader (and the CSP refuses it anyway). */
export function isAllowedImage(url: string): boolean {
  return isSitePath(url);
}

/** A phone number for <Telefoon>: emergency and short numbers too (112, 0800 …, 14 0529), never a personal 06. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d][\d\s-]*$/.test(value.trim())) return false;
  const digits = value.replace(/[\s-]/g, '').replace(/^\+31/, '0');
  return !/^06\d{8}$/.test(digits) && digits.length >= 3 && digits.length <= 13;
}
