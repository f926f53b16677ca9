import {SECTION_IDS, type SectionId} from '../bundle/section-ids.js';

/** A panel that a link can reach. */
export interface LinkablePanel extends Element {
  /** The section is among those shown. */
  showsSection(id: SectionId): boolean;
  /** Expands the section if collapsed; resolves to its heading once rendered. */
  revealSection(id: SectionId): Promise<HTMLElement | null>;
}

/** The panels on the page, which section links can reach. */
export const panels = new Set<LinkablePanel>();

/**
 * Follows `hash` if it may name a section of a panel (`only`: that panel alone, on its first
 * render). The code that resolves and follows a link is a small lazy file, loaded the first time
 * a page has such a fragment.
 */
export function followLink(hash: string, only?: LinkablePanel): void {
  if (!SECTION_IDS.some((id) => hash.endsWith(`-${id}`))) return;
  void import('./follow-hash.js').then(({reveal}) => reveal(hash, panels, only), () => undefined);
}

const onHashChange = () => followLink(location.hash);

/** Panels follow the fragment on `hashchange` (links, back and forward) while any is on the page. */
export function linkable(panel: LinkablePanel): void {
  if (!panels.size) addEventListener('hashchange', onHashChange);
  panels.add(panel);
}

export function unlinkable(panel: LinkablePanel): void {
  panels.delete(panel);
  if (!panels.size) removeEventListener('hashchange', onHashChange);
}
