import {adoptStyles, html, isServer, LitElement, nothing, type CSSResultOrNative, type PropertyValues} from 'lit';
import type {ResolvedContent} from '../content-types.js';
import type {ContentBundle} from '../bundle/content-bundle.js';
import {ContentController, EMBEDDED_LOCALE, resolve} from '../controllers/content-controller.js';
import {deferredParts, deferredPartsFailed, deferredPartsSettled} from '../deferred/load-parts.js';
import {emit} from '../events.js';
import {builtInContentForServer} from '../controllers/server-content.js';
import {VERSION} from '../generated/version.js';
import type {LanguageSwitch} from '../rendering/notices.js';
import {renderContext, type RenderContext} from '../rendering/render-context.js';
import type {HeadingLevel} from '../rendering/heading.js';
import type {UiStrings} from '../i18n/ui-strings.js';
import {support, supportStateOf, type SupportState} from '../rendering/support.js';
import {baseStyles} from './base.styles.js';
import {contentStyles} from './content.styles.js';
import {textValue} from './property-values.js';
import {ownOptions} from '../own-options.js';
import {ReservedSpace} from './reserved-space.js';

// One object, so that renderContext's cache hands every render the same glossary content.
const EMBEDDED_CONTENT = resolve(EMBEDDED_LOCALE, false);

let lightElements = 0;

/**
 * What `<secondary-liver-info>` and `<symptom-list>` share: choosing content by language,
 * `src` or the `bundle` property, and re-choosing when any of them changes.
 */
export abstract class ContentElement extends LitElement {
  /** The widget's version, so that a page with two copies can tell which one owns the tags. */
  static readonly version = VERSION;

  static override styles = [baseStyles, contentStyles];

  // attachShadow reads slotAssignment, delegatesFocus and more from this object: a page that sets
  // Object.prototype.slotAssignment = 'manual' would otherwise empty every slot (each glossary word
  // would vanish from its sentence). Stated in full, in a bag with nothing to inherit.
  static override shadowRootOptions: ShadowRootInit = ownOptions<ShadowRootInit>({mode: 'open', delegatesFocus: false, slotAssignment: 'named'});

  static override properties = {
    src: {reflect: true},
    timeout: {type: Number},
    bundle: {attribute: false},
    serverContent: {attribute: false},
    serverSupport: {attribute: false},
    supportState: {state: true},
    englishFor: {state: true},
    switchedBackTo: {state: true},
  };

  /** URL of a partner-hosted bundle (http or https only). */
  declare src: string | null;
  /** Milliseconds before a `src` load is abandoned. Default 8000; at most 60000; anything not a positive number means the default. */
  declare timeout: number | undefined;
  /**
   * A bundle object given from JavaScript, validated before use. Wins over `src` and the
   * built-in content; set `undefined` to go back to them.
   */
  declare bundle: unknown;

  /**
   * Content to render on the server (`npm run snippet`), where no language is resolved.
   * @internal
   */
  declare serverContent: ResolvedContent | undefined;

  /**
   * On the server, whether the host's `slot="support"` content starts with its own heading (the
   * snippet CLI knows; a server render cannot see the light DOM).
   * @internal
   */
  declare serverSupport: SupportState | undefined;

  /** What the host put in `slot="support"`, read from the slot whenever its content changes. */
  declare protected supportState: SupportState;

  protected readonly contentSource = new ContentController(this);

  /** The translated bundle whose English original the reader chose instead ("Read in English"). */
  declare private englishFor: ContentBundle | undefined;
  /** The translated bundle the reader came back to from English, so the callout can say so. */
  declare private switchedBackTo: ContentBundle | undefined;
  // One English content per translation, so a re-render hands the same context to every term.
  private readonly englishContents = new WeakMap<ResolvedContent, ResolvedContent>();

  /**
   * "Read in English" and back, for the element's translation notice. Only this element changes,
   * at once and without a request (the English is embedded); new content (another language, a
   * bundle) shows its own language again, because the choice is tied to the bundle it was made on.
   */
  protected readonly languageSwitch = (): LanguageSwitch => {
    const translated = this.contentSource.content?.bundle;
    return {
      switchedBack: !!translated && this.switchedBackTo === translated,
      toggle: () => {
        const current = this.contentSource.content?.bundle;
        if (!current) return;
        const back = this.englishFor === current;
        this.englishFor = back ? undefined : current;
        this.switchedBackTo = back ? current : undefined;
      },
    };
  };

