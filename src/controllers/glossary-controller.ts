import {glossaryContentOf} from '../bundle/glossary-content.js';
import type {GlossaryContent, Loaded, LocaleData} from '../content-types.js';
import {glossary as embeddedGlossary} from '../generated/content/en-GB-glossary.js';
import {localizeGlossaryUiStrings} from '../i18n/localize-ui-strings.js';
import {builtInLocaleFor, DEFAULT_LOCALE, loadTranslatedLocale} from '../i18n/locales.js';
import {ContentError} from '../loading/content-error.js';
import {LanguageContentController} from './language-content-controller.js';

// One content object per language, shared by every term on the page (none of them changes it):
// a page of a thousand terms holds one, not a thousand.
let embeddedContent: GlossaryContent | undefined;
const embedded = (): GlossaryContent => (embeddedContent ??= {...embeddedGlossary, ui: localizeGlossaryUiStrings(undefined)});
const translatedContent = new WeakMap<LocaleData, GlossaryContent>();
const translated = (data: LocaleData): GlossaryContent => {
  let content = translatedContent.get(data);
  if (!content) translatedContent.set(data, (content = glossaryContentOf(data.bundle, localizeGlossaryUiStrings(data.ui))));
  return content;
};

/**
 * Definitions for a standalone <glossary-term> in its language. Needs only the embedded
 * glossary, not the whole en-GB page, so the term alone stays small.
 */
export class GlossaryController extends LanguageContentController<GlossaryContent> {
  protected override get announcesLoad(): boolean {
    return false;
  }

  protected override load(requested: string): Loaded<GlossaryContent> | Promise<Loaded<GlossaryContent>> {
    const locale = builtInLocaleFor(requested, this.host);
    if (locale === DEFAULT_LOCALE) return {content: embedded(), detail: {locale: embeddedGlossary.locale, origin: 'built-in'}};
    return loadTranslatedLocale(locale).then(
      (data) => ({content: translated(data), detail: {locale: data.bundle.locale, origin: 'built-in'}}),
      () => {
        throw new ContentError({reason: 'locale-unavailable', message: `the ${locale} definitions could not be loaded`});
      }
    );
  }

  protected override fallback(): GlossaryContent {
    return embedded();
  }
}
