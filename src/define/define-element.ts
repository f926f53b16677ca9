/**
 * Registers a custom element without ever throwing: a script included twice, two versions of
 * the widget on one page, or a tag another library already took only produce a console warning,
 * so one widget can never break the host page or the other widgets on it.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== elementClass)
      console.warn(`<${tagName}> is already defined on this page (another copy of the widget?); keeping the first`);
    return;
  }
  try {
    customElements.define(tagName, elementClass);
  } catch (error) {
    console.warn(`<${tagName}> not defined: ${error}`);
  }
}
