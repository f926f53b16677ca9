import {glossaryContentOf} from '../bundle/glossary-content.js';
import type {GlossaryContent, LocaleData} from '../content-types.js';
import {glossary as embeddedGlossary} from '../generated/content/en-GB-glossary.js';
import {localizeGlossaryUiStrings} from '../i18n/localize-ui-strings.js';
import {DEFAULT_LOCALE, loadTranslatedLocale, loadedTranslation} from '../i18n/locales.js';
import {warn} from '../safe-console.js';

// One content object per language, shared by every term on the page (none of them changes it):
// a page of a thousand terms holds one, not a thousand. Needs only the embedded glossary, not the
// whole en-GB page, so the term alone stays small.
let embeddedContent: GlossaryContent | undefined;
/** The en-GB definitions, always at hand: the default and the fallback. */
export const embeddedGlossaryContent = (): GlossaryContent =>
  (embeddedContent ??= {...embeddedGlossary, ui: localizeGlossaryUiStrings(undefined)});

const translated = new WeakMap<LocaleData, GlossaryContent>();
const translatedContent = (data: LocaleData): GlossaryContent => {
  let content = translated.get(data);
  if (!content) translated.set(data, (content = glossaryContentOf(data.bundle, localizeGlossaryUiStrings(data.ui), data.stale)));
  return content;
};

/** Why a language's definitions are not shown: what `sli-content-error` carries. */
export interface GlossaryFailure {
  readonly reason: 'locale-unavailable';
  readonly message: string;
}

const logged = new Set<string>();

/**
 * Definitions for a built-in locale: at once for en-GB or a language already loaded, otherwise a
 * promise shared by every term that asks. Rejects with a `GlossaryFailure` (logged once per
 * language, not once per term: a page can hold a thousand).
 */
export function glossaryForLocale(locale: string): GlossaryContent | Promise<GlossaryContent> {
  if (locale === DEFAULT_LOCALE) return embeddedGlossaryContent();
  const loaded = loadedTranslation(locale);
  if (loaded) return translatedContent(loaded);
  return loadTranslatedLocale(locale).then(translatedContent, () => {
    const failure: GlossaryFailure = {reason: 'locale-unavailable', message: `the ${locale} definitions could not be loaded`};
    if (!logged.has(locale)) {
      logged.add(locale);
      warn(`<glossary-term>: ${failure.message}. Showing the built-in content instead.`);
    }
    throw failure;
  });
}
