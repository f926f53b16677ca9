import {lazyLocales} from '../generated/lazy-locales.js';
import type {LocaleData} from './locale-data.js';
import {DEFAULT_LOCALE} from './match-locale.js';

/** Every locale the widget ships, the embedded default first. */
export const builtInLocales: readonly string[] = [DEFAULT_LOCALE, ...Object.keys(lazyLocales)];

export const isLazyLocale = (locale: string): boolean => Object.hasOwn(lazyLocales, locale);

const loaded = new Map<string, Promise<LocaleData>>();

/**
 * A shipped locale other than the default, fetched on first use and shared by every element
 * that asks, so a page requests each language once at most.
 */
export function loadLazyLocale(locale: string): Promise<LocaleData> {
  let pending = loaded.get(locale);
  if (!pending) {
    pending = lazyLocales[locale]!().then((module) => module.localeData);
    // A failed request may succeed later (flaky network): forget it so the next element retries.
    pending.catch(() => loaded.delete(locale));
    loaded.set(locale, pending);
  }
  return pending;
}
