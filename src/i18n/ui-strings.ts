// Builds compile these msg() calls away (scripts/compile-messages.mjs); tests run them as written.
import {msg} from '@lit/localize/init/install.js';

/**
 * The strings of the widget's own interface (not patient content, which lives in bundles).
 * Each key equals its message id minus the `sli.` prefix; the prefix keeps our ids apart from
 * a host page that uses @lit/localize for its own strings.
 *
 * These are called with @lit/localize's default `msg`, which returns the English source;
 * translations come from the generated per-locale `templates` (see `localize-ui-strings.ts`),
 * because @lit/localize's runtime locale is page-wide and our elements each have their own.
 */
export const glossaryUiStrings = () => ({
  close: msg('Close', {id: 'sli.close', desc: 'Button that closes a glossary definition.'}),
  pronounced: msg('Pronounced', {id: 'sli.pronounced', desc: 'Label before how a medical word is said, e.g. "Pronounced: me-tass-ta-sis".'}),
  definition: msg('Definition', {id: 'sli.definition', desc: 'Accessible name of the pop-up that shows what a word means.'}),
  reviewOverdue: msg('This information is past its next review date, so it may be out of date. Ask your doctor or nurse about anything that affects your care.', {
    id: 'sli.reviewOverdue',
    desc: 'Notice shown when the next review date has passed.',
  }),
  unreviewedTranslation: msg('This translation has not been checked by a clinician and may contain mistakes. Check anything important with your doctor or nurse.', {
    id: 'sli.unreviewedTranslation',
    desc: 'Notice on machine or volunteer translations that no clinician has reviewed. The risk is that the translation is wrong, not only unclear. Translate into the bundle language.',
  }),
  editorialMark: msg('written by the editors', {id: 'sli.editorialMark', desc: 'After a glossary word whose definition the editors wrote, not the source page, and a clinician has since checked.'}),
  editorialUnchecked: msg('written by the editors; not yet checked by a clinician', {
    id: 'sli.editorialUnchecked',
    desc: 'After a glossary definition (pop-up, print, snippets) that the editors wrote themselves because the source page gives none, and that no clinician has checked yet.',
  }),
  staleDefinition: msg('This definition has not yet been updated since the English changed.', {
    id: 'sli.staleDefinition',
    desc: 'After a translated glossary definition (pop-up, print) whose English original changed after it was translated; the current English follows.',
  }),
  definitionInEnglish: msg('In English:', {
    id: 'sli.definitionInEnglish',
    desc: 'Before the current English definition of a word, shown after a translated definition that is out of date.',
  }),
});

/**
 * All UI strings, the glossary's included (a standalone term shows the review notices too). The
 * opt-in language picker's are in `language-picker-strings.ts`, so that only its lazy file has them.
 */
