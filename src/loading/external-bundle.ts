// Everything needed for content from outside the build, in one module that the elements import
// on demand: a page that shows only built-in content never downloads any of it.
import type {ContentBundle} from '../bundle/content-bundle.js';
import type {Loaded, ResolvedContent} from '../content-types.js';
import {localizeUiStrings} from '../i18n/localize-ui-strings.js';
import {builtInLocaleFor, DEFAULT_LOCALE, loadTranslatedLocale} from '../i18n/locales.js';
import {acceptExternalBundle} from './accept-external-bundle.js';
import {clampTimeout, fetchBundleJson, httpUrl, MAX_BUNDLE_BYTES} from './fetch-bundle-json.js';
import {reportableUrl} from './http-url.js';

export interface ExternalSource {
  /** A bundle object set from JavaScript; wins over `src`. */
  readonly bundle?: unknown;
  readonly src?: string | null;
  readonly timeout?: number | undefined;
}

/** UI strings follow the bundle's language where the widget has them, English otherwise. */
async function withUiStrings(bundle: ContentBundle): Promise<ResolvedContent> {
  const locale = builtInLocaleFor(bundle.locale);
  const ui = locale === DEFAULT_LOCALE ? undefined : await loadTranslatedLocale(locale).then((data) => data.ui, () => undefined);
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
  let accepted: ContentBundle;
  if (fromProperty) {
    // A bundle handed over in code is taken in its own language.
    accepted = acceptExternalBundle(bundle, '');
  } else {
    // A `src` must match the language asked for.
    const url = httpUrl(src!);
    const limits = {signal, timeoutMs: clampTimeout(timeout), maxBytes: MAX_BUNDLE_BYTES};
    accepted = acceptExternalBundle(await fetchBundleJson(url, limits), requestedLanguage, reportableUrl(url));
  }
  const content = await withUiStrings(accepted);
  return {content, detail: {locale: accepted.locale, origin: fromProperty ? 'property' : 'src'}};
}
