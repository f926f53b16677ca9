import type {ContentBundle} from '../bundle/content-bundle.js';
import {sameLanguage} from '../i18n/match-locale.js';
import {ContentError} from './content-error.js';
import {formatProblem, validateBundle} from '../bundle/validate-bundle.js';

/** Validates a bundle that came from outside (a `src` URL or the `bundle` property). */
export function acceptExternalBundle(data: unknown, requestedLanguage: string, src?: string): ContentBundle {
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
