/**
 * The panel's sections, in their default order. These are the tokens accepted by the
 * `sections` attribute and the keys of `sections` in a content bundle.
 */
export const SECTION_IDS = [
  'what-is-it',
  'which-cancers',
  'symptoms',
  'tests',
  'treatment',
  'outlook',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];
