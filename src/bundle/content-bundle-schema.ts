import {array, boolean, integer, object, oneOf, optional, string, union} from './schema-dsl.js';

/**
 * The one definition of a content bundle. `ContentBundle` (types), `validateBundle`
 * (runtime) and `schema/content-bundle.schema.json` (for partners) are all derived from it.
 *
 * Rich text is structured data, never an HTML string, so nothing in a bundle can become markup.
 */

// BCP 47 language, optional script, region and variants: what content needs, and what `Intl`
// accepts (the validator also canonicalises each tag, so `de-1996-1996` is refused too).
const LANGUAGE_TAG = '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\\d{3}))?(-([A-Za-z0-9]{5,8}|\\d[A-Za-z0-9]{3}))*$';
const ISO_DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const ITEM_ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
// https only, and no user name or password before the host (`https://www.nhs.uk@evil.test/`).
const HTTPS_URL = '^https://[^\\s/?#@]+([/?#]\\S*)?$';

const languageTag = (description: string) =>
  string(35, {pattern: LANGUAGE_TAG, patternName: 'a BCP 47 language tag such as "cy" or "en-GB"', format: 'language-tag', description});
const isoDate = (description: string) =>
  string(10, {pattern: ISO_DATE, patternName: 'a date written YYYY-MM-DD', format: 'date', description});
const itemId = (description: string) =>
  string(64, {pattern: ITEM_ID, patternName: 'lower-case words joined by hyphens', description});
const plainText = (maxLength: number, description: string) => string(maxLength, {description});
const httpsUrl = (description: string) =>
  string(2000, {pattern: HTTPS_URL, patternName: 'an https URL without a user name or password', description});

/** A run of words that opens a glossary definition. */
export const termRunSchema = object(
  {
    term: itemId('The `id` of a glossary entry in this bundle.'),
    text: plainText(200, 'The words shown in the sentence.'),
  },
  'Words that open the glossary definition of `term`.'
);

export const inlineSchema = union(
  [
    plainText(2000, 'A run of plain text.'),
    object({em: plainText(500, 'Emphasised text.')}, 'Emphasised text.'),
    termRunSchema,
  ],
  'One run of inline text: a string, {"em": …} or {"term": …, "text": …}.'
);

export const richTextSchema = array(inlineSchema, 50, {
  description: 'Inline rich text: runs joined in order, rendered as text only.',
});

const listItemSchema = object({
  id: itemId('Stable id, the same in every locale, used to compare bundles.'),
  text: richTextSchema,
});

const heading = plainText(200, 'The section heading.');
const paragraphs = (description: string) =>
  array(richTextSchema, 20, {description});

const referenceSchema = object(
  {
    id: itemId('Stable id, the same in every locale.'),
    title: plainText(500, 'Title, kept as published.'),
    authors: optional(plainText(500, 'Authors, kept as published.')),
    publication: optional(plainText(500, 'Publisher, edition, date or access note, kept as published.')),
    url: optional(httpsUrl('Link. Only https URLs without a user name or password are accepted; the widget shows the host beside the title.')),
    lang: optional(languageTag('Language of the reference when it differs from the bundle (WCAG 3.1.2).')),
  },
  'A published source of the information.'
);

const glossaryEntrySchema = object(
  {
    id: itemId('Stable id, the same in every locale; rich text refers to it.'),
    term: plainText(200, 'The term as shown in the definition.'),
    definition: plainText(1000, 'Plain-language definition.'),
    pronunciation: optional(plainText(200, 'How to say the term, spelled out.')),
    editorial: optional(
      boolean(
        'true when the source page does not define the term and the definition was written by editors. Shown as such in the about section and in print; a clinical reviewer must check it.'
      )
    ),
    reviewedBy: optional(plainText(200, 'Who clinically reviewed an editorial definition. Only with `editorial`, and with `reviewedOn`.')),
    reviewedOn: optional(isoDate('When an editorial definition was clinically reviewed. Only with `editorial`, and with `reviewedBy`.')),
    lang: optional(languageTag('Language of `term` when it differs from the bundle (WCAG 3.1.2).')),
  },
  'A glossary entry.'
);

