import type {ContentBundle} from './content-bundle.js';
import type {BundleProblem} from './validate-bundle.js';

/**
 * What a valid partner bundle leaves out that a publisher's content team needs (NHS Standard for
 * creating health content, PIF TICK): who publishes it, where it lives online and under what
 * licence. Warnings, not refusals: the panel still shows, and only the partner can supply them.
 * Kept out of the widget's own files; the CLI's `validate` prints them.
 */
export function partnerWarnings(bundle: ContentBundle): BundleProblem[] {
  const {meta} = bundle;
  const warnings: BundleProblem[] = [];
  if (!Object.hasOwn(meta, 'publisher'))
    warnings.push({path: '$.meta.publisher', reason: 'is missing: name who publishes this information, so readers know whose page it is'});
  if (!Object.hasOwn(meta, 'sourceUrl'))
    warnings.push({path: '$.meta.sourceUrl', reason: 'is missing: give the https address where this information is kept online'});
  if (!Object.hasOwn(meta, 'licence'))
    warnings.push({path: '$.meta.licence', reason: 'is missing: name the licence or terms under which it may be reused'});
  return warnings;
}
