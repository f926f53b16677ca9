import type {ReactiveElement} from 'lit';

/** The default name each connected panel last derived, before any ordinal. */
const derived = new WeakMap<Element, string>();

/**
 * Two panels showing the same sections in the same language derive the same landmark name, which
 * axe reports as `landmark-unique`. The second and later ones in document order within their root
 * get an ordinal ("Secondary liver cancer (2)"), so that a page needs no `label` at all. Returns
 * undefined for the first, and on a server, where each render holds one panel.
 */
export function distinctRegionName(panel: ReactiveElement, name: string, locale: string): string | undefined {
  if (!panel.isConnected) return undefined;
  const peers = [...(panel.getRootNode() as ParentNode).querySelectorAll(panel.localName)];
  const at = peers.indexOf(panel);
  if (derived.get(panel) !== name) {
    derived.set(panel, name);
    // A later panel that rendered first (its language loaded sooner) recounts.
    for (const later of peers.slice(at + 1)) if (derived.get(later) === name) (later as ReactiveElement).requestUpdate();
  }
  const before = peers.slice(0, at).filter((peer) => derived.get(peer) === name).length;
  return before ? `${name} (${(before + 1).toLocaleString(locale)})` : undefined;
}