/** The other formats a partner offers (Accessible Information Standard; NHS England's Easy Read links). */
export const OTHER_FORMAT_KINDS = ['easy-read', 'audio', 'video', 'bsl-video', 'large-print', 'braille', 'print-pdf'] as const;

const otherFormatSchema = object(
  {
    kind: oneOf(
      OTHER_FORMAT_KINDS,
      'What the format is: Easy Read, audio, video, British Sign Language video, large print, braille, or a printable PDF. The widget names it in the reader\'s language.'
    ),
    language: languageTag('The language of the format itself, which may differ from the bundle (a Welsh page can offer an English Easy Read). Marked on the link (`hreflang`, and `lang` on its title).'),
    url: httpsUrl('Where to get it. Only https URLs without a user name or password; the widget shows the host beside the link.'),
    mediaType: string(100, {
      pattern: '^[a-z]+/[a-z0-9][a-z0-9.+-]*$',
      patternName: 'a media type such as "application/pdf" or "audio/mpeg"',
      description: 'The file\'s media type; the widget names its format ("PDF", "MP3").',
    }),
    bytes: integer(1, 10_000_000_000, 'The size of the file in bytes, shown rounded ("1.2 MB") so a reader knows before downloading it.'),
    title: optional(plainText(200, 'Its own title, in its own language, when it has one.')),
  },
  'One other format of this information, offered by the partner.'

);

// ICD-10 (WHO and its national modifications): a letter, two digits, then an optional subdivision.
const ICD10_CODE = '^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$';
// SNOMED CT identifier: 6 to 18 digits, no leading zero.
const SNOMED_CT_ID = '^[1-9][0-9]{5,17}$';

const conditionCode = (system: string, pattern: string, patternName: string, maxLength: number) =>
  object(
    {
      code: string(maxLength, {pattern, patternName, description: `The ${system} code.`}),
      name: plainText(300, `The code's name as ${system} publishes it (in English), e.g. for a record system's display.`),
    },
    `The condition's ${system} code.`
  );

const conditionSchema = object(
  {
    icd10: optional(conditionCode('ICD-10', ICD10_CODE, 'an ICD-10 code such as "C78.7"', 8)),
    snomedCt: optional(conditionCode('SNOMED CT', SNOMED_CT_ID, 'a SNOMED CT identifier (6 to 18 digits)', 18)),
  },
  'The condition the content is about, by clinical code: the structured data (`structured-data`) names it, for search engines, portals and record systems. Codes are kept exactly as in the source bundle.'
);

const translationSchema = object(
  {
    sourceLocale: languageTag('The locale this bundle was translated from (itself for an original).'),
    status: oneOf(
      ['original', 'unreviewed', 'reviewed'],
      '"original": the source text itself, not a translation; "unreviewed": a translation no clinician has checked yet (the widget shows a notice); "reviewed": a checked translation.'
    ),
    reviewedBy: optional(plainText(200, 'Who reviewed the translation clinically. Required when status is "reviewed".')),
    reviewedOn: optional(isoDate('When the translation was reviewed. Required when status is "reviewed".')),
    fingerprints: optional(
      array(
        object(
          {
            path: string(300, {description: "JSON path (RFC 9535) of a translated text, list items and glossary entries by id: `$.glossary[?@.id=='ascites'].definition`."}),
            sourceFingerprint: string(13, {
              pattern: '^[0-9a-z]{1,13}$',
              patternName: 'a fingerprint as `npm run fingerprints` writes it',
              description: 'Fingerprint of the source-language text this string translates (32-bit FNV-1a of its JSON, base 36).',
            }),
            translatedOn: isoDate('When this string was last translated or checked against that source text.'),
          },
          'Which source text one translated string was made from.'
        ),
        1000,
        {
          uniqueKey: 'path',
          description:
            'Per translated string, the source text it was made from. When the source changes, `check:content`, the CLI validator and the widget name the strings that are now out of date.',
        }
      )
    ),
  },
  'Where the text comes from and whether a clinician has checked it.'
);

