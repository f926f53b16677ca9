import type {ContentBundle} from '../bundle/content-bundle.js';
import {own} from '../bundle/own.js';
import type {SectionId} from '../bundle/section-ids.js';
import {parseHttpsLinkUrl} from '../loading/http-url.js';

/** The schema.org HealthAspect of each section, as the NHS website content API types its parts. */
export const HEALTH_ASPECTS: Readonly<Record<SectionId, string>> = {
  'what-is-it': 'OverviewHealthAspect',
  'which-cancers': 'CausesHealthAspect',
  symptoms: 'SymptomsHealthAspect',
  // "When to see a doctor" is the aspect schema.org has for tests and investigations.
  tests: 'SeeDoctorHealthAspect',
  treatment: 'TreatmentsHealthAspect',
  outlook: 'PrognosisHealthAspect',
};

const SCHEMA = 'https://schema.org/';

/** A bundle field that another version of the schema may add (issue 22: publisher, licence): text only. */
const optionalText = (meta: object, key: string): string | undefined => {
  const value = Object.hasOwn(meta, key) ? (meta as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() ? value : undefined;
};

/**
 * A schema.org `MedicalWebPage` describing the content shown: its language and review dates, the
 * condition it is about (with the bundle's clinical codes), the source it is based on, and one
 * `HealthTopicContent` part per section shown. Only bundle data goes in: nothing is inferred.
 * `fragment` gives each section's in-page link (see deep links), relative to the page.
 */
export function medicalWebPage(bundle: ContentBundle, sections: readonly SectionId[], fragment: (id: SectionId) => string): object {
  const {meta} = bundle;
  const {source} = meta;
  const condition = own(meta, 'condition');
  const codes = condition
    ? [
        [own(condition, 'icd10'), 'ICD-10'],
        [own(condition, 'snomedCt'), 'SNOMED-CT'],
      ]
        .filter((pair): pair is [{code: string; name: string}, string] => !!pair[0])
        .map(([{code, name}, codingSystem]) => ({'@type': 'MedicalCode', codeValue: code, codingSystem, name}))
    : [];
  const sourceUrl = parseHttpsLinkUrl(own(source, 'url'))?.href;
  const sourcePublisher = own(source, 'publisher');
  const publisher = optionalText(meta, 'publisher');
  const licence = optionalText(meta, 'licence') ?? optionalText(meta, 'license');
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: meta.title,
    inLanguage: bundle.locale,
    lastReviewed: meta.lastReviewed,
    // schema.org has no "next review" property; the interval the reviewed content is stated to
    // cover says it without `expires`, which would tell search engines to drop the page.
    temporalCoverage: `${meta.lastReviewed}/${meta.nextReviewDue}`,
    about: {'@type': 'MedicalCondition', name: meta.title, ...(codes.length ? {code: codes} : {})},
    isBasedOn: {
      '@type': 'CreativeWork',
      name: source.name,
      ...(sourceUrl ? {url: sourceUrl} : {}),
      ...(sourcePublisher ? {publisher: {'@type': 'Organization', name: sourcePublisher}} : {}),
    },
    ...(publisher ? {publisher: {'@type': 'Organization', name: publisher}} : {}),
    ...(licence ? {license: licence} : {}),
    ...(meta.translation.status === 'original' ? {} : {translationOfWork: {'@type': 'CreativeWork', inLanguage: meta.translation.sourceLocale}}),
    hasPart: sections.map((id) => ({
      '@type': 'HealthTopicContent',
      name: bundle.sections[id].heading,
      url: fragment(id),
      hasHealthAspect: `${SCHEMA}${HEALTH_ASPECTS[id]}`,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped as JSON escapes, so
 * bundle text holding `</script>` or `<!--` cannot end the block or change how it is parsed, and
 * the two line separators JavaScript once rejected are escaped too. JSON.parse gives back the same.
 */
export const jsonLdText = (data: object): string =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
