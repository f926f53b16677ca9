import {adoptStyles} from '@lit/reactive-element/css-tag.js';
import {glossaryPopupStyles} from './glossary-popup.styles.js';
import {ownOptions} from '../own-options.js';
import {currentPopup, element, nativePopover, POPUP_CLOSED, POPUP_TEXT, setCurrentPopup, type PopupOwner, type ShownPopup} from './popup-owner.js';

const VIEWPORT_MARGIN = 8;

/** The `--sli-*` properties a host sets on or around a term, copied onto the pop-up with the term's font. */
const COPIED = ['--sli-color-text', '--sli-color-background', '--sli-color-border', '--sli-color-focus', '--sli-font-family', '--sli-font-size', '--sli-radius'];
const FROM_TERM = [
  ['--glossary-term-font-family', 'font-family'],
  ['--glossary-term-font-size', 'font-size'],
  ['--glossary-term-letter-spacing', 'letter-spacing'],
  ['--glossary-term-word-spacing', 'word-spacing'],
];

const popups = new WeakMap<Node, GlossaryPopup>();

/** The pop-up for a document or shadow root, built the first time one of its terms opens. */
export function popupFor(root: Document | ShadowRoot): GlossaryPopup {
  let popup = popups.get(root);
  if (!popup) popups.set(root, (popup = new GlossaryPopup(root)));
  return popup;
}

/**
 * The one definition pop-up of a document or shadow root: a `<sli-glossary-popup>` holder at the
 * end of the body (or of the shadow root) whose own shadow root holds the toggletip, so host rules
 * cannot reach it. With the Popover API the toggletip is a native `popover="auto"`: the browser
 * gives it the top layer, Escape and outside-click dismissal, and one open at a time across the
 * page. The terms themselves stay the page's own inline text.
 */
export class GlossaryPopup implements ShownPopup {
  /** The term whose definition is shown, if any. */
  owner: PopupOwner | undefined;
  readonly holder: HTMLElement;
  readonly tip: HTMLElement;
  private readonly status: HTMLElement;
  private readonly close: HTMLButtonElement;
  private readonly shadow: ShadowRoot;
  private frame = 0;

  constructor(private readonly root: Document | ShadowRoot) {
    const doc = (root as ShadowRoot).host ? root.ownerDocument! : (root as Document);
    this.holder = doc.createElement('sli-glossary-popup');
    // Stated in full, in a bag with nothing to inherit (see ownOptions).
    this.shadow = this.holder.attachShadow(ownOptions<ShadowRootInit>({mode: 'open', delegatesFocus: false, slotAssignment: 'named'}));
    adoptStyles(this.shadow, [glossaryPopupStyles]);
    this.close = element(doc, 'button', {type: 'button', part: 'close'}, '×');
    this.close.addEventListener('click', () => {
      const owner = this.owner;
      if (!owner) return;
      this.hide(owner);
      owner[POPUP_CLOSED]();
      owner.focus();
    });
    this.status = element(doc, 'span', {role: 'status'});
    this.tip = element(doc, 'span', {part: 'toggletip', role: 'group'}, this.status, this.close);
    if (nativePopover) {
      this.tip.popover = 'auto';
      // The open state follows the browser: light dismiss, Escape and another pop-up close it.
      this.tip.addEventListener('beforetoggle', (event) => {
        if ((event as ToggleEvent).newState === 'closed') this.closed();
      });
    } else {
      this.tip.hidden = true;
    }
    this.shadow.append(this.tip);
  }

  /** Shows `owner`'s definition, closing any other term's. False if it could not be shown. */
  show(owner: PopupOwner): boolean {
    const previous = this.owner;
    this.owner = owner;
    if (previous && previous !== owner) previous[POPUP_CLOSED]();
    if (!nativePopover && currentPopup() !== this) currentPopup()?.closed();
    setCurrentPopup(this);
    // At the end of the body, or of the shadow root: a re-render there may have removed it.
    const place = (this.root as ShadowRoot).host ? this.root : (this.root as Document).body ?? (this.root as Document).documentElement;
    if (this.holder.parentNode !== place) place.append(this.holder);
    const definition = this.label(owner);
    this.status.replaceChildren();
    this.copyStyles(owner);
    try {
      if (!nativePopover) this.tip.hidden = false;
      // `source` (where supported) makes the term the pop-up's invoker: Tab goes on into it.
      else if (!this.tip.matches(':popover-open')) (this.tip.showPopover as (options?: {source?: HTMLElement}) => void)(ownOptions({source: owner}));
    } catch {
      // Not shown (the term left the page mid-call, say): never throw into the page.
      this.owner = undefined;
      return false;
    }
    this.position();
    cancelAnimationFrame(this.frame);
    // The live region must be in the accessibility tree before its text arrives to be announced.
    this.frame = requestAnimationFrame(() => {
      if (this.owner !== owner) return;
      this.status.replaceChildren(...definition());
      // The text changes the box's size.
      this.position();
    });
    return true;
  }

