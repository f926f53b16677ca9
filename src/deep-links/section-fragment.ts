import type {SectionId} from '../bundle/section-ids.js';

/** What every section's link starts with when the panel has no `id` of its own. */
export const FRAGMENT_PREFIX = 'sli';

/**
 * The fragment (without `#`) that links to a section: `sli-symptoms` reaches the first panel that
 * shows symptoms; a panel with `id="faq"` also answers `faq-symptoms`.
 */
export const sectionFragment = (panelId: string | null | undefined, id: SectionId): string => `${panelId || FRAGMENT_PREFIX}-${id}`;
