import {ReactiveElement, type PropertyValues} from '@lit/reactive-element';
import type {GlossaryEntry} from '../bundle/content-bundle.js';
import {own} from '../bundle/own.js';
import {contentCaveats, editorialNote} from '../bundle/content-caveats.js';
import type {GlossaryContent} from '../content-types.js';
import {GlossaryController} from '../controllers/glossary-controller.js';
import {emit} from '../events.js';
import {VERSION} from '../generated/version.js';
import {baseStyles} from './base.styles.js';
import {glossaryTermStyles} from './glossary-term.styles.js';
import {booleanConverter, booleanValue} from './boolean-attribute.js';
import {textValue} from './property-values.js';
import {warn} from '../safe-console.js';
import {ownOptions} from '../own-options.js';

const VIEWPORT_MARGIN = 8;

// Decided once, before any term renders: a test removes the API before the widget loads. On a
// server (Next.js, Lit SSR) there is no HTMLElement to ask, and no popover to show.
const nativePopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;

/** An element with attributes and children. Text is always appended as text nodes, never parsed. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

/**
 * An inline word or phrase that opens its plain-language definition from the active content
 * bundle: a toggletip that meets WCAG 2.2 SC 1.4.13. It is a native `popover="auto"`, so the
 * browser gives it the top layer, Escape and outside-click dismissal, one open at a time and focus
 * return. It opens on click, Enter or Space, stays open while hovered until dismissed, closes on
 * Escape, an outside click or its Close button, and its text is announced through a live region.
 * In a browser without the Popover API it opens beside the term and closes with Escape or Close.
 *
 * A page can hold a thousand of these, so it is a `ReactiveElement` that builds its few nodes
 * itself, without lit-html's templates: `<glossary-term>` alone stays small and cheap.
 *
 * A standalone term fires no `sli-content-load` (panels and symptom lists do): `await
 * term.updateComplete` tells when its definitions are ready. A failure to load its language is
 * still shown (the English definition) and reported with `sli-content-error`.
 *
 * The slotted text is what the page shows. With an unknown `term`, that text renders plainly
 * and a console warning names the id.
 *
 * @tag glossary-term
 * @summary Inline glossary term with an accessible definition toggletip.
 *
 * @slot - The words shown in the sentence, e.g. `fluid in the tummy`.
 *
 * @attr term - The glossary id from the content bundle, e.g. `ascites`.
 * @attr open - Present while the definition is shown. Set or remove it (or the `open` property) to open or close it.
 * @attr lang - Language of the definition; otherwise the nearest ancestor's `lang`, then `<html lang>`, then en-GB.
 *
 * @fires {CustomEvent<GlossaryToggleDetail>} sli-glossary-open - The definition opened. `detail: {term}`.
 * @fires {CustomEvent<GlossaryToggleDetail>} sli-glossary-close - The definition closed. `detail: {term}`.
 * @fires {CustomEvent<ContentErrorDetail>} sli-content-error - The requested language could not be loaded; en-GB is used. `detail: {reason, message}`.
 *
 * @csspart term - The button wrapping the slotted text.
 * @csspart toggletip - The pop-up with the definition.
 * @csspart close - The pop-up's Close button.
 * @csspart definition-notice - On a standalone term, a line after the definition saying that the translation is unreviewed or the information is past its review date.
 *
 * @cssproperty --sli-color-text - Text colour of the pop-up. Default `CanvasText` (the browser's text colour).
 * @cssproperty --sli-color-background - Background of the pop-up. Default `Canvas` (opaque, whatever the host's background).
 * @cssproperty --sli-color-border - Border of the pop-up. Default `#6e7781`.
 * @cssproperty --sli-color-focus - Focus outline colour. Default `currentColor`.
 * @cssproperty --sli-font-family - Font of the pop-up. Default: inherited from the host page; in Urdu, system Nastaliq fonts.
 * @cssproperty --sli-font-size - Font size of the pop-up. Default `max(1em, 15px)`.
 * @cssproperty --sli-radius - Corner radius. Default `0.25em`.
 */
export class GlossaryTerm extends ReactiveElement {
  /** The widget's version, so that a page with two copies can tell which one owns the tags. */
  static readonly version = VERSION;
  static override styles = [baseStyles, glossaryTermStyles];

