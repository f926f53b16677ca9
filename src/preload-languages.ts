import {BUILT_IN_LOCALES, builtInLocaleFor, DEFAULT_LOCALE, loadTranslatedLocale} from './i18n/locales.js';

/**
 * Loads built-in languages ahead of use. In the browser this saves a request later; on a server
 * rendering with `@lit-labs/ssr` (or `@lit-labs/nextjs`) it is what lets an element render in a
 * language other than en-GB, since server rendering cannot wait for a file. Resolves once all
 * are loaded; a tag the widget does not ship is ignored.
 *
 * ```js
 * await preloadLanguages(['cy']);
 * render(html`<secondary-liver-info lang="cy"></secondary-liver-info>`);
 * ```
 */
export async function preloadLanguages(tags: readonly string[]): Promise<void> {
  const locales = new Set(tags.map((tag) => builtInLocaleFor(tag)).filter((locale) => locale !== DEFAULT_LOCALE));
  await Promise.all([...locales].filter((locale) => BUILT_IN_LOCALES.includes(locale)).map(loadTranslatedLocale));
}
