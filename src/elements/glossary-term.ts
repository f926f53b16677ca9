import type {GlossaryEntry} from '../bundle/content-bundle.js';
import {own} from '../bundle/own.js';
import {contentCaveats, editorialNote} from '../bundle/content-caveats.js';
import {staleDefinition} from '../bundle/glossary-content.js';
import type {GlossaryContent} from '../content-types.js';
import {emit, widgetEvent} from '../events.js';
import {VERSION} from '../generated/version.js';
import {observeLanguageChanges, unobserveLanguageChanges} from '../i18n/language-observer.js';
import {builtInLocaleFor} from '../i18n/locales.js';
import {requestedLanguage} from '../i18n/requested-language.js';
import {embeddedGlossaryContent, glossaryForLocale, type GlossaryFailure} from '../loading/glossary-for-locale.js';
import {warn} from '../safe-console.js';
import {booleanValue} from './boolean-attribute.js';
import {loadedPopupFor, popupSettled} from '../deferred/load-popup.js';
import {element, nativePopover, openOwner, popupShowing, POPUP_CLOSED, POPUP_TEXT, type PopupOwner} from './popup-owner.js';
import {glossaryTermStyles} from './glossary-term.styles.js';
import {textValue} from './property-values.js';

// On a server (Lit SSR, Next.js) there is no HTMLElement: the class must still be declarable there.
const ElementBase = (typeof HTMLElement === 'undefined' ? class {} : HTMLElement) as typeof HTMLElement;
const SETTLED: Promise<boolean> = Promise.resolve(true);

/**
 * How many standalone terms are on the page: one language listener serves them all while there
 * are any. A count, not a set: a page of a thousand terms holds no entry per term.
 */
let standaloneCount = 0;

/** Roots (documents, shadow roots) that already have the term styles and listeners. */
const preparedRoots = new WeakSet<Node>();
/** The same roots, to find their terms when the page language changes (weakly: a root may go). */
const rootsWithTerms: WeakRef<Document | ShadowRoot>[] = [];
/** A term pressed while its definition was open: that click closes it, it does not reopen it. */
let pressedWhileOpen: GlossaryTerm | undefined;

/** Entries by id, per content object (shared by every term in that language). */
const entriesById = new WeakMap<GlossaryContent, Map<string, GlossaryEntry>>();
function entryOf(content: GlossaryContent, id: string): GlossaryEntry | undefined {
  let entries = entriesById.get(content);
  if (!entries) entriesById.set(content, (entries = new Map(content.glossary.map((entry) => [entry.id, entry]))));
  return entries.get(id);
}

/**
 * An inline word or phrase that opens its plain-language definition from the active content
 * bundle: a toggletip that meets WCAG 2.2 SC 1.4.13. The term is the page's own text, with no
 * shadow root: it becomes a focusable button (`role="button"`, `tabindex="0"`, `aria-expanded`),
 * so an unopened term costs about what an `<abbr>` costs. The definition opens in one pop-up
 * that the document (or shadow root) shares between its terms, built the first time one opens
 * and placed next to the term. It is a native `popover="auto"`, so the browser gives it the top
 * layer, Escape and outside-click dismissal, one open at a time and focus return. It opens on
 * click, Enter or Space, stays open while hovered until dismissed, closes on Escape, an outside
 * click or its Close button, and its text is announced through a live region. In a browser
 * without the Popover API it opens beside the term and closes with Escape or Close.
 *
 * A standalone term fires no `sli-content-load` (panels and symptom lists do): `await
 * term.updateComplete` tells when its definitions are ready. A failure to load its language is
 * still shown (the English definition) and reported with `sli-content-error`.
 *
 * The element's text is what the page shows. With an unknown `term`, that text stays plain
 * (not focusable) and a console warning names the id.
 *
 * Styling: the term is styled as `glossary-term[tabindex]` (a dotted underline) from a sheet the
 * widget adds to the document or shadow root; a page styles `glossary-term` directly. The pop-up
 * is `sli-glossary-popup::part(toggletip)`, with `::part(close)` and `::part(definition-notice)`
 * (the review notices, and `stale-definition`: a translated definition not yet updated since the
 * English changed, followed by the current English).
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
 * @cssproperty --sli-color-text - Text colour of the pop-up. Default `CanvasText` (the browser's text colour).
 * @cssproperty --sli-color-background - Background of the pop-up. Default `Canvas` (opaque, whatever the host's background).
 * @cssproperty --sli-color-border - Border of the pop-up. Default `#6e7781`.
 * @cssproperty --sli-color-focus - Focus outline colour. Default `currentColor`.
 * @cssproperty --sli-font-family - Font of the pop-up. Default: the term's.
 * @cssproperty --sli-font-size - Font size of the pop-up. Default `max(1em, 15px)` of the term's.
 * @cssproperty --sli-radius - Corner radius. Default `0.25em`.
 */
