import type {GlossaryContent} from '../content-types.js';
import type {GlossaryUiStrings} from '../i18n/ui-strings.js';
import type {ContentBundle} from './content-bundle.js';

/** What a <glossary-term> needs from a whole bundle. */
export const glossaryContentOf = (bundle: ContentBundle, ui: GlossaryUiStrings): GlossaryContent => ({
  locale: bundle.locale,
  dir: bundle.dir,
  glossary: bundle.glossary,
  unreviewed: bundle.meta.translation.status === 'unreviewed',
  nextReviewDue: bundle.meta.nextReviewDue,
  ui,
});