  /** The English original, for sections whose translation is behind it. */
  protected get englishContext(): RenderContext {
    return renderContext(EMBEDDED_CONTENT);
  }

  /** The English original in place of `content` while the reader has asked for it. */
  private shownContent(content: ResolvedContent): ResolvedContent {
    if (!this.englishFor || this.englishFor !== content.bundle) return content;
    let english = this.englishContents.get(content);
    if (!english) {
      const {locale, dir} = content.bundle;
      english = {...EMBEDDED_CONTENT, readingEnglish: {locale, dir, ui: content.ui}};
      this.englishContents.set(content, english);
    }
    return english;
  }

  /**
   * Starts every id the element renders: empty in its own shadow root, and unique per element
   * when it renders in the page (`light-dom`), so that several panels never share an id.
   */
  protected idPrefix = '';

  /** The scoped form of the element's styles, for light-DOM rendering (made once per class). */
  private static lightStyles?: string;

  /** Set while the light-DOM styles load (a lazy file, so that shadow-DOM pages never fetch it). */
  private lightStylesPending: Promise<void> | undefined;

  /** Adopts the element's styles, or `extra` ones, scoped for light-DOM rendering. */
  protected adoptLightStyles(extra?: readonly CSSResultOrNative[]): Promise<void> {
    return import('../light-dom/light-styles.js').then(
      ({adoptLightStyles, lightCss}) => {
        const type = this.constructor as typeof ContentElement;
        if (!Object.hasOwn(type, 'lightStyles')) type.lightStyles = lightCss(this.localName, type.elementStyles);
        adoptLightStyles(this, extra ? lightCss(this.localName, extra, false) : type.lightStyles!);
        if (extra) this.requestUpdate();
      },
      // Without them the content still shows, in the host's styles.
      () => undefined
    );
  }

  /** True while the shadow root still holds server-rendered (declarative) HTML. */
  private showingServerHtml: boolean;

  /** Room the host reserved before the script arrived, held while on screen (see reserved-space.ts). */
  private readonly reservedSpace: ReservedSpace | undefined;

  constructor() {
    super();
    this.src = null;
    this.supportState = 'none';
    // An element upgraded over a static snippet already has its declarative shadow root.
    this.showingServerHtml = this.shadowRoot !== null && this.shadowRoot.childNodes.length > 0;
    // Read now, while the host's `:not(:defined)` rule still applies. Server HTML is already the right size.
    if (!isServer && !this.showingServerHtml) this.reservedSpace = new ReservedSpace(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reservedSpace?.release();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.reservedSpace?.hold();
  }

  static override get observedAttributes(): string[] {
    // `lang` on the element itself is not a reactive property (HTMLElement owns it); watch it here.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // The page-wide observer misses elements inside other components' shadow roots.
    if (name === 'lang' && this.isConnected) this.contentSource.sync();
  }

  // Every update first re-reads the inputs (cheap when none changed). Over a static snippet it then
  // keeps the server HTML on screen until our own content is ready, and swaps it in one
  // synchronous step: no blank frame, no content shown twice.
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    this.coerceProperties(changed);
    if (this.isConnected) this.contentSource.sync();
    return (
      super.shouldUpdate(changed) && !this.lightStylesPending && (!this.showingServerHtml || this.contentSource.content !== undefined)
    );
  }

  /**
   * Brings properties that a framework set with another type to the documented one, before
   * anything reads them (reassigning here joins the current update; it schedules no other).
   */
  protected coerceProperties(changed: PropertyValues<this>): void {
    // `timeout` needs nothing: anything but a positive number already means the default.
    if (changed.has('src')) this.src = textValue(this, 'src', this.src);
  }

