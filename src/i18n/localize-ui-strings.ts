import {glossaryUiStrings, sourceUiStrings, uiStringId, type GlossaryUiStrings, type UiStrings} from './ui-strings.js';

/** Generated lit-localize templates for one locale, keyed by message id. */
export type UiTranslations = Readonly<Record<string, unknown>>;

/**
 * A catalog in one locale: the translation where one exists, the English source otherwise.
 * Only plain-string messages are used, so no template can carry markup.
 */
function localize<T extends Record<string, string>>(strings: T, translations: UiTranslations | undefined): T {
  if (!translations) return strings;
  for (const key of Object.keys(strings) as (keyof T & string)[]) {
    const translated = translations[uiStringId(key)];
    if (typeof translated === 'string' && translated) strings[key] = translated as T[typeof key];
  }
  return strings;
}

export const localizeUiStrings = (translations: UiTranslations | undefined): UiStrings =>
  localize(sourceUiStrings(), translations);

export const localizeGlossaryUiStrings = (translations: UiTranslations | undefined): GlossaryUiStrings =>
  localize(glossaryUiStrings(), translations);
