// Everything needed for content from outside the build, in one module that the elements import
// on demand: a page that shows only built-in content never downloads any of it.
import type {ContentBundle} from '../bundle/content-bundle.js';
import type {ResolvedContent} from '../controllers/content-controller.js';
import type {Loaded} from '../controllers/localized-controller.js';
import {loadBuiltInLocale} from '../i18n/built-in-locales.js';
import {builtInLocales} from '../i18n/lazy-locales-loader.js';
import {localizeUiStrings} from '../i18n/localize-ui-strings.js';
import {matchLocale} from '../i18n/match-locale.js';
import {acceptExternalBundle} from './accept-external-bundle.js';
import {DEFAULT_TIMEOUT_MS, fetchBundleJson, MAX_BUNDLE_BYTES} from './fetch-bundle-json.js';

export interface ExternalSource {
  /** A bundle object set from JavaScript; wins over `src`. */
  readonly bundle?: unknown;
  readonly src?: string | null;
  readonly timeout?: number | undefined;
}

/** UI strings follow the bundle's language where the widget has them, English otherwise. */
async function withUiStrings(bundle: ContentBundle): Promise<ResolvedContent> {
  const {locale} = matchLocale(bundle.locale, builtInLocales);
  const ui = await Promise.resolve(loadBuiltInLocale(locale)).then((data) => data.ui, () => undefined);
  return {bundle, ui: localizeUiStrings(ui), fallback: false};
}

/**
 * Content from a bundle property or a `src` URL: fetched (no credentials, with a timeout and a
 * size cap), parsed, validated, and checked against the language asked for. Rejects with a
 * `ContentError` on any failure.
 */
export async function loadExternalContent(
  {bundle, src, timeout}: ExternalSource,
  requestedLanguage: string,
  signal: AbortSignal
): Promise<Loaded<ResolvedContent>> {
  const fromProperty = bundle !== undefined && bundle !== null;
  // A bundle handed over in code is taken in its own language; a `src` must match the one asked for.
  const accepted = fromProperty
    ? acceptExternalBundle(bundle, '')
    : acceptExternalBundle(
        await fetchBundleJson(src!, {signal, timeoutMs: timeout ?? DEFAULT_TIMEOUT_MS, maxBytes: MAX_BUNDLE_BYTES}),
        requestedLanguage,
        src!
      );
  const content = await withUiStrings(accepted);
  return {content, detail: {locale: accepted.locale, origin: fromProperty ? 'property' : 'src'}};
}
