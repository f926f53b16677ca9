import {bundle as embeddedBundle} from '../generated/content/en-GB.js';
import {isLazyLocale, loadLazyLocale} from './lazy-locales-loader.js';
import type {LocaleData} from './locale-data.js';

/** The embedded default: in the main bundle, so showing it never needs a request. */
export const embeddedLocale: LocaleData = {bundle: embeddedBundle};

/** A built-in locale's data: the default at once, any other from its lazy file. */
export const loadBuiltInLocale = (locale: string): LocaleData | Promise<LocaleData> =>
  isLazyLocale(locale) ? loadLazyLocale(locale) : embeddedLocale;