export class GlossaryTerm extends ElementBase implements PopupOwner {
  /** The widget's version, so that a page with two copies can tell which one owns the tags. */
  static readonly version = VERSION;

  static get observedAttributes(): string[] {
    return ['term', 'open', 'lang'];
  }

  /**
   * One listener for every standalone term: on a `lang` change anywhere, each root's terms
   * re-read their language (a rare event; the page keeps no list of its terms for it).
   */
  private static readonly languageListener = {
    sync(): void {
      for (const ref of rootsWithTerms) {
        for (const term of ref.deref()?.querySelectorAll('glossary-term') ?? []) if (term instanceof GlossaryTerm && term.locale) term.sync();
      }
    },
  };

  private termId = '';
  private shown = false;
  /** A standalone term's locale once connected; empty for a term inside a panel or off the page. */
  private locale = '';
  /** A standalone term's own content, once its language is known. */
  private resolved: GlossaryContent | undefined = undefined;
  private inherited: GlossaryContent | undefined;
  /** Only while a lazily loaded language is on its way. */
  private pending: Promise<boolean> | undefined;
  private warnedTerm: string | undefined;

  /** The glossary id to define. */
  get term(): string {
    return this.termId;
  }
  set term(value: string) {
    const next = textValue(this, 'term', value) ?? '';
    if (next === this.termId) return;
    // Another word: whatever was open was the old word's definition.
    if (this.termId && this.shown) this.open = false;
    this.termId = next;
    this.render();
  }

  /** Whether the definition is shown. Reflected to the `open` attribute. */
  get open(): boolean {
    return this.shown;
  }
  set open(value: boolean) {
    const next = booleanValue(value);
    if (next === this.shown) return;
    this.shown = next;
    this.toggleAttribute('open', next);
    this.render();
  }

  /**
   * Content handed down by a containing widget element, so a term inside a panel uses the
   * panel's bundle. Not needed on a page: standalone terms resolve their own language.
   * @internal
   */
  get inheritedContent(): GlossaryContent | undefined {
    return this.inherited;
  }
  set inheritedContent(content: GlossaryContent | undefined) {
    this.inherited = content;
    if (content) this.leaveStandalone();
    else if (this.isConnected) this.joinStandalone();
    this.render();
    const popup = popupShowing(this);
    if (content && popup?.owner === this) popup.refresh(this);
  }

  /** Resolves once the term's definitions are ready and shown (a lazily loaded language included). */
  get updateComplete(): Promise<boolean> {
    return this.pending ?? SETTLED;
  }

  /** Opens the definition; any other open definition closes. */
  show(): void {
    this.open = true;
  }

  /** Closes the definition. Focus moves back to the term if it was inside the pop-up. */
  hide(): void {
    this.open = false;
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    if (name === 'term') this.term = value ?? '';
    else if (name === 'open') this.open = value !== null && value.trim().toLowerCase() !== 'false';
    else if (this.isConnected && !this.inherited) this.sync();
  }

  connectedCallback(): void {
    prepareRoot(this.getRootNode());
    if (!this.inherited) this.joinStandalone();
    this.render();
  }

  disconnectedCallback(): void {
    this.leaveStandalone();
    if (pressedWhileOpen === this) pressedWhileOpen = undefined;
    // Removal closes the definition without any toggle event, as removing a native popover does.
    const popup = popupShowing(this);
    if (popup?.owner === this) popup.hide(this);
    if (this.shown) {
      this.shown = false;
      this.removeAttribute('open');
    }
  }

