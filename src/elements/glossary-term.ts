import {html, LitElement, nothing, type PropertyValues} from 'lit';
import type {GlossaryEntry} from '../bundle/content-bundle.js';
import {GlossaryController} from '../controllers/glossary-controller.js';
import type {GlossaryContent} from '../i18n/glossary-content.js';
import {emit} from '../events.js';
import {baseStyles} from './base.styles.js';
import {glossaryTermStyles} from './glossary-term.styles.js';

const VIEWPORT_MARGIN = 8;
let openTerm: GlossaryTerm | undefined;

/**
 * An inline word or phrase that opens its plain-language definition from the active content
 * bundle: a toggletip that meets WCAG 2.2 SC 1.4.13. It opens on click, Enter or Space, stays
 * open while hovered until dismissed, closes on Escape (focus stays put), an outside click or
 * its Close button, and its text is announced to screen readers through a live region.
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
 * @attr lang - Language of the definition; otherwise the nearest ancestor's `lang`, then `<html lang>`, then en-GB.
 *
 * @fires sli-glossary-open - The definition opened. `detail: {term}`.
 * @fires sli-glossary-close - The definition closed. `detail: {term}`.
 * @fires sli-content-load - Content for the element's language is ready. `detail: {locale, origin}`.
 * @fires sli-content-error - The requested language could not be loaded; en-GB is used. `detail: {reason, message}`.
 *
 * @csspart term - The button wrapping the slotted text.
 * @csspart toggletip - The pop-up with the definition.
 * @csspart close - The pop-up's Close button.
 *
 * @cssproperty --sli-color-text - Text colour of the pop-up. Default `#1f2328`.
 * @cssproperty --sli-color-background - Background of the pop-up. Default `#ffffff`.
 * @cssproperty --sli-color-border - Border of the pop-up. Default `#6e7781`.
 * @cssproperty --sli-color-focus - Focus outline colour. Default `#1f2328`.
 * @cssproperty --sli-font-family - Font of the pop-up. Default: inherited from the host page.
 * @cssproperty --sli-font-size - Font size of the pop-up. Default `max(1em, 15px)`.
 * @cssproperty --sli-radius - Corner radius. Default `0.25em`.
 */
export class GlossaryTerm extends LitElement {
  static override styles = [baseStyles, glossaryTermStyles];

  static override properties = {
    term: {},
    inheritedContent: {attribute: false},
    open: {state: true},
    announced: {state: true},
  };

  /** The glossary id to define. */
  declare term: string;
  /**
   * Content handed down by a containing widget element, so a term inside a panel uses the
   * panel's bundle. Not needed on a page: standalone terms resolve their own language.
   * @internal
   */
  declare inheritedContent: GlossaryContent | undefined;
  declare private open: boolean;
  declare private announced: boolean;
  private ownContent: GlossaryController | undefined;
  private warnedUnknownTerm = '';
  private announceFrame = 0;
  /** Aborting it removes every listener that only an open definition needs. */
  private whileOpen: AbortController | undefined;

  constructor() {
    super();
    this.term = '';
    this.open = false;
    this.announced = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Terms inside a panel get content from it; only standalone terms watch the page language.
    if (!this.inheritedContent && !this.ownContent) this.ownContent = new GlossaryController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close(false);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.ownContent?.settled;
    return super.getUpdateComplete();
  }

  private get content(): GlossaryContent | undefined {
    return this.inheritedContent ?? this.ownContent?.content;
  }

  private get entry(): GlossaryEntry | undefined {
    const content = this.content;
    return content?.glossary.find((entry) => entry.id === this.term);
  }

  /** Opens the definition, closing any other open one. */
  show(): void {
    if (this.open || !this.entry) return;
    if (openTerm && openTerm !== this) openTerm.close(false);
    openTerm = this;
    this.open = true;
    this.listenWhileOpen();
    // The live region must be in the accessibility tree before its text arrives to be announced.
    this.announceFrame = requestAnimationFrame(() => (this.announced = true));
    emit(this, 'sli-glossary-open', {term: this.term});
  }

