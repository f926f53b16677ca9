// The contract between a term and the pop-up that shows its definition, and which pop-up is open.
// Apart from the pop-up itself, which the self-contained file loads with the other parts that the
// first screen does not need (src/deferred/): an unopened term needs only this.

// Decided once, before any term opens: a test removes the API before the widget loads. On a
// server there is no HTMLElement to ask, and no pop-up to show.
export const nativePopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

/** What the pop-up asks of the term it shows. Symbols: no public surface on the element. */
export const POPUP_CLOSED = Symbol('glossaryPopupClosed');
export const POPUP_TEXT = Symbol('glossaryPopupText');

export interface PopupOwner extends HTMLElement {
  /** The pop-up closed without the term asking (light dismiss, Escape, Close, another term opened). */
  [POPUP_CLOSED](): void;
  /** What the pop-up shows for the term: its label, language and the definition's nodes. */
  [POPUP_TEXT](): {lang: string; dir: string; label: string; closeLabel: string; definition: () => (Node | string)[]};
}

/** What a term asks of the pop-up showing its definition. */
export interface ShownPopup {
  readonly owner: PopupOwner | undefined;
  hide(owner: PopupOwner): void;
  refresh(owner: PopupOwner): void;
  closed(): void;
}

/** An element with attributes and children. Text is always appended as text nodes, never parsed. */
export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const created = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

/**
 * The pop-up that showed a definition last. One definition is open at a time on the whole page
 * (the browser closes other auto popovers; without the API, `show` closes the last), so this is
 * the only one a term can be showing in, wherever the term is now (even removed from its root).
 */
let current: ShownPopup | undefined;
/** The term whose definition is open on the page, if any. */
export const openOwner = (): PopupOwner | undefined => current?.owner;
/** The pop-up showing `owner`'s definition, if any. */
export const popupShowing = (owner: PopupOwner): ShownPopup | undefined => (current?.owner === owner ? current : undefined);

/** The pop-up now showing a definition (one per page). */
export const currentPopup = (): ShownPopup | undefined => current;
export const setCurrentPopup = (popup: ShownPopup): void => {
  current = popup;
};