  private leaveStandalone(): void {
    if (!this.locale) return;
    this.locale = '';
    this.pending = undefined;
    if (--standaloneCount === 0) unobserveLanguageChanges(GlossaryTerm.languageListener);
  }

  private joinStandalone(): void {
    if (!this.locale && ++standaloneCount === 1) observeLanguageChanges(GlossaryTerm.languageListener);
    this.sync();
  }

  /** Re-reads the language a standalone term asks for, and loads its definitions if it changed. */
  private sync(): void {
    const locale = builtInLocaleFor(requestedLanguage(this), this);
    if (locale === this.locale) return;
    this.locale = locale;
    const content = glossaryForLocale(locale);
    if (!(content instanceof Promise)) {
      this.pending = undefined;
      this.resolved = content;
      this.render();
      return;
    }
    this.pending = content.then(
      (loaded) => {
        if (this.locale === locale) this.useContent(loaded);
        return true;
      },
      (failure: GlossaryFailure) => {
        if (this.locale !== locale) return true;
        this.useContent(embeddedGlossaryContent());
        this.dispatchEvent(widgetEvent('sli-content-error', {reason: failure.reason, message: failure.message}));
        return true;
      }
    );
  }

  private useContent(content: GlossaryContent): void {
    this.resolved = content;
    this.render();
    const popup = popupShowing(this);
    if (popup?.owner === this) popup.refresh(this);
  }

  private get content(): GlossaryContent | undefined {
    return this.inherited ?? this.resolved;
  }

  private popupRoot(): Document | ShadowRoot {
    return this.getRootNode() as Document | ShadowRoot;
  }

  /**
   * Makes the term a button when it has a definition, plain text when not, and shows or hides
   * its definition to match `open`. Synchronous: there is nothing to batch.
   */
  private render(): void {
    const content = this.content;
    if (!this.isConnected || !content) return;
    const entry = entryOf(content, this.termId);
    if (!entry) {
      if (this.termId !== this.warnedTerm) {
        this.warnedTerm = this.termId;
        warn(`<glossary-term>: unknown term ${JSON.stringify(this.termId)}, shown without a definition`);
      }
      if (this.hasAttribute('tabindex')) for (const name of ['role', 'tabindex', 'aria-expanded']) this.removeAttribute(name);
      if (this.shown) this.open = false;
      return;
    }
    if (!this.hasAttribute('tabindex')) {
      this.setAttribute('role', 'button');
      this.setAttribute('tabindex', '0');
    }
    const expanded = String(this.shown);
    if (this.getAttribute('aria-expanded') !== expanded) this.setAttribute('aria-expanded', expanded);
    const existing = popupShowing(this);
    const isOwner = existing !== undefined;
    if (this.shown && !isOwner) {
      const popupFor = loadedPopupFor();
      // The self-contained file requests the pop-up when it starts: only a term opened in its
      // first moments waits for it. If it cannot load, the term stays closed.
      if (!popupFor) return void (this.pending ??= popupSettled.then(() => ((this.pending = undefined), this.showLoadedPopup())));
      if (popupFor(this.popupRoot()).show(this)) emit(this, 'sli-glossary-open', {term: this.termId});
      else this.open = false;
    } else if (!this.shown && isOwner) {
      existing!.hide(this);
      emit(this, 'sli-glossary-close', {term: this.termId});
    }
  }

  private showLoadedPopup(): boolean {
    if (loadedPopupFor()) this.render();
    else if (this.shown) this.open = false;
    return true;
  }

  /** @internal */
  [POPUP_CLOSED](): void {
    if (!this.shown) return;
    this.shown = false;
    this.removeAttribute('open');
    this.setAttribute('aria-expanded', 'false');
    emit(this, 'sli-glossary-close', {term: this.termId});
  }

  /** @internal */
  [POPUP_TEXT]() {
    const content = this.content!;
    return {
      lang: content.locale,
      dir: content.dir,
      label: content.ui.definition,
      closeLabel: content.ui.close,
      definition: () => {
        const entry = entryOf(this.content!, this.termId);
        return entry ? this.definitionText(entry, this.content!) : [];
      },
    };
  }