  /** Closes the definition. Focus moves back to the term only if it was inside the pop-up. */
  hide(restoreFocus = true): void {
    this.close(restoreFocus);
  }

  private close(restoreFocus: boolean): void {
    if (!this.open) return;
    const focusWasInside = this.shadowRoot?.activeElement?.closest('.tip');
    this.open = false;
    this.announced = false;
    cancelAnimationFrame(this.announceFrame);
    this.whileOpen?.abort();
    this.whileOpen = undefined;
    if (openTerm === this) openTerm = undefined;
    if (restoreFocus && focusWasInside) this.renderRoot.querySelector<HTMLElement>('.term')?.focus();
    emit(this, 'sli-glossary-close', {term: this.term});
  }

  private readonly toggle = () => (this.open ? this.close(true) : this.show());

  private listenWhileOpen(): void {
    this.whileOpen?.abort();
    const {signal} = (this.whileOpen = new AbortController());
    const reposition = () => this.position();
    // Escape anywhere closes it (SC 1.4.13: dismissible without moving focus); so does a press outside.
    document.addEventListener('keydown', (event) => event.key === 'Escape' && !event.defaultPrevented && this.close(true), {signal});
    document.addEventListener('pointerdown', (event) => event.composedPath().includes(this) || this.close(false), {capture: true, signal});
    addEventListener('scroll', reposition, {capture: true, passive: true, signal});
    addEventListener('resize', reposition, {passive: true, signal});
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('term') && this.open) this.close(false);
    if (this.content && !this.entry && this.term !== this.warnedUnknownTerm) {
      this.warnedUnknownTerm = this.term;
      console.warn(`<glossary-term>: unknown term ${JSON.stringify(this.term)}, shown without a definition`);
    }
  }

  protected override updated(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    if (!tip) return;
    // The top layer: no ancestor's overflow, transform or z-index can clip or cover it.
    if (this.open && !tip.matches(':popover-open')) tip.showPopover();
    if (this.open) this.position();
  }

  /** Places the pop-up below the term (above it near the bottom), aligned to its start edge. */
  private position(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tip');
    const anchor = this.renderRoot.querySelector<HTMLElement>('.term');
    if (!tip || !anchor || !this.open) return;
    const term = anchor.getBoundingClientRect();
    const box = tip.getBoundingClientRect();
    const rtl = getComputedStyle(this).direction === 'rtl';
    const viewportWidth = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    let left = rtl ? term.right - box.width : term.left;
    left = Math.max(VIEWPORT_MARGIN, Math.min(left, viewportWidth - box.width - VIEWPORT_MARGIN));
    const below = term.bottom + 4;
    const top = below + box.height > viewportHeight - VIEWPORT_MARGIN && term.top - box.height - 4 >= VIEWPORT_MARGIN
      ? term.top - box.height - 4
      : below;
    // CSSOM writes, not a style attribute, so a strict style-src CSP allows them.
    tip.style.setProperty('left', `${Math.round(left)}px`);
    tip.style.setProperty('top', `${Math.round(top)}px`);
  }

  protected override render() {
    const entry = this.entry;
    const content = this.content;
    if (!entry || !content) return html`<slot></slot>`;
    const {ui} = content;
    return html`<button
        type="button"
        class="term"
        part="term"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.open ? 'tip' : nothing}
        @click=${this.toggle}
      ><slot></slot></button
      >${this.open
        ? html`<span
            id="tip"
            class="tip root"
            part="toggletip"
            popover="manual"
            role="group"
            aria-label=${ui.definition}
            lang=${content.locale}
            dir=${content.dir}
          >
            <span class="tip-text" role="status">${this.announced
              ? html`<span class="tip-term" lang=${entry.lang ?? nothing} dir=${entry.lang ? 'auto' : nothing}>${entry.term}</span
                  >${entry.pronunciation
                    ? html` <span class="pronunciation">(${ui.pronounced}: ${entry.pronunciation})</span>`
                    : nothing}: 
                  <span class="definition">${entry.definition}</span>`
              : nothing}</span
            ><button type="button" class="close" part="close" aria-label=${ui.close} @click=${() => this.close(true)}>×</button>
          </span>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
}
