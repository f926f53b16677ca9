import type {ResolvedContent} from '../content-types.js';
import {builtInLocaleFor, DEFAULT_LOCALE, languageUnavailable, loadedTranslation} from '../i18n/locales.js';
import {requestedLanguage} from '../i18n/requested-language.js';
import {EMBEDDED_LOCALE, resolve} from './content-controller.js';

/**
 * What an element renders on a server (Lit SSR), where it is never connected and nothing can be
 * awaited: the built-in content for its language if it is at hand (en-GB always; another language
 * once `preloadLanguages` has loaded it), else en-GB with the usual notice. Browser builds never
 * call it (`isServer` is false there), so it is left out of them.
 */
export function builtInContentForServer(host: Element): ResolvedContent {
  const requested = requestedLanguage(host);
  const locale = builtInLocaleFor(requested);
  const translated = locale === DEFAULT_LOCALE ? undefined : loadedTranslation(locale);
  if (translated) return resolve(translated, false);
  const content = resolve(EMBEDDED_LOCALE, false);
  return languageUnavailable(requested) ? {...content, languageUnavailable: true} : content;
}
