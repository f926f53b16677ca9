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

/**
 * The language the reader chose in the panel's language list (`languages`), kept on the element
 * under this symbol (no public surface): one entry, from what `requestedLanguage()` was when it
 * was chosen to the built-in locale chosen.
 */
export const READER_CHOICE = Symbol();

/**
 * The language an element shows: the reader's choice while the page still asks for the language
 * it was made over, else the one the page asks for. A later change of the element's, an
 * ancestor's or the page's `lang` is a newer request than the reader's choice, so it wins (and
 * the list forgets the choice, so that it does not come back with the old `lang`).
 */
export function languageFor(element: Element & {[READER_CHOICE]?: ReadonlyMap<string, string> | undefined}): string {
  const asked = requestedLanguage(element);
  return element[READER_CHOICE]?.get(asked) ?? asked;
}
