// Builds compile these msg() calls away (scripts/compile-messages.mjs); tests run them as written.
import {msg} from '@lit/localize/init/install.js';

/**
 * The strings of the opt-in language picker (`languages` on `<secondary-liver-info>`), apart from
 * `ui-strings.ts` so that only the picker's lazy file carries them: a panel without `languages`
 * downloads none of them, in English or in any other language. Each key equals its message id
 * minus the `sli.` prefix, as in `ui-strings.ts`.
 *
 * The picker shows every language in that language, before it is loaded, so the translations are
 * not looked up at run time: `scripts/generate-locale-modules.mjs` copies every language's
 * translations of these ids (from its XLIFF file) into `src/generated/languages.ts`, and takes
 * them out of that language's lazy file. These English ones serve en-GB.
 */
export const languagePickerStrings = () => ({
  languageName: msg('English', {
    id: 'sli.languageName',
    desc: 'The name of this language, written in this language, as its speakers would look for it in a list of languages: Welsh "Cymraeg", Polish "Polski", Romanian "Română". Start with a capital letter where the script has them.',
  }),
  chooseLanguage: msg('Choose a language', {
    id: 'sli.chooseLanguage',
    desc: 'Button that opens the list of languages this information can be read in (each named in itself).',
  }),
  shownInLanguage: msg('This information is now shown in English.', {
    id: 'sli.shownInLanguage',
    desc: 'Said (and shown) after the reader chose this language in the list of languages. Name this language, e.g. Welsh "...yn Gymraeg."',
  }),
  languageOriginal: msg('Original version', {
    id: 'sli.languageOriginal',
    desc: 'In the list of languages, under the name of the language the information was written in (not translated from another).',
  }),
  languageUnreviewed: msg('Translation not yet checked by a clinician', {
    id: 'sli.languageUnreviewed',
    desc: 'In the list of languages, under the name of this language: this translation has not been checked by a clinician yet.',
  }),
  languageReviewed: msg('Translation checked by a clinician', {
    id: 'sli.languageReviewed',
    desc: 'In the list of languages, under the name of this language: a clinician has checked this translation.',
  }),
});

export type LanguagePickerStrings = ReturnType<typeof languagePickerStrings>;