  /** Fills the definition again (the term's language or content changed while open). */
  refresh(owner: PopupOwner): void {
    if (this.owner !== owner) return;
    this.status.replaceChildren(...this.label(owner)());
    this.position();
  }

  /** Labels the pop-up in the owner's language; returns what makes its definition. */
  private label(owner: PopupOwner): () => (Node | string)[] {
    const {lang, dir, label, closeLabel, definition} = owner[POPUP_TEXT]();
    Object.assign(this.tip, {lang, dir, ariaLabel: label});
    this.close.ariaLabel = closeLabel;
    return definition;
  }

  /** Closes `owner`'s definition; focus inside the pop-up goes back to the term. No event: the term fires it. */
  hide(owner: PopupOwner): void {
    if (this.owner !== owner) return;
    const focusInside = this.shadow.activeElement !== null;
    this.owner = undefined;
    this.clear();
    try {
      if (nativePopover) this.tip.hidePopover();
    } catch {
      // Already hidden (removed from the page): nothing to undo.
    }
    if (focusInside && owner.isConnected) owner.focus();
  }

  /** Closed from outside the term (see `show`): the term hears of it. */
  closed(): void {
    const owner = this.owner;
    this.owner = undefined;
    this.clear();
    owner?.[POPUP_CLOSED]();
  }

  private clear(): void {
    cancelAnimationFrame(this.frame);
    this.status.replaceChildren();
    if (!nativePopover) this.tip.hidden = true;
  }

  /** The term's font, text spacing and custom properties: the pop-up does not inherit from it. */
  private copyStyles(owner: PopupOwner): void {
    const style = getComputedStyle(owner);
    const set = (name: string, value: string) => (value ? this.tip.style.setProperty(name, value) : this.tip.style.removeProperty(name));
    for (const name of COPIED) set(name, style.getPropertyValue(name).trim());
    for (const [name, property] of FROM_TERM) set(name!, style.getPropertyValue(property!));
  }

  /**
   * Places the pop-up below the term (above it near the bottom of the window), aligned to its
   * start edge, in page coordinates: in the top layer an absolute box is placed against the
   * page, so it scrolls with the term and needs no scroll listener. Without the top layer the
   * box's containing block may be elsewhere: one correction measures and removes the difference.
   */
  position(): void {
    const {owner, tip} = this;
    if (!owner) return;
    const term = owner.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const rtl = getComputedStyle(owner).direction === 'rtl';
    const {clientWidth, clientHeight} = owner.ownerDocument.documentElement;
    let left = rtl ? term.right - box.width : term.left;
    left = Math.max(VIEWPORT_MARGIN, Math.min(left, clientWidth - box.width - VIEWPORT_MARGIN));
    const below = term.bottom + 4;
    const above = term.top - box.height - 4;
    const top = below + box.height > clientHeight - VIEWPORT_MARGIN && above >= VIEWPORT_MARGIN ? above : below;
    const place = (x: number, y: number) => {
      // CSSOM writes, not a style attribute, so a strict style-src CSP allows them.
      tip.style.setProperty('left', `${Math.round(x)}px`);
      tip.style.setProperty('top', `${Math.round(y)}px`);
    };
    const view = owner.ownerDocument.defaultView!;
    let x = left + view.scrollX;
    let y = top + view.scrollY;
    place(x, y);
    const placed = tip.getBoundingClientRect();
    if (Math.abs(placed.left - left) > 1 || Math.abs(placed.top - top) > 1) place((x += left - placed.left), (y += top - placed.top));
  }
}