  // Over server HTML we take the declarative shadow root as it is and adopt our styles, as Lit
  // does without hydration support. Lit's hydration support (which @lit-labs/nextjs installs)
  // patches LitElement's createRenderRoot to mark the root for hydration instead, and hydration
  // cannot take what update() does next: replace the server's content with the client's, which may
  // differ (a language loaded since, a review date passed).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Read once, when the element first connects: where content lives cannot change afterwards.
    // A server render (Lit SSR) of a light-DOM element comes in a declarative shadow root, which
    // cannot be removed: the content moves out of it (see update()), and it keeps only a <slot>.
    if (this.hasAttribute('light-dom') && (!this.shadowRoot || this.showingServerHtml)) {
      // Nothing renders until the scoped styles are in: no unstyled flash. The same lazy file
      // follows the host's support content, which no <slot> places in the page.
      this.lightStylesPending = Promise.all([
        this.adoptLightStyles(),
        import('../light-dom/light-styles.js').then(
          ({SupportFollower}) => void new SupportFollower(this, (state) => (this.supportState = state)),
          () => undefined
        ),
      ]).then(() => {
        this.lightStylesPending = undefined;
        this.requestUpdate();
      });
      this.idPrefix = `sli${++lightElements}-`;
      // Server HTML of a light-DOM snippet is replaced, as a declarative shadow root's is.
      this.showingServerHtml ||= this.childElementCount > 0;
      return this;
    }
    if (!this.showingServerHtml || !this.shadowRoot) return super.createRenderRoot();
    adoptStyles(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
    return this.shadowRoot;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.showingServerHtml) {
      this.showingServerHtml = false;
      // In the light DOM, the JSON-LD block and the host's slotted content (`slot="support"`) stay.
      if (this.renderRoot === this) {
        this.replaceChildren(...this.querySelectorAll(':scope > script[type="application/ld+json"], :scope > [slot]'));
        // In the same step as the content arrives in the page: no frame blank, none with it twice.
        this.shadowRoot?.replaceChildren(document.createElement('slot'));
      } else this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // `await el.updateComplete` resolves only once lazily loaded or fetched content is shown.
    let settled: Promise<void>;
    do {
      settled = this.contentSource.settled;
      await this.partsPending;
      await this.lightStylesPending;
      await settled;
      await super.getUpdateComplete();
    } while (settled !== this.contentSource.settled);
    return super.getUpdateComplete();
  }

  protected override render(): unknown {
    const content = this.contentSource.content ?? this.serverContent ?? (isServer ? builtInContentForServer(this) : undefined);
    if (content) {
      try {
        return this.renderContent(renderContext(this.shownContent(content)));
      } catch (error) {
        // Content that passed validation but cannot be rendered falls back like a failed load.
        if (!this.contentSource.renderFailed(error)) throw error;
      }
    }
    // Only until content first arrives (a language fetched for the first time, or a fallback).
    return html`<div class="root" part="base" aria-busy="true"></div>`;
  }

  // Slots passed through (a host component's own slot) are followed.
  private readonly onSupportSlotChange = (event: Event) => {
    this.supportState = supportStateOf((event.target as HTMLSlotElement).assignedElements({flatten: true}));
  };

  /** Set while the self-contained file loads the parts below the first screen (see src/deferred/). */
  private partsPending: Promise<unknown> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer && !this.partsPending && !deferredParts() && !deferredPartsFailed()) {
      this.partsPending = deferredPartsSettled.then(() => {
        this.requestUpdate();
        if (!deferredPartsFailed()) return;
        // Shown with the first screen, as any failure is: a notice and an event, once rendered.
        void this.updateComplete.then(() =>
          emit(this, 'sli-content-error', {reason: 'part-unavailable', message: 'a part of the self-contained script (chunks/parts-*.js) could not be loaded'})
        );
      });
    }
    // Known before the first render, so a snippet's contacts taken over by the script never blink
    // hidden until the slot reports them; slotchange keeps it current after that.
    this.supportState = supportStateOf([...this.children].filter((child) => child.slot === 'support'));
  }

  /** The host's `slot="support"` content under a heading of `level`; nothing shows when the slot is empty. */
  protected renderSupport(level: HeadingLevel, whoToContact: string) {
    const state = isServer ? this.serverSupport ?? 'none' : this.supportState;
    return support(state, level, whoToContact, this.onSupportSlotChange);
  }

  /** Where the parts below the first screen would be, when the self-contained file could not load them. */
  protected renderPartsUnavailable(ui: UiStrings) {
    return deferredPartsFailed() ? html`<p class="callout" part="notice parts-notice">${ui.partsUnavailable}</p>` : nothing;
  }

  /** The element's content, from a bundle already chosen. */
  protected abstract renderContent(context: RenderContext): unknown;
}
