/**
 * The anchor on the about page where the whole example-data explanation stands; the one-line
 * notice in every page's header links to it.
 */
export const EXAMPLE_ANCHOR = 'voorbeeldgegevens';
