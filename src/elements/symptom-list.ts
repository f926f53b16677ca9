import {html, nothing, type PropertyValues} from 'lit';
import type {RenderContext} from '../rendering/render-context.js';
import {heading, subLevel, toHeadingLevel} from '../rendering/heading.js';
import {notices, updatedLine} from '../rendering/notices.js';
import {deferredParts} from '../deferred/load-parts.js';
import {sectionBody} from '../rendering/sections.js';
import {ContentElement} from './content-element.js';
import {symptomListStyles} from './symptom-list.styles.js';
import {booleanConverter, booleanValue} from './boolean-attribute.js';
import {textValue} from './property-values.js';

/**
 * The possible symptoms of secondary liver cancer on their own: the introduction, the list, and
 * the caveat that they are common in other conditions. For pages that discuss symptoms without
 * the whole panel.
 *
 * @tag symptom-list
 * @summary Standalone list of symptoms with its caveat.
 *
 * @attr heading-level - Level (2–6) of the heading. Default 2.
 * @attr no-heading - Leaves the heading out, for hosts that supply their own.
 * @attr src - URL of a partner-hosted content bundle (http or https).
 * @attr timeout - Milliseconds before a `src` load is abandoned. Default 8000, at most 60000; anything not a positive number means the default.
 * @attr light-dom - Renders the content in the page itself instead of a shadow root, for Reader View, read-aloud, page translation, select-all and crawlers. Styles stay scoped to the element; support content and server rendering as for `<secondary-liver-info light-dom>`. Read when the element first connects.
 * @attr lang - Language to show; otherwise the nearest ancestor's `lang`, then `<html lang>`, then en-GB.
 *
 * @prop {unknown} bundle - A content bundle object, validated before use; wins over `src`.
 *
 * @slot support - The host's own next steps and contacts, after the caveat, under a heading one level below the list's: a translated "Who to contact", unless the slotted content starts with its own heading, which wins. Nothing shows when the slot is empty.
 *
 * @fires {CustomEvent<ContentLoadDetail>} sli-content-load - Content is shown: fired after it is rendered in the shadow root. `detail: {locale, origin}`.
 * @fires {CustomEvent<ContentErrorDetail>} sli-content-error - Requested content failed; built-in content in the nearest language is shown with a notice (fired once it is rendered). `detail: {reason, message, src?, problems?, status?}`.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart list - The list of symptoms.
 * @csspart caveat - The caveat paragraph.
 * @csspart updated - "Updated on {date}: {summary}", for 90 days after a change in `meta.changes` that names the section.
 * @csspart support - The block around the `support` slot (and its default heading).
 * @csspart callout - The "Important" box that holds the notices, shown only when one applies.
 * @csspart notice - Every notice in it; also `fallback-notice`, `language-notice`, `unreviewed-notice`, `english-notice` (while the English original is shown instead of a translation), `overdue-notice`.
 * @csspart switch-language - The button in the translation notice that shows the English original instead, and back ("Read in English").
 * @csspart stale-notice - Above a section whose translation is behind a change to the English: says so, and holds `stale-english`.
 * @csspart stale-english - The disclosure (`<details>`) with that section's current English.
 *
 * @cssproperty --sli-color-text - Text colour. Default: inherited from the host page.
 * @cssproperty --sli-color-background - Background. Default: transparent.
 * @cssproperty --sli-color-notice-text - Text colour of the callout. Default `#1f2328`.
 * @cssproperty --sli-color-notice-background - Callout background. Default `#fff4ce`.
 * @cssproperty --sli-color-notice-border - Callout edge. Default `#8a5a00`.
 * @cssproperty --sli-heading-size - Size of the heading, whatever its level; never below the body text. Default `1.375em`.
 * @cssproperty --sli-color-border - The caveat's edge. Default `#6e7781`.
 * @cssproperty --sli-font-family - Font. Default: inherited from the host page; in Urdu, system Nastaliq fonts.
 * @cssproperty --sli-font-size - Base font size. Default `max(1em, 15px)`.
 */
export class SymptomList extends ContentElement {
  static override styles = [...ContentElement.styles, symptomListStyles];

  static override properties = {
    ...ContentElement.properties,
    headingLevel: {attribute: 'heading-level'},
    noHeading: {type: Boolean, converter: booleanConverter, attribute: 'no-heading'},
  };

  declare headingLevel: string | number | null;
  declare noHeading: boolean;

  constructor() {
    super();
    this.headingLevel = null;
    this.noHeading = false;
  }

  protected override coerceProperties(changed: PropertyValues<this>): void {
    super.coerceProperties(changed);
    if (changed.has('headingLevel')) this.headingLevel = textValue(this, 'headingLevel', this.headingLevel);
    if (changed.has('noHeading')) this.noHeading = booleanValue(this.noHeading);
  }

  protected override renderContent(context: RenderContext) {
    const {bundle, ui} = context.content;
    const section = bundle.sections.symptoms;
    const level = toHeadingLevel(this.headingLevel, 2);
    return html`<div class="root" part="base" lang=${bundle.locale} dir=${bundle.dir}>
      ${this.noHeading ? nothing : heading(level, `${this.idPrefix}symptoms-heading`, section.heading)}
      ${notices(context.content, new Date(), this.languageSwitch())} ${updatedLine(context, 'symptoms')} ${deferredParts()?.staleSectionNotice('symptoms', context, this.englishContext)} ${sectionBody('symptoms', context)} ${this.renderSupport(subLevel(level), ui.whoToContact)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'symptom-list': SymptomList;
  }
}
