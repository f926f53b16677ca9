import type {GlossaryContent} from '../content-types.js';
import {glossary as english} from '../generated/content/en-GB-glossary.js';
import type {GlossaryUiStrings} from '../i18n/ui-strings.js';
import type {ContentBundle} from './content-bundle.js';

/**
 * What a <glossary-term> needs from a whole bundle. `stale`: the JSON paths of its translated
 * strings whose English changed since they were translated (see translation-fingerprints.ts).
 */
export const glossaryContentOf = (bundle: ContentBundle, ui: GlossaryUiStrings, stale?: readonly string[]): GlossaryContent => ({
  locale: bundle.locale,
  dir: bundle.dir,
  glossary: bundle.glossary,
  unreviewed: bundle.meta.translation.status === 'unreviewed',
  nextReviewDue: bundle.meta.nextReviewDue,
  ui,
  stale,
});

/**
 * For a translated definition not yet updated since its English changed: the current English
 * definition (embedded in every build; empty if the English has no such entry any more).
 * Undefined for a definition that is up to date.
 */
export const staleDefinition = ({stale}: Pick<GlossaryContent, 'stale'>, id: string): string | undefined =>
  stale?.includes(`$.glossary[?@.id=='${id}'].definition`) ? english.glossary.find((entry) => entry.id === id)?.definition ?? '' : undefined;
