// Everything needed for content from outside the build, in one module that the elements import
// on demand: a page that shows only built-in content never downloads any of it.
import type {ContentBundle} from '../bundle/content-bundle.js';
import {acceptExternalBundle} from './accept-external-bundle.js';
import {DEFAULT_TIMEOUT_MS, fetchBundleJson, MAX_BUNDLE_BYTES} from './fetch-bundle-json.js';

export {acceptExternalBundle};

/** Fetches, parses and validates a partner bundle; rejects with a `ContentError` on any failure. */
export async function loadBundleFromSrc(
  src: string,
  requestedLanguage: string,
  signal: AbortSignal,
  timeoutMs: number | undefined
): Promise<ContentBundle> {
  const data = await fetchBundleJson(src, {signal, timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: MAX_BUNDLE_BYTES});
  return acceptExternalBundle(data, requestedLanguage, src);
}
