import {adoptStyles, html, isServer, nothing, type CSSResult, type PropertyValues} from 'lit';
import type {SectionLinks} from '../deep-links/copy-link.js';
import {SECTION_IDS, type SectionId} from '../bundle/section-ids.js';
import {emit} from '../events.js';
import {heading, subLevel, toHeadingLevel, type HeadingLevel} from '../rendering/heading.js';
import {notices, updatedLine} from '../rendering/notices.js';
import type {RenderContext} from '../rendering/render-context.js';
import {sectionBody} from '../rendering/sections.js';
import {distinctRegionName} from '../rendering/distinct-region-name.js';
import {regionName} from '../rendering/region-name.js';
import {own} from '../bundle/own.js';
import {loadSpreadDrawing} from '../rendering/spread-illustration.js';
import {deferredParts} from '../deferred/load-parts.js';
import {ContentElement} from './content-element.js';
import {panelStyles} from './secondary-liver-info.styles.js';
import {booleanConverter, booleanValue} from './boolean-attribute.js';
import {textValue} from './property-values.js';
import {sectionFragment} from '../deep-links/section-fragment.js';
import {followLink, linkable, unlinkable} from '../deep-links/linkable.js';
import {JSON_LD_MARK} from '../structured-data/json-ld-mark.js';
import {languageList, loadLanguageList} from '../language-picker/language-picker.js';

/** Parses the `sections` attribute: known ids in the given order, duplicates and unknown tokens dropped. */
export function parseSections(value: string | readonly string[] | null | undefined): readonly SectionId[] {
  const text = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  if (!text.trim()) return SECTION_IDS;
  const chosen = text
    .split(/[\s,]+/)
    .filter((token): token is SectionId => (SECTION_IDS as readonly string[]).includes(token));
  return chosen.length ? [...new Set(chosen)] : SECTION_IDS;
}