  /**
   * A click, Enter or Space on the term (through the root's listeners).
   * @internal
   */
  activate(fromPointer: boolean): void {
    if (!this.hasAttribute('tabindex')) return;
    const wasPressedOpen = fromPointer && pressedWhileOpen === this;
    pressedWhileOpen = undefined;
    // A press on the open term's text may already have closed it (light dismiss): it stays closed.
    this.open = wasPressedOpen ? false : !this.shown;
  }

  private definitionText(entry: GlossaryEntry, content: GlossaryContent): (Node | string)[] {
    const {ui, unreviewed, nextReviewDue} = content;
    const doc = this.ownerDocument;
    const lang = own(entry, 'lang');
    const pronunciation = own(entry, 'pronunciation');
    const term = element(doc, 'b', lang ? {lang, dir: 'auto'} : {}, entry.term);
    const editorial = editorialNote(entry, ui);
    // A term inside a panel shares the panel's callout; a standalone term says the same itself.
    const notes = this.inherited ? [] : contentCaveats(ui, unreviewed, nextReviewDue, new Date());
    // A translation behind a change to the English says so, as a stale section does, and gives
    // the current English in the same pop-up, marked as English.
    const english = staleDefinition(content, entry.id);
    return [
      term,
      ...(pronunciation ? [` (${ui.pronounced}: `, element(doc, 'bdi', {}, pronunciation), ')'] : []),
      `: ${entry.definition}`,
      ...(editorial ? [' ', element(doc, 'i', {}, `(${editorial})`)] : []),
      ...(english === undefined
        ? []
        : [
            element(
              doc,
              'span',
              {part: 'definition-notice stale-definition'},
              ui.staleDefinition,
              ...(english ? [` ${ui.definitionInEnglish} `, element(doc, 'span', {lang: 'en-GB', dir: 'ltr'}, english)] : [])
            ),
          ]),
      ...notes.map(([, note]) => element(doc, 'span', {part: 'definition-notice'}, note)),
    ];
  }
}

const termOf = (event: Event): GlossaryTerm | undefined => {
  const target = event.target as Element | null;
  const term = typeof target?.closest === 'function' ? target.closest('glossary-term') : null;
  return term instanceof GlossaryTerm ? term : undefined;
};

/**
 * The first term in a document or shadow root brings the term styles and one set of listeners
 * for all its terms (capturing, so a host handler that stops propagation cannot swallow them).
 */
function prepareRoot(root: Node): void {
  if (preparedRoots.has(root)) return;
  const target = root as (Document | ShadowRoot) & {adoptedStyleSheets?: CSSStyleSheet[]};
  if (!target.adoptedStyleSheets || typeof target.addEventListener !== 'function') return;
  preparedRoots.add(root);
  // A single-page app makes and drops shadow roots: forget those gone before adding one.
  for (let i = rootsWithTerms.length - 1; i >= 0; i--) if (!rootsWithTerms[i]!.deref()) rootsWithTerms.splice(i, 1);
  rootsWithTerms.push(new WeakRef(target));
  try {
    const sheet = glossaryTermStyles.styleSheet;
    if (sheet) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  } catch {
    // A sheet made in another document (a term moved into an iframe): the term works, unstyled.
  }
  target.addEventListener('pointerdown', (event) => {
    const term = termOf(event);
    pressedWhileOpen = term?.open ? term : undefined;
  }, true);
  target.addEventListener('click', (event) => termOf(event)?.activate((event as PointerEvent).detail > 0), true);
  target.addEventListener('keydown', (event) => {
    const {key} = event as KeyboardEvent;
    // Without the Popover API, Escape is ours to handle (the browser does it for a popover).
    if (key === 'Escape' && !nativePopover) {
      (openOwner() as GlossaryTerm | undefined)?.hide();
      return;
    }
    const term = termOf(event);
    if (!term || event.target !== term || !term.hasAttribute('tabindex')) return;
    if (key === 'Enter') {
      event.preventDefault();
      term.activate(false);
    } else if (key === ' ') {
      // As a native button: Space activates on release, and does not scroll the page.
      event.preventDefault();
    }
  }, true);
  target.addEventListener('keyup', (event) => {
    const term = termOf(event);
    if ((event as KeyboardEvent).key === ' ' && term && event.target === term) term.activate(false);
  }, true);
}

declare global {
  interface HTMLElementTagNameMap {
    'glossary-term': GlossaryTerm;
  }
}
