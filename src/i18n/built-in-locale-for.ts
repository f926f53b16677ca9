import {builtInLocales} from './lazy-locales-loader.js';
import {DEFAULT_LOCALE, matchLocale} from './match-locale.js';

const warnedLanguageTags = new Set<string>();

/** The shipped locale for a requested language tag; warns once per malformed tag. */
export function builtInLocaleFor(requested: string, element: Element): string {
  const match = matchLocale(requested, builtInLocales);
  if (!match.wellFormed && !warnedLanguageTags.has(requested)) {
    warnedLanguageTags.add(requested);
    console.warn(`<${element.localName}>: lang=${JSON.stringify(requested)} is not a language tag; showing ${DEFAULT_LOCALE}`);
  }
  return match.locale;
}
