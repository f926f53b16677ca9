const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * The language an element asks for: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots, ending at `<html lang>`. Empty when nothing on the way sets one.
 *
 * No `instanceof Element`: on a server, Lit's own shim defines no `Element` or `ShadowRoot` (and
 * its elements have attributes but no tree), and in an iframe those globals are another realm's.
 */
export function requestedLanguage(element: Element): string {
  let node: Node | null | undefined = element;
  while (node) {
    if (typeof (node as Element).getAttribute === 'function') {
      const lang = (node as Element).getAttribute('lang');
      if (lang !== null) return lang;
    }
    node = node.parentNode ?? (node.nodeType === DOCUMENT_FRAGMENT_NODE ? (node as ShadowRoot).host : null);
  }
  return '';
}