export const contentBundleSchema = object(
  {
    $schema: optional(string(2000, {description: 'Path or URL of this JSON Schema, for editors.'})),
    schemaVersion: oneOf(['1'], 'Version of this schema.'),
    locale: languageTag('The language of the text in this bundle.'),
    dir: oneOf(['ltr', 'rtl'], 'Text direction of the language.'),
    meta: object({
      title: plainText(200, 'Title of the whole panel.'),
      version: optional(
        string(40, {
          pattern: '^[0-9A-Za-z][0-9A-Za-z.+-]*$',
          patternName: 'a version such as "1.2.0" or "2026-03"',
          description: 'The version of this content, given by its publisher; changes with every edit a reader would notice. Sent with `sli-feedback` and printed by `secondary-liver-info manifest`.',
        })
      ),
      source: object(
        {
          name: plainText(300, 'The name of the source page or document, shown as attribution.'),
          publisher: optional(plainText(200, 'Who publishes the source, shown before its name. Give it only if known: nothing is inferred.')),
          url: optional(httpsUrl('Where the source can be read. The attribution links to it.')),
          reviewedBy: optional(plainText(200, 'Who last reviewed the source clinically, shown beside the review date.')),
          note: optional(plainText(500, 'How the information was produced.')),
          lang: optional(languageTag('Language of `name` when it differs from the bundle, as when a translation names its English source page (WCAG 3.1.2).')),
        },
        'Attribution.'
      ),
      publisher: optional(
        object(
          {
            name: plainText(200, 'The organisation that publishes this information, e.g. the NHS trust or charity that embeds it under its own name.'),
            url: optional(httpsUrl('Its home page. The widget shows the host beside the name.')),
          },
          'Who publishes this information: shown first under "About this information". Only the partner can say; the built-in bundles leave it out, and the validator warns when a partner bundle does.'
        )
      ),
      sourceUrl: optional(httpsUrl('The address where the publisher keeps this information online: shown in full, so a printout says where to find the current version.')),
      licence: optional(
        object(
          {
            name: plainText(200, 'The licence or terms of reuse, as the publisher names them.'),
            url: optional(httpsUrl('Where the licence can be read.')),
          },
          'Under what terms the information may be reused. Only the publisher can say; the built-in bundles leave it out.'
        )
      ),
      lastReviewed: isoDate('When the source content was last clinically reviewed.'),
      nextReviewDue: isoDate('When the next clinical review is due. A notice shows once this date has passed.'),
      otherFormats: optional(
        array(otherFormatSchema, 20, {
          minItems: 0,
          description: 'Other formats of this information (Easy Read, audio, BSL video, large print, braille, printable PDF), listed near the top of the panel, in print and in both snippets. The built-in bundles have none: the source gives none.',
        })
      ),
      references: array(referenceSchema, 50, {uniqueKey: 'id'}),
      referencesNote: richTextSchema,
      condition: optional(conditionSchema),
      translation: translationSchema,
    }),
    sections: object({
      'what-is-it': object({
        heading,
        body: paragraphs('What secondary liver cancer is.'),
        illustration: object(
          {
            description: plainText(500, 'Text alternative of the diagram, shown as its caption.'),
            primaryTumour: plainText(60, 'Label: where the cancer started.'),
            bloodstream: plainText(60, 'Label: the bloodstream.'),
            lymphaticSystem: plainText(60, 'Label: the lymphatic system.'),
            liver: plainText(60, 'Label: the liver.'),
            secondaryTumour: plainText(60, 'Label: the new tumour in the liver.'),
          },
          'Labels of the diagram of how cancer cells spread to the liver.'
        ),
      }),
      'which-cancers': object({
        heading,
        intro: richTextSchema,
        items: array(listItemSchema, 30, {uniqueKey: 'id'}),
      }),
      symptoms: object({
        heading,
        intro: richTextSchema,
        items: array(listItemSchema, 30, {uniqueKey: 'id'}),
        caveat: paragraphs('That the symptoms are common in other conditions.'),
      }),
      tests: object({
        heading,
        intro: paragraphs('Introduction to the tests.'),
        items: array(listItemSchema, 30, {uniqueKey: 'id'}),
      }),
      treatment: object({
        heading,
        curative: richTextSchema,
        palliative: richTextSchema,
      }),
      outlook: object({heading, body: paragraphs('The outlook (prognosis).')}),
    }),
    glossary: array(glossaryEntrySchema, 100, {uniqueKey: 'id'}),
  },
  'Patient information about secondary liver cancer in one language.'
);
