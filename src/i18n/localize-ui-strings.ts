import {sourceUiStrings, uiStringId, type UiStrings, type UiStringKey} from './ui-strings.js';

/** Generated lit-localize templates for one locale, keyed by message id. */
export type UiTranslations = Readonly<Record<string, unknown>>;

/**
 * UI strings for one locale: the translation where one exists, the English source otherwise.
 * Only plain-string messages are used, so no template can carry markup.
 */
export function localizeUiStrings(translations: UiTranslations | undefined): UiStrings {
  const strings = sourceUiStrings();
  if (!translations) return strings;
  for (const key of Object.keys(strings) as UiStringKey[]) {
    const translated = translations[uiStringId(key)];
    if (typeof translated === 'string' && translated) strings[key] = translated;
  }
  return strings;
}