  // attachShadow reads slotAssignment, delegatesFocus and more from this object: a page that sets
  // Object.prototype.slotAssignment = 'manual' would otherwise empty every slot (each glossary word
  // would vanish from its sentence). Stated in full, in a bag with nothing to inherit.
  static override shadowRootOptions: ShadowRootInit = ownOptions<ShadowRootInit>({mode: 'open', delegatesFocus: false, slotAssignment: 'named'});

  static override properties = {
    term: {},
    open: {type: Boolean, converter: booleanConverter, reflect: true},
    inheritedContent: {attribute: false},
    announced: {state: true},
  };

  /** The glossary id to define. */
  declare term: string;
  /** Whether the definition is shown. Reflected to the `open` attribute. */
  declare open: boolean;
  /**
   * Content handed down by a containing widget element, so a term inside a panel uses the
   * panel's bundle. Not needed on a page: standalone terms resolve their own language.
   * @internal
   */
  declare inheritedContent: GlossaryContent | undefined;
  declare private announced: boolean;
  private ownContent: GlossaryController | undefined;
  private warnedUnknownTerm = '';
  private announceFrame = 0;
  /** The native popover's state, as its last `beforetoggle` said. */
  private popoverShown = false;
  private readonly slotElement = document.createElement('slot');
  private button: HTMLButtonElement | undefined;
  private tip: HTMLElement | undefined;
  private announcement: HTMLElement | undefined;

  constructor() {
    super();
    this.term = '';
    this.open = false;
    this.announced = false;
    // Without the Popover API, Escape is ours to handle (the browser does it for a popover).
    if (!nativePopover) this.addEventListener('keydown', (event) => event.key === 'Escape' && this.hide());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Terms inside a panel get content from it; only standalone terms watch the page language.
    if (!this.inheritedContent && !this.ownContent) this.ownContent = new GlossaryController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removal hides a popover without any toggle event.
    this.open = this.popoverShown = false;
    cancelAnimationFrame(this.announceFrame);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.ownContent?.settled;
    return super.getUpdateComplete();
  }

  private get content(): GlossaryContent | undefined {
    return this.inheritedContent ?? this.ownContent?.content;
  }

  private get entry(): GlossaryEntry | undefined {
    return this.content?.glossary.find((entry) => entry.id === this.term);
  }

  /** Opens the definition; with the Popover API, any other open definition closes. */
  show(): void {
    this.open = true;
  }

