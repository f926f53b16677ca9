import {SECTION_IDS, type SectionId} from '../bundle/section-ids.js';
import {ownOptions} from '../own-options.js';
import {FRAGMENT_PREFIX} from './section-fragment.js';

/** A panel that a link can reach. */
export interface LinkablePanel extends Element {
  /** The section is among those shown. */
  showsSection(id: SectionId): boolean;
  /** Expands the section if collapsed, scrolls it into view and focuses its heading. */
  revealSection(id: SectionId): Promise<void>;
}

const panels = new Set<LinkablePanel>();
const follow = () => void reveal(location.hash);

/** Panels in page order (those inside other components' shadow roots in a stable order too). */
const inPageOrder = (): LinkablePanel[] =>
  [...panels].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

/**
 * The panel and section a fragment names: `#sli-<section>` is the first panel showing that
 * section; `#<id>-<section>` the panel with that id. A fragment the page itself has an element
 * for (a host's own anchor, a plain snippet's section) is the browser's to follow.
 */
export function linkTarget(hash: string): [LinkablePanel, SectionId] | undefined {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const section = SECTION_IDS.find((id) => fragment.endsWith(`-${id}`));
  if (!section || document.getElementById(fragment)) return undefined;
  const owner = fragment.slice(0, -section.length - 1);
  const panel = inPageOrder().find((each) => (owner === FRAGMENT_PREFIX || each.id === owner) && each.showsSection(section));
  return panel && [panel, section];
}

/** Follows `hash` if it names a section of a panel; `only` limits it to one panel (its first render). */
export function reveal(hash: string, only?: LinkablePanel): Promise<void> | undefined {
  const target = linkTarget(hash);
  if (!target || (only && target[0] !== only)) return undefined;
  return target[0].revealSection(target[1]);
}

/** Panels follow the fragment on `hashchange` (links, back and forward) while any is on the page. */
export function linkable(panel: LinkablePanel): void {
  if (!panels.size) addEventListener('hashchange', follow);
  panels.add(panel);
}

export function unlinkable(panel: LinkablePanel): void {
  panels.delete(panel);
  if (!panels.size) removeEventListener('hashchange', follow);
}

/** Scrolls an element into view, smoothly unless the reader asks for reduced motion, then focuses it. */
export function scrollToAndFocus(target: HTMLElement): void {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Focusable from script only, so a reader's next Tab goes on from the section they arrived at.
  if (!target.hasAttribute('tabindex') && !target.matches('button, a[href]')) target.tabIndex = -1;
  target.scrollIntoView(ownOptions<ScrollIntoViewOptions>({behavior: reduced ? 'auto' : 'smooth', block: 'start'}));
  target.focus(ownOptions({preventScroll: true}));
}
