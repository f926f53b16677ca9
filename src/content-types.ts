import type {ContentBundle} from './bundle/content-bundle.js';
import type {ContentLoadDetail} from './events.js';
import type {UiTranslations} from './i18n/localize-ui-strings.js';
import type {GlossaryUiStrings, UiStrings} from './i18n/ui-strings.js';

// The shapes that the loading, controller and rendering layers hand to each other. They live here,
// apart from every layer, so that no layer imports another just for a type.

/** What one built-in locale ships: its content bundle and its translated UI strings. */
export interface LocaleData {
  readonly bundle: ContentBundle;
  readonly ui?: UiTranslations;
  /** JSON paths of translated strings whose English changed after they were translated. */
  readonly stale?: readonly string[];
}

/** Content ready to render: one bundle and the UI strings in the same language. */
export interface ResolvedContent {
  readonly bundle: ContentBundle;
  readonly ui: UiStrings;
  /** Set when the requested content failed and built-in content is shown instead. */
  readonly fallback: boolean;
  /** Set when the page asks for a language the widget does not have, so English is shown. */
  readonly languageUnavailable?: boolean;
  /** JSON paths of translated strings whose English changed after they were translated. */
  readonly stale?: readonly string[];
  /**
   * Set when the reader chose to read the English original instead of a translation: the
   * translation's language and UI strings, to say so and offer the way back in that language.
   */
  readonly readingEnglish?: {readonly locale: string; readonly dir: ContentBundle['dir']; readonly ui: UiStrings};
}

/** What a <glossary-term> needs: definitions and UI strings in one language. */
export interface GlossaryContent {
  readonly locale: string;
  readonly dir: ContentBundle['dir'];
  readonly glossary: ContentBundle['glossary'];
  /** The translation has not been checked by a clinician. */
  readonly unreviewed: boolean;
  /** The bundle's next review date (`YYYY-MM-DD`): after it, the definitions are overdue. */
  readonly nextReviewDue: string;
  readonly ui: GlossaryUiStrings;
  /** JSON paths of translated strings whose English changed after they were translated. */
  readonly stale?: readonly string[] | undefined;
}

/** Content and how it was obtained, for the `sli-content-load` event. */
export interface Loaded<T> {
  readonly content: T;
  readonly detail: ContentLoadDetail;
}
