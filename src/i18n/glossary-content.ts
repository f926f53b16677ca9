import type {ContentBundle} from '../bundle/content-bundle.js';
import type {GlossaryUiStrings} from './ui-strings.js';

/** What a <glossary-term> needs: definitions and UI strings in one language. */
export interface GlossaryContent {
  readonly locale: string;
  readonly dir: ContentBundle['dir'];
  readonly glossary: ContentBundle['glossary'];
  readonly ui: GlossaryUiStrings;
}
