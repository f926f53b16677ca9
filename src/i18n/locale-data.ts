import type {ContentBundle} from '../bundle/content-bundle.js';
import type {UiTranslations} from './localize-ui-strings.js';

/** What one built-in locale ships: its content bundle and its translated UI strings. */
export interface LocaleData {
  readonly bundle: ContentBundle;
  readonly ui?: UiTranslations;
}
