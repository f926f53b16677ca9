// Everything needed for content from outside the build, in one module that the elements import
// on demand: a page that shows only built-in content never downloads any of it. The CDN build
// makes it a file of its own that imports nothing from the main file (see rollup.config.mjs), so
// its errors are recognised by shape (`isContentError`), not by class.
import type {ContentBundle} from '../bundle/content-bundle.js';
import {staleStrings} from '../bundle/translation-fingerprints.js';
import {acceptExternalBundle} from './accept-external-bundle.js';
import {clampTimeout, fetchBundleJson, httpUrl, MAX_BUNDLE_BYTES} from './fetch-bundle-json.js';
import {reportableUrl} from './http-url.js';

export interface ExternalSource {
  /** A bundle object set from JavaScript; wins over `src`. */
  readonly bundle?: unknown;
  readonly src?: string | null;
  readonly timeout?: number | undefined;
}

/**
 * Content from a bundle property or a `src` URL: fetched (no credentials, with a timeout and a
 * size cap), parsed, validated, and checked against the language asked for. Rejects with a
 * `ContentError` on any failure.
 */
export async function loadExternalContent(
  {bundle, src, timeout}: ExternalSource,
  requestedLanguage: string,
  signal: AbortSignal,
  english: ContentBundle
): Promise<{readonly bundle: ContentBundle; readonly origin: 'src' | 'property'; readonly stale: readonly string[]}> {
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
  // A partner's translation of the English names it as its source: its strings are checked against
  // the English built in, which is passed in so that this chunk imports nothing from the main file.
  const {sourceLocale} = accepted.meta.translation;
  const stale =
    accepted.meta.translation.status !== 'original' && sourceLocale === english.locale
      ? staleStrings(english, accepted).filter((problem) => !problem.untracked).map((problem) => problem.path)
      : [];
  return {bundle: accepted, origin: fromProperty ? 'property' : 'src', stale};
}
