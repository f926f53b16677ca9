import type {ContentBundle} from '../bundle/content-bundle.js';
import {sameLanguage} from '../i18n/match-locale.js';
import {ContentError} from './content-error.js';

/**
 * Validates a bundle that came from outside (a `src` URL or the `bundle` property).
 * The validator is imported on demand so that pages using only built-in content never load it.
 */
export async function acceptExternalBundle(data: unknown, requestedLanguage: string, src?: string): Promise<ContentBundle> {
  const {validateBundle, formatProblem} = await import('../bundle/validate-bundle.js');
  const result = validateBundle(data);
  if (!result.valid) {
    throw new ContentError({
      reason: 'invalid-bundle',
      message: `the bundle is invalid: ${formatProblem(result.problems[0]!)}`,
      problems: result.problems,
      ...(src ? {src} : {}),
    });
  }
  if (requestedLanguage && !sameLanguage(requestedLanguage, result.bundle.locale)) {
    throw new ContentError({
      reason: 'locale-mismatch',
      message: `the bundle is in ${JSON.stringify(result.bundle.locale)} but the element asked for ${JSON.stringify(requestedLanguage)}`,
      ...(src ? {src} : {}),
    });
  }
  return result.bundle;
}