/**
 * The whole patient-information panel about secondary liver cancer: chosen sections, source
 * attribution, review dates, references, and notices for overdue review, unreviewed translations
 * and failed loads. Content comes from the built-in bundle for the element's language, from a
 * partner bundle at `src`, or from the `bundle` property.
 *
 * @tag secondary-liver-info
 * @summary Patient information about secondary liver cancer, as one accessible panel.
 *
 * @attr sections - Space-separated section ids, in the order to show: `what-is-it which-cancers symptoms tests treatment outlook` (the default, all six). The property also takes an array of ids, e.g. `['symptoms', 'tests']`.
 * @attr heading-level - Level (2–6) of the panel's title; section headings are one level below. Default 2.
 * @attr collapsible - Turns each section into a disclosure, with a show/hide-all button. Collapsed text is still found by find-in-page and prints expanded.
 * @attr no-illustration - Leaves out the diagram of how cancer cells spread to the liver (its caption goes with it).
 * @attr no-heading - Leaves out the panel's title, for hosts whose own heading says the same; section headings keep their levels.
 * @attr label - Accessible name of the panel's region. Default: its title, followed by the headings of the sections shown when not all six are ("Secondary liver cancer: Symptoms and Treatment"), and an ordinal on a later panel that would share an earlier one's name ("Secondary liver cancer (2)"), so several panels on a page are distinct landmarks without one.
 * @attr src - URL of a partner-hosted content bundle (http or https). Validated; on failure the built-in en-GB content shows with a notice.
 * @attr timeout - Milliseconds before a `src` load is abandoned. Default 8000, at most 60000; anything not a positive number means the default.
 * @attr light-dom - Renders the content in the page itself instead of a shadow root, where Reader View, read-aloud and page-translation tools, select-all, `innerText` and crawlers read it. Styles stay scoped to the element (`@scope`); host rules more specific than a type selector, or `!important`, can reach the content. Read when the element first connects. Parts become plain `part` attributes: style them with `secondary-liver-info [part~="heading"]` instead of `::part(heading)`. `slot="support"` children, also those added later, are moved to where the slot would place them. Under Lit SSR the content comes in a declarative shadow root and moves into the page when the script runs.
 * @attr structured-data - Adds one `<script type="application/ld+json">` to the element's light DOM: a schema.org `MedicalWebPage` about the condition (its ICD-10 and SNOMED CT codes when the bundle has them), with language, review dates, source, and one `HealthTopicContent` part per section shown. For search engines, portals and record systems. Off by default.
 * @attr id - Also names the panel's section links: with `id="faq"`, `#faq-symptoms` reaches its symptoms. Without one, `#sli-symptoms` reaches the first panel on the page that shows symptoms. On load and on every fragment change (links, back and forward), the panel expands that section if collapsed, scrolls it into view (smoothly unless the reader prefers reduced motion) and moves focus to its heading.
 * @attr section-links - Adds "Copy link" after each section heading: it copies the section's link (`#sli-<section-id>`, or `#<id>-<section-id>` with an `id`) and shows and announces "Link copied"; its accessible name adds the section's name ("Copy link (Symptoms)"). Where the browser has no clipboard or refuses it, the link is shown in a read-only field, selected, to copy by hand. At least 24 px, hidden in print, translated. Off by default (it adds a button per section); a lazy file that a panel without this attribute never loads.
 * @attr lang - Language to show; otherwise the nearest ancestor's `lang`, then `<html lang>`, then en-GB.
 * @attr languages - Offers the reader the panel's built-in languages, after the title: "Choose a language" opens a list in which each language is named in itself (`lang` on each), with its review status in that language, the one shown marked `aria-current`. Choosing one switches this panel only, at once and without a reload (a language not yet used loads its lazy file first, then `sli-content-load` fires); the focus stays on the button and the change is announced in the new language. The choice holds until the element's, an ancestor's or the page's `lang` changes, which is a newer request; it is not written to `lang`. Choosing a language ends "Read in English". Not offered with `src` or `bundle` (a partner's bundle is in one language), and not in server-rendered HTML, which has no script to switch with: the list appears once the script takes over. Hidden in print. Off by default; the list is a lazy file that a panel without this attribute never loads.
 * @attr feedback - Ends the panel with "Was this information useful? Yes / No". One press fires `sli-feedback` and shows a thank-you; it cannot be sent twice. The widget sends nothing anywhere and asks for no text: forward the event to your analytics if you wish.
 *
 * @prop {unknown} bundle - A content bundle object, validated before use; wins over `src`.
 *
 * @slot support - The host's own next steps and contacts (specialist nurses, helpline, local services). Shown after the sections and before "About this information", in reading order and in print, under a heading one level below the title: a translated "Who to contact", unless the slotted content starts with its own heading, which wins. Nothing shows when the slot is empty. The widget writes no contacts: the source page gives none.
 *
 * @fires {CustomEvent<SectionToggleDetail>} sli-section-toggle - A section was expanded or collapsed. `detail: {section, open}`.
 * @fires {CustomEvent<ContentLoadDetail>} sli-content-load - Content is shown: fired after it is rendered in the shadow root. `detail: {locale, origin}`.
 * @fires {CustomEvent<ContentErrorDetail>} sli-content-error - Requested content failed; built-in content in the nearest language is shown with a notice (fired once it is rendered). `detail: {reason, message, src?, problems?, status?}`.
 * @fires {CustomEvent<FeedbackDetail>} sli-feedback - (with `feedback`) The reader answered "Was this information useful?". `detail: {answer, locale, sections, contentVersion}`; `answer` is `yes` or `no`. Fired at most once per panel.
 * @fires {CustomEvent<GlossaryToggleDetail>} sli-glossary-open - (from inner terms) A definition opened. `detail: {term}`.
 * @fires {CustomEvent<GlossaryToggleDetail>} sli-glossary-close - (from inner terms) A definition closed. `detail: {term}`.
 *
 * @csspart base - The panel's outer box (`<section>`): transparent and unframed by default; give it a background, border and padding for a card.
 * @csspart heading - Every heading.
 * @csspart section - Each section; each also has `section-<id>`, e.g. `section-symptoms`.
 * @csspart updated - "Updated on {date}: {summary}", for 90 days after a change in `meta.changes` that names the section.
 * @csspart copy-link - (with `section-links`) A section's "Copy link" button.
 * @csspart copy-fallback - (with `section-links`) The link shown to copy by hand, with its label, when the clipboard refused it.
 * @csspart section-toggle - A section's expand/collapse button (with `collapsible`).
 * @csspart toggle-all - The show/hide-all button (with `collapsible`).
 * @csspart callout - The "Important" box that holds the notices, shown only when one applies.
 * @csspart notice - Every notice in it; also `fallback-notice`, `language-notice`, `unreviewed-notice`, `english-notice` (while the English original is shown instead of a translation), `overdue-notice`; and `parts-notice`, at the end of the panel, when the self-contained script could not load its parts below the first screen (see `sli-content-error`, reason `part-unavailable`).
 * @csspart languages - (with `languages`) The language picker: a `<details>` after the title.
 * @csspart languages-toggle - Its "Choose a language" summary.
 * @csspart language-list - The list of languages.
 * @csspart language - Each language's button (name and review status); the one shown also has `current-language`.
 * @csspart language-announcement - The live region that says, in the new language, that the information is now shown in it.
 * @csspart switch-language - The button in the translation notice that shows the English original instead, and back ("Read in English").
 * @csspart stale-notice - Above a section whose translation is behind a change to the English: says so, and holds `stale-english`.
 * @csspart stale-english - The disclosure (`<details>`) with that section's current English.
 * @csspart list - Bulleted lists.
 * @csspart caveat - The symptoms caveat.
 * @csspart illustration - The diagram of how cancer spreads, with its caption.
 * @csspart other-formats - The list of other formats (Easy Read, audio, BSL video…) near the top, when the bundle offers any (`meta.otherFormats`).
 * @csspart support - The block around the `support` slot (and its default heading).
 * @csspart about - Attribution, review dates and references.
 * @csspart references - The list of references.
 * @csspart editorial-definitions - The sentence naming the definitions the editors wrote (when the sections shown use any).
 * @csspart feedback - The "Was this information useful?" block (with `feedback`); hidden in print.
 * @csspart feedback-button - Its Yes and No buttons.
 * @csspart print-glossary - The definitions printed after the content (shown only in print).
 *
 * @cssproperty --sli-color-text - Text colour. Default: inherited from the host page.
 * @cssproperty --sli-color-background - Background. Default: transparent, so the host's background shows. For a card, style `::part(base)`.
 * @cssproperty --sli-color-accent - Links and buttons. Default: the text colour (links are underlined).
 * @cssproperty --sli-color-border - Borders and rules. Default `#6e7781`.
 * @cssproperty --sli-color-focus - Focus outline. Default `currentColor`.
 * @cssproperty --sli-color-notice-text - Text colour of the callout. Default `#1f2328`.
 * @cssproperty --sli-color-notice-background - Callout background. Default `#fff4ce`.
 * @cssproperty --sli-color-notice-border - Notice edge. Default `#8a5a00`.
 * @cssproperty --sli-font-family - Font. Default: inherited from the host page; in Urdu, system Nastaliq fonts.
 * @cssproperty --sli-font-size - Base font size. Default `max(1em, 15px)`.
 * @cssproperty --sli-radius - Corner radius of buttons and pop-ups. Default `0.25em`.
 * @cssproperty --sli-title-size - Size of the panel's title, whatever its level; never below the body text. Default `1.75em`.
 * @cssproperty --sli-heading-size - Size of section headings, whatever their level; never below the body text. Default `1.375em`.
 * @cssproperty --sli-subheading-size - Size of sub-headings (References), whatever their level; never below the body text. Default `1.125em`.
 */
