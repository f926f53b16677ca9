import {bundle as embeddedBundle} from '../generated/content/en-GB.js';
import {lazyLocales} from '../generated/lazy-locales.js';
import type {LocaleData} from './locale-data.js';
import {DEFAULT_LOCALE} from './match-locale.js';

/** The embedded default: in the main bundle, so showing it never needs a request. */
export const embeddedLocale: LocaleData = {bundle: embeddedBundle};

/** Every locale the widget ships, the embedded default first. */
export const builtInLocales: readonly string[] = [DEFAULT_LOCALE, ...Object.keys(lazyLocales)];

const loaded = new Map<string, Promise<LocaleData>>();

/**
 * A built-in locale's data. The default comes back at once; any other is fetched on first use
 * and shared by every element that asks, so a page requests each language once at most.
 */
export function loadBuiltInLocale(locale: string): LocaleData | Promise<LocaleData> {
  if (locale === DEFAULT_LOCALE || !Object.hasOwn(lazyLocales, locale)) return embeddedLocale;
  let pending = loaded.get(locale);
  if (!pending) {
    pending = lazyLocales[locale]!().then((module) => module.localeData);
    // A failed request may succeed later (flaky network): forget it so the next element retries.
    pending.catch(() => loaded.delete(locale));
    loaded.set(locale, pending);
  }
  return pending;
}