  /** Closes the definition. Focus moves back to the term if it was inside the pop-up. */
  hide(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('term')) this.term = textValue(this, 'term', this.term) ?? '';
    if (changed.has('open')) this.open = booleanValue(this.open);
    if (changed.has('term') && changed.get('term') !== undefined) this.open = false;
    if (this.content && !this.entry && this.term !== this.warnedUnknownTerm) {
      this.warnedUnknownTerm = this.term;
      warn(`<glossary-term>: unknown term ${JSON.stringify(this.term)}, shown without a definition`);
    }
    if (!this.entry) this.open = false;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this.renderTerm();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const tip = this.tip;
    if (nativePopover && tip && this.open !== this.popoverShown) {
      try {
        if (this.open) tip.showPopover();
        else tip.hidePopover();
      } catch {
        // Not shown (the term left the page mid-update, say): follow the popover, never throw into the page.
        this.open = this.popoverShown;
      }
    }
    // Every update while open: the definition's text arrives a frame after the box, and changes its size.
    this.position();
    // Nothing to announce if `open` ends where it started (or starts closed): opened and closed
    // again within one task, nothing was shown.
    if (!changed.has('open') || !!changed.get('open') === this.open) return;
    cancelAnimationFrame(this.announceFrame);
    if (this.open) {
      // The live region must be in the accessibility tree before its text arrives to be announced.
      this.announceFrame = requestAnimationFrame(() => (this.announced = true));
    } else {
      this.announced = false;
      if (tip?.contains(this.shadowRoot!.activeElement)) this.button?.focus();
    }
    emit(this, this.open ? 'sli-glossary-open' : 'sli-glossary-close', {term: this.term});
  }

  /**
   * The term's `click` and the pop-up's `beforetoggle` (the element is its own listener, so a page
   * of a thousand terms holds no closure per term).
   *
   * A click with the Popover API only makes sure the pop-up exists: the listener runs before the
   * button's activation behaviour, which then finds the new `popovertarget` and shows it.
   * The open state is tracked from `beforetoggle`, not read with :popover-open: after a real
   * click, microtasks (and so our update) run between this event and the end of the browser's
   * show, when the selector is still false.
   * @internal
   */
  handleEvent(event: Event): void {
    if (event.type === 'beforetoggle') this.open = this.popoverShown = (event as ToggleEvent).newState === 'open';
    else if (nativePopover) this.createTip();
    else this.open = !this.open;
  }

  /**
   * Places the pop-up below the term (above it near the bottom of the window), aligned to its
   * start edge, in page coordinates: in the top layer an absolute box is placed against the
   * page, so it scrolls with the term and needs no scroll listener.
   */
  private position(): void {
    const {tip, button} = this;
    if (!nativePopover || !tip || !button || !this.open) return;
    const term = button.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const rtl = getComputedStyle(this).direction === 'rtl';
    const {clientWidth, clientHeight} = document.documentElement;
    let left = rtl ? term.right - box.width : term.left;
    left = Math.max(VIEWPORT_MARGIN, Math.min(left, clientWidth - box.width - VIEWPORT_MARGIN));
    const below = term.bottom + 4;
    const above = term.top - box.height - 4;
    const top = below + box.height > clientHeight - VIEWPORT_MARGIN && above >= VIEWPORT_MARGIN ? above : below;
    // CSSOM writes, not a style attribute, so a strict style-src CSP allows them.
    tip.style.setProperty('left', `${Math.round(left + scrollX)}px`);
    tip.style.setProperty('top', `${Math.round(top + scrollY)}px`);
  }

  /**
   * Without an entry, the slotted text alone. With one, a button around it. The pop-up, with its
   * live region and Close button, is made the first time it is wanted (a click, or `open` set):
   * most terms on a page are never opened, and a page can hold a thousand. With the Popover API
   * it then stays, so `popovertarget` reaches it; without it, it is hidden while closed.
   */
  private renderTerm(): void {
    const {entry, content, open} = this;
    if (!entry || !content) {
      this.renderRoot.replaceChildren(this.slotElement);
      this.button = this.tip = this.announcement = undefined;
      return;
    }
    if (!this.button) {
      this.button = element('button', {type: 'button', part: 'term'}, this.slotElement);
      this.button.addEventListener('click', this);
      this.renderRoot.replaceChildren(this.button);
    }
    this.button.ariaExpanded = String(open);
    if (open) this.createTip();
    const {tip, announcement} = this;
    if (!tip || !announcement) return;
    const {ui} = content;
    Object.assign(tip, {ariaLabel: ui.definition, lang: content.locale, dir: content.dir, hidden: !nativePopover && !open});
    (tip.lastElementChild as HTMLElement).ariaLabel = ui.close;
    announcement.replaceChildren(...(open && this.announced ? this.definitionText(entry, content) : []));
  }

  private createTip(): void {
    if (this.tip || !this.button) return;
    const tip = (this.tip = element('span', {id: 'tip', class: 'root', part: 'toggletip', role: 'group'}));
    if (nativePopover) {
      this.button.setAttribute('popovertarget', 'tip');
      tip.popover = 'auto';
      tip.addEventListener('beforetoggle', this);
    }
    const close = element('button', {type: 'button', part: 'close'}, '×');
    close.addEventListener('click', () => {
      this.hide();
      this.button?.focus();
    });
    tip.append((this.announcement = element('span', {role: 'status'})), close);
    this.button.after(tip);
    // Filled in by the update that this request starts (a click's own update may come later).
    this.requestUpdate();
  }

  private definitionText(entry: GlossaryEntry, {ui, unreviewed, nextReviewDue}: GlossaryContent): (Node | string)[] {
    const lang = own(entry, 'lang');
    const pronunciation = own(entry, 'pronunciation');
    const term = element('b', lang ? {lang, dir: 'auto'} : {}, entry.term);
    const editorial = editorialNote(entry, ui);
    // A term inside a panel shares the panel's callout; a standalone term says the same itself.
    const notes = this.inheritedContent ? [] : contentCaveats(ui, unreviewed, nextReviewDue, new Date());
    return [
      term,
      ...(pronunciation ? [` (${ui.pronounced}: `, element('bdi', {}, pronunciation), ')'] : []),
      `: ${entry.definition}`,
      ...(editorial ? [' ', element('i', {}, `(${editorial})`)] : []),
      ...notes.map(([, note]) => element('span', {part: 'definition-notice'}, note)),
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
}