export class SecondaryLiverInfo extends ContentElement {
  static override styles = [...ContentElement.styles, panelStyles];

  static override properties = {
    ...ContentElement.properties,
    sections: {},
    headingLevel: {attribute: 'heading-level'},
    collapsible: {type: Boolean, converter: booleanConverter, reflect: true},
    noIllustration: {type: Boolean, converter: booleanConverter, attribute: 'no-illustration'},
    noHeading: {type: Boolean, converter: booleanConverter, attribute: 'no-heading'},
    label: {},
    structuredData: {type: Boolean, converter: booleanConverter, attribute: 'structured-data'},
    sectionLinks: {type: Boolean, converter: booleanConverter, attribute: 'section-links'},
    feedback: {type: Boolean, converter: booleanConverter, reflect: true},
    languages: {type: Boolean, converter: booleanConverter},
    openSections: {state: true},
    feedbackSent: {state: true},
  };

  declare sections: string | readonly string[] | null;
  declare headingLevel: string | number | null;
  declare collapsible: boolean;
  declare noIllustration: boolean;
  declare noHeading: boolean;
  declare label: string | null;
  declare structuredData: boolean;
  declare sectionLinks: boolean;
  declare feedback: boolean;
  declare languages: boolean;
  declare private openSections: ReadonlySet<SectionId>;
  /** The answer already sent: one per panel, however often it re-renders. */
  declare private feedbackSent: boolean;

  constructor() {
    super();
    this.sections = null;
    this.headingLevel = null;
    this.collapsible = false;
    this.noIllustration = false;
    this.noHeading = false;
    this.label = null;
    this.structuredData = false;
    this.sectionLinks = false;
    this.feedback = false;
    this.languages = false;
    this.openSections = new Set();
    this.feedbackSent = false;
  }

  private drawingPending: Promise<unknown> | undefined;
  /** The page's fragment is followed once, when content is first shown; then on `hashchange`. */
  private followedLoadHash = false;
  private languagesPending: Promise<unknown> | undefined;

