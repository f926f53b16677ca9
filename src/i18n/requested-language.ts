/**
 * The language an element asks for: its own `lang`, else the nearest ancestor's, crossing
 * shadow roots, ending at `<html lang>`. Empty when nothing on the way sets one.
 */
export function requestedLanguage(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang !== null) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}
