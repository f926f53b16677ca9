import {SECTION_IDS, type SectionId} from '../bundle/section-ids.js';
import {ownOptions} from '../own-options.js';
import type {LinkablePanel} from './linkable.js';
import {FRAGMENT_PREFIX} from './section-fragment.js';

/** Panels in page order (those inside other components' shadow roots in a stable order too). */
const inPageOrder = (panels: ReadonlySet<LinkablePanel>): LinkablePanel[] =>
  [...panels].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

/**
 * The panel and section a fragment names: `#sli-<section>` is the first panel showing that
 * section; `#<id>-<section>` the panel with that id. A fragment the page itself has an element
 * for (a host's own anchor, a plain snippet's section) is the browser's to follow.
 */
export function linkTarget(hash: string, panels: ReadonlySet<LinkablePanel>): [LinkablePanel, SectionId] | undefined {
  let fragment: string;
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const section = SECTION_IDS.find((id) => fragment.endsWith(`-${id}`));
  if (!section || document.getElementById(fragment)) return undefined;
  const owner = fragment.slice(0, -section.length - 1);
  const panel = inPageOrder(panels).find((each) => (owner === FRAGMENT_PREFIX || each.id === owner) && each.showsSection(section));
  return panel && [panel, section];
}

/** Scrolls an element into view, smoothly unless the reader asks for reduced motion, then focuses it. */
export function scrollToAndFocus(target: HTMLElement): void {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Focusable from script only, so a reader's next Tab goes on from the section they arrived at.
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView(ownOptions<ScrollIntoViewOptions>({behavior: reduced ? 'auto' : 'smooth', block: 'start'}));
  target.focus(ownOptions({preventScroll: true}));
}

/** Follows `hash` if it names a section of a panel: opens it, scrolls to it and focuses its heading. */
export async function reveal(hash: string, panels: ReadonlySet<LinkablePanel>, only?: LinkablePanel): Promise<void> {
  const target = linkTarget(hash, panels);
  if (!target || (only && target[0] !== only)) return;
  const heading = await target[0].revealSection(target[1]);
  if (heading) scrollToAndFocus(heading);
}