export const sourceUiStrings = () => ({
  ...glossaryUiStrings(),
  lastReviewed: msg('Last reviewed', {id: 'sli.lastReviewed', desc: 'Label before the date the information was last clinically reviewed (on the original, untranslated page).'}),
  sourceLastReviewed: msg('Source last reviewed', {
    id: 'sli.sourceLastReviewed',
    desc: 'On a translated page: label before the date the original (source-language) information was last clinically reviewed. It must not read as if the translation was reviewed.',
  }),
  reviewedBy: msg('Reviewed by', {id: 'sli.reviewedBy', desc: 'Label before who clinically reviewed the original information.'}),
  translation: msg('Translation', {id: 'sli.translation', desc: 'Label before the review status of the translation, e.g. "Translation: Not yet checked by a clinician".'}),
  translationUnreviewed: msg('Not yet checked by a clinician', {id: 'sli.translationUnreviewed', desc: 'Review status of a translation that no clinician has checked.'}),
  editorialDefinitions: msg('Definitions written by the editors, not given by the source page', {
    id: 'sli.editorialDefinitions',
    desc: 'Label before the list of glossary words whose meanings the editors wrote themselves.',
  }),
  monthNames: msg('January February March April May June July August September October November December', {
    id: 'sli.monthNames',
    desc: 'The twelve month names, January to December, separated by single spaces, as written after a day number in a date ("24 July 2023"). Every date in the built-in languages is written with these names.',
  }),
  digits: msg('0123456789', {
    id: 'sli.digits',
    desc: 'The ten digits, zero to nine, with no spaces, as this language writes the day and year of a date: "0123456789" where Western digits are usual, or the script\'s own digits ("০১২৩৪৫৬৭৮৯" in Bengali).',
  }),
  sourcePageSays: msg('The source page says:', {
    id: 'sli.sourcePageSays',
    desc: 'Before a note quoted from the source page (about its references and who to write to), so that it does not read as if the host page wrote it.',
  }),
  sourceContactInEnglish: msg('The source page and its contact are in English.', {
    id: 'sli.sourceContactInEnglish',
    desc: 'Only on translations: after the quoted source note, which gives an email address; says that this contact works in English.',
  }),
  publishedBy: msg('Published by', {id: 'sli.publishedBy', desc: 'Label before the organisation that publishes this information (from the partner bundle).'}),
  onlineAt: msg('Online at', {id: 'sli.onlineAt', desc: 'Label before the web address where the publisher keeps this information online.'}),
  licence: msg('Licence', {id: 'sli.licence', desc: 'Label before the licence or terms under which the information may be reused.'}),
  otherFormats: msg('Also available as:', {id: 'sli.otherFormats', desc: 'Before the list of other formats of this information (Easy Read, audio, BSL video…) offered by the publisher.'}),
  formatEasyRead: msg('Easy Read', {id: 'sli.formatEasyRead', desc: 'An other format: an Easy Read version (simple words and pictures), e.g. "Easy Read (PDF, 1.2 MB)".'}),
  formatAudio: msg('Audio', {id: 'sli.formatAudio', desc: 'An other format: an audio recording of this information.'}),
  formatVideo: msg('Video', {id: 'sli.formatVideo', desc: 'An other format: a video of this information.'}),
  formatBslVideo: msg('British Sign Language video', {id: 'sli.formatBslVideo', desc: 'An other format: a video in British Sign Language (BSL).'}),
  formatLargePrint: msg('Large print', {id: 'sli.formatLargePrint', desc: 'An other format: a large-print version.'}),
  formatBraille: msg('Braille', {id: 'sli.formatBraille', desc: 'An other format: a braille version.'}),
  formatPrintPdf: msg('Printable version', {id: 'sli.formatPrintPdf', desc: 'An other format: a version made for printing (usually a PDF).'}),
  whoToContact: msg('Who to contact', {id: 'sli.whoToContact', desc: 'Default heading above the contacts and next steps that the host page adds (its specialist nurses, helpline, local services).'}),
  feedbackQuestion: msg('Was this information useful?', {id: 'sli.feedbackQuestion', desc: 'Question at the end of the panel, answered with a Yes or No button (as GOV.UK asks "Is this page useful?").'}),
  feedbackYes: msg('Yes', {id: 'sli.feedbackYes', desc: 'Button: yes, the information was useful.'}),
  feedbackNo: msg('No', {id: 'sli.feedbackNo', desc: 'Button: no, the information was not useful.'}),
  feedbackThanks: msg('Thank you for your feedback.', {id: 'sli.feedbackThanks', desc: 'Shown and announced once the reader has answered whether the information was useful.'}),
  updatedOn: msg('Updated on', {id: 'sli.updatedOn', desc: 'Before the date a section was changed, e.g. "Updated on 3 March 2026: the list of tests now includes…". Shown for a while after the change.'}),
  nextReviewDue: msg('Next review due', {id: 'sli.nextReviewDue', desc: 'Label before the date of the next clinical review.'}),
  references: msg('References', {id: 'sli.references', desc: 'Heading of the list of published sources.'}),
  source: msg('Source', {id: 'sli.source', desc: 'Label before the name of who the information comes from.'}),
  glossary: msg('Glossary', {id: 'sli.glossary', desc: 'Heading of the printed list of medical words and their meanings.'}),
  aboutThisInformation: msg('About this information', {id: 'sli.aboutThisInformation', desc: 'Heading above attribution, review dates and references.'}),
  showAllSections: msg('Show all sections', {id: 'sli.showAllSections', desc: 'Button that expands every collapsed section.'}),
  hideAllSections: msg('Hide all sections', {id: 'sli.hideAllSections', desc: 'Button that collapses every section.'}),
  contentUnavailable: msg('The requested information could not be shown, so the standard version is shown instead.', {
    id: 'sli.contentUnavailable',
    desc: 'Notice when a partner bundle failed to load or was invalid, above the built-in content shown instead (in the nearest built-in language).',
  }),
  languageUnavailable: msg('This information is not available in the language of this page yet, so it is shown in English. If you need it in your language, ask your doctor or nurse.', {
    id: 'sli.languageUnavailable',
    desc: 'Notice when the page asks for a language the widget does not have. Shown in English; translate for completeness.',
  }),
  backToText: msg('Back to text', {
    id: 'sli.backToText',
    desc: 'In static HTML for content systems: link after a definition, back to where the word is used in the text.',
  }),
  listSeparator: msg(', ', {
    id: 'sli.listSeparator',
    desc: 'Put between the items of a short list of words, e.g. the glossary words whose definitions the editors wrote: "ascites, jaundice". Keep the space after the comma where the language has one.',
  }),
  readInEnglish: msg('Read in English', {
    id: 'sli.readInEnglish',
    desc: 'Button in the translation notice that shows the original English instead of this translation, without leaving the page.',
  }),
  readInThisLanguage: msg('Read in this language', {
    id: 'sli.readInThisLanguage',
    desc: 'Button shown while the English original is displayed, which switches back to this translation. Name this language in itself, e.g. Welsh "Darllen yn Gymraeg". Never shown in English.',
  }),
  shownInEnglish: msg('This information is now shown in English, as in the original.', {
    id: 'sli.shownInEnglish',
    desc: 'Said (and shown) after the reader chose "Read in English". Written in this language so the reader understands what happened.',
  }),
  shownInThisLanguage: msg('This information is shown in this language again.', {
    id: 'sli.shownInThisLanguage',
    desc: 'Said (and shown) after the reader switched back from English to this translation. Name this language, e.g. Welsh "...yn Gymraeg eto".',
  }),
  staleSection: msg('This part has not yet been updated since the English changed.', {
    id: 'sli.staleSection',
    desc: 'Notice at the top of a translated section whose English original changed after it was translated.',
  }),
  readSectionInEnglish: msg('Read this part in English', {
    id: 'sli.readSectionInEnglish',
    desc: 'Opens the current English text of one section whose translation is out of date.',
  }),
  partsUnavailable: msg('Part of this information could not be loaded, including its source and review dates. Reload the page to try again.', {
    id: 'sli.partsUnavailable',
    desc: 'Shown at the end of the panel when the part of the widget that shows "About this information" (source, review dates, references) failed to download. Says what is missing and what to do.',
  }),
  copyLink: msg('Copy link', {
    id: 'sli.copyLink',
    desc: 'Small button after a section heading (only when the host turns section links on) that copies a web link to that section. Screen readers hear the section\'s name after it, in brackets.',
  }),
  linkCopied: msg('Link copied', {id: 'sli.linkCopied', desc: 'Shown and announced after the link to a section was copied.'}),
  copyThisLink: msg('Copy this link:', {
    id: 'sli.copyThisLink',
    desc: 'Label before the web link to a section, shown for the reader to copy themselves when the browser did not let the widget copy it.',
  }),
  important: msg('Important', {id: 'sli.important', desc: 'Title of the callout that holds notices about the information (review date, translation status), as in the NHS warning callout.'}),
});

export type UiStrings = ReturnType<typeof sourceUiStrings>;
export type GlossaryUiStrings = ReturnType<typeof glossaryUiStrings>;

/** The message id of a key, as it appears in XLIFF files and generated modules. */
export const uiStringId = (key: string): string => `sli.${key}`;
