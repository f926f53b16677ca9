import type {LocaleData} from '../content-types.js';
import {lazyLocales} from '../generated/lazy-locales.js';
import {BoundedCache} from './bounded-cache.js';
import {matchLocale, sameLanguage, MAX_LANGUAGE_TAG_LENGTH} from './match-locale.js';
import {warn} from '../safe-console.js';

// Everything about the languages the widget ships, in one module. The embedded en-GB content is
// not imported here, so that `<glossary-term>` alone (which embeds only the en-GB glossary) can use it.

/** The locale every element falls back to, and the one embedded in the build. */
export const DEFAULT_LOCALE = 'en-GB';

/** Every locale the widget ships, the embedded default first. */
export const BUILT_IN_LOCALES: readonly string[] = [DEFAULT_LOCALE, ...Object.keys(lazyLocales)];

// A page uses one or two languages and a server a few dozen; a client that sends a new tag on
// every request must not grow either table, so both are bounded and keyed by the tag as BCP 47
// compares it (case-insensitive, trimmed, and no longer than a tag can be).
const CACHED_TAGS = 64;
const warnedLanguageTags = new BoundedCache<string, true>(CACHED_TAGS);
// A page of a thousand terms asks for the same one or two tags a thousand times; matching
// (Intl.getCanonicalLocales) costs microseconds each, so each distinct tag is matched once.
const matches = new BoundedCache<string, ReturnType<typeof matchLocale>>(CACHED_TAGS);

/** The key both tables use: every over-long tag shares one entry, as they share one answer. */
const cacheKey = (requested: string): string => {
  const trimmed = requested.trim();
  return trimmed.length > MAX_LANGUAGE_TAG_LENGTH ? '\u0000too-long' : trimmed.toLowerCase();
};

/** The shipped locale nearest a requested language tag (`cy-GB` → `cy`); warns once per malformed tag. */
export function builtInLocaleFor(requested: string, element?: {localName: string}): string {
  const key = cacheKey(requested);
  let match = matches.get(key);
  if (!match) matches.set(key, (match = matchLocale(requested, BUILT_IN_LOCALES, DEFAULT_LOCALE)));
  if (!match.wellFormed && element && !warnedLanguageTags.has(key)) {
    warnedLanguageTags.set(key, true);
    // Only the start of a long tag: a hostile one must not fill the host's logs either.
    const shown = requested.length > MAX_LANGUAGE_TAG_LENGTH ? `${requested.slice(0, MAX_LANGUAGE_TAG_LENGTH)}…` : requested;
    warn(`<${element.localName}>: lang=${JSON.stringify(shown)} is not a language tag; showing ${DEFAULT_LOCALE}`);
  }
  return match.locale;
}

/** How many language tags the locale tables hold now (for tests that show they stay bounded). */
export const cachedLanguageTagCount = (): number => Math.max(matches.size, warnedLanguageTags.size);

/**
 * Where English is shown, whether the page asked for another language (not English, and not no
 * language at all): the elements then say why it is in English.
 */
export const languageUnavailable = (requested: string): boolean =>
  requested.trim() !== '' && !sameLanguage(requested, DEFAULT_LOCALE);

const translations = new Map<string, Promise<LocaleData>>();
const loadedTranslations = new Map<string, LocaleData>();

/** A shipped translation already loaded on this page (or server), or undefined. */
export const loadedTranslation = (locale: string): LocaleData | undefined => loadedTranslations.get(locale);

/**
 * A shipped locale other than the default (as `builtInLocaleFor` returns), fetched from its own file on first use and shared by
 * every element that asks, so a page requests each language once at most.
 */
export function loadTranslatedLocale(locale: string): Promise<LocaleData> {
  let pending = translations.get(locale);
  if (!pending) {
    pending = lazyLocales[locale]!().then((module) => {
      loadedTranslations.set(locale, module.localeData);
      return module.localeData;
    });
    // A failed request may succeed later (flaky network): forget it so the next element retries.
    pending.catch(() => translations.delete(locale));
    translations.set(locale, pending);
  }
  return pending;
}