  // With `languages`, the panel first waits for the list's file, so that the list never pushes the content down.
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return (
      super.shouldUpdate(changed) &&
      !(this.languages && languageList === undefined && (this.languagesPending ??= loadLanguageList().then(() => this.requestUpdate())))
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) linkable(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unlinkable(this);
  }

  /** @internal For section links: the section is shown. */
  showsSection(id: SectionId): boolean {
    return this.chosenSections.includes(id);
  }

  /** @internal For section links: opens the section; resolves to its heading once rendered. */
  async revealSection(id: SectionId): Promise<HTMLElement | null> {
    if (this.collapsible) this.setOpen([id], true);
    await this.updateComplete;
    return this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}heading-${id}`);
  }

  protected override coerceProperties(changed: PropertyValues<this>): void {
    super.coerceProperties(changed);
    if (changed.has('sections')) this.sections = textValue(this, 'sections', this.sections);
    if (changed.has('headingLevel')) this.headingLevel = textValue(this, 'headingLevel', this.headingLevel);
    if (changed.has('label')) this.label = textValue(this, 'label', this.label);
    if (changed.has('collapsible')) this.collapsible = booleanValue(this.collapsible);
    if (changed.has('noIllustration')) this.noIllustration = booleanValue(this.noIllustration);
    if (changed.has('noHeading')) this.noHeading = booleanValue(this.noHeading);
    if (changed.has('structuredData')) this.structuredData = booleanValue(this.structuredData);
    if (changed.has('sectionLinks')) this.sectionLinks = booleanValue(this.sectionLinks);
    if (changed.has('feedback')) this.feedback = booleanValue(this.feedback);
    if (changed.has('languages')) this.languages = booleanValue(this.languages);
  }

  private sendFeedback(answer: 'yes' | 'no', context: RenderContext): void {
    if (this.feedbackSent) return;
    this.feedbackSent = true;
    const {bundle} = context.content;
    emit(this, 'sli-feedback', {answer, locale: bundle.locale, sections: [...this.chosenSections], contentVersion: own(bundle.meta, 'version')});
    // The button pressed is gone: focus the thank-you, which the live region also announces.
    void this.updateComplete.then(() => (this.renderRoot as ShadowRoot).getElementById('feedback-status')?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The first time an update needs the drawing: load it (once per page) and adopt its styles (once per panel).
    // Only in a browser: a server render has no render root to adopt into and must start nothing
    // that outlives it (the snippet CLI loads the drawing itself, before rendering).
    const wanted = !isServer && !this.noIllustration && this.chosenSections.includes('what-is-it');
    if (wanted && !this.drawingPending) {
      this.drawingPending = loadSpreadDrawing().then(
        ({spreadDrawingStyles}) => this.addStyles(spreadDrawingStyles),
        // Decoration only: without it the caption still carries the meaning.
        () => undefined
      );
    }
    // "Copy link" after each section heading: a lazy file of its own, only for panels that ask.
    if (!isServer && this.sectionLinks && !this.sectionLinksPending) {
      this.sectionLinksPending = import('../deep-links/copy-link.js').then(({SectionLinks, sectionLinkStyles}) => {
        this.sectionLinksShown = new SectionLinks(this);
        return this.addStyles(sectionLinkStyles);
      }, () => undefined);
    }
  }

  private sectionLinksPending: Promise<unknown> | undefined;
  private sectionLinksShown: SectionLinks | undefined;

  /** Styles of a lazy file, added to the panel's own (in the page: scoped, as its own are). */
  private addStyles(styles: CSSResult): Promise<void> | undefined {
    if (this.renderRoot === this) return this.adoptLightStyles([styles]);
    // Added to the root's sheets, not in their place: the terms' sheet is there too.
    const root = this.renderRoot as ShadowRoot;
    const sheet = styles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    else adoptStyles(root, [...SecondaryLiverInfo.elementStyles, styles]);
    this.requestUpdate();
    return undefined;
  }

  private structuredDataPending: Promise<unknown> | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const bundle = this.contentSource.content?.bundle;
    if (bundle && !this.followedLoadHash) {
      this.followedLoadHash = true;
      // After this update: opening a collapsed section is an update of its own.
      void this.updateComplete.then(() => followLink(location.hash, this));
    }
    // The description of what is shown, from the module that builds it, loaded only when asked for.
    if (this.structuredData && bundle) {
      this.structuredDataPending = import('../structured-data/structured-data-for.js').then(
        ({showStructuredData}) =>
          this.structuredData &&
          showStructuredData(this, this.contentSource.content?.bundle, this.chosenSections, (id) => `#${sectionFragment(this.id, id)}`),
        // Nothing a reader sees depends on it.
        () => undefined
      );
    } else if (!this.structuredData) {
      this.querySelector(`:scope > script[${JSON_LD_MARK}]`)?.remove();
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (!this.drawingPending && !this.structuredDataPending && !this.languagesPending && !this.sectionLinksPending) return result;
    await this.sectionLinksPending;
    await this.drawingPending;
    await this.structuredDataPending;
    await this.languagesPending;
    return super.getUpdateComplete();
  }

  private get chosenSections(): readonly SectionId[] {
    return parseSections(this.sections);
  }

  private setOpen(ids: readonly SectionId[], open: boolean): void {
    const next = new Set(this.openSections);
    for (const id of ids) {
      if (next.has(id) === open) continue;
      if (open) next.add(id);
      else next.delete(id);
      emit(this, 'sli-section-toggle', {section: id, open});
    }
    this.openSections = next;
  }

  private renderSection(id: SectionId, level: HeadingLevel, context: RenderContext) {
    const title = context.content.bundle.sections[id].heading;
    const open = !this.collapsible || this.openSections.has(id);
    const headingContent = this.collapsible
      ? html`<button
          type="button"
          class="section-toggle"
          part="section-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${this.idPrefix}body-${id}"
          @click=${() => this.setOpen([id], !open)}
        >
          <span>${title}</span><span class="chevron" aria-hidden="true"></span>
        </button>`
      : title;
    return html`<div class="section" part="section section-${id}">
      ${heading(level, `${this.idPrefix}heading-${id}`, headingContent)}
      ${this.sectionLinksShown?.render(id, title, context.content.ui)}
      ${updatedLine(context, id)}
      <div
        id="${this.idPrefix}body-${id}"
        class="section-body"
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${() => this.setOpen([id], true)}
      >
        ${deferredParts()?.staleSectionNotice(id, context, this.englishContext)} ${sectionBody(id, context, {illustration: !this.noIllustration})}
      </div>
    </div>`;
  }

  protected override renderContent(context: RenderContext) {
    const {bundle, ui} = context.content;
    const level = toHeadingLevel(this.headingLevel, 2);
    const sectionLevel = subLevel(level);
    const chosen = this.chosenSections;
    const allOpen = chosen.every((id) => this.openSections.has(id));
    // Until the self-contained file has its other parts (see src/deferred/), the first screen:
    // everything down to the host's support content.
    const parts = deferredParts();
    const terms = parts?.termsUsed(bundle, chosen);
    const used = bundle.glossary.filter((entry) => terms?.has(entry.id));
    // The region's name: the host's label, else one derived from the title and the sections shown,
    // with an ordinal when an earlier panel on the page derived the same one.
    const derivedName = regionName(bundle, chosen, !this.noHeading);
    const label =
      this.label?.trim() || distinctRegionName(this, derivedName ?? bundle.meta.title, bundle.locale) || derivedName;
    return html`<section
      class="root"
      part="base"
      lang=${bundle.locale}
      dir=${bundle.dir}
      aria-label=${label ?? nothing}
      aria-labelledby=${label ? nothing : `${this.idPrefix}title`}
    >
      ${this.noHeading ? nothing : html`<div class="title">${heading(level, `${this.idPrefix}title`, bundle.meta.title, 'title')}</div>`}
      ${languageList?.languagePicker(this, context, this.languageSwitch())}
      ${notices(context.content, new Date(), this.languageSwitch())}
      ${parts?.otherFormats(bundle, ui)}
      ${this.collapsible
        ? html`<div class="toolbar">
            <button
              type="button"
              class="toggle-all"
              part="toggle-all"
              aria-expanded=${allOpen ? 'true' : 'false'}
              @click=${() => this.setOpen(chosen, !allOpen)}
            >
              ${allOpen ? ui.hideAllSections : ui.showAllSections}
            </button>
          </div>`
        : nothing}
      ${chosen.map((id) => this.renderSection(id, sectionLevel, context))}
      ${this.renderSupport(sectionLevel, ui.whoToContact)}
      ${parts?.about(context, sectionLevel, used.filter((entry) => own(entry, 'editorial')), this.idPrefix)}
      ${this.feedback ? parts?.feedback(ui, this.feedbackSent, (answer) => this.sendFeedback(answer, context)) : nothing}
      ${parts?.printGlossary(context, sectionLevel, used, this.idPrefix)}
      ${this.renderPartsUnavailable(ui)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'secondary-liver-info': SecondaryLiverInfo;
  }
}
