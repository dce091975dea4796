/** The browser helper lives with the scripts (screenshot, Lighthouse use it too); tests import it from here. */
export { launch, isolatedContext } from '../../scripts/lib/browser.ts';
