import {html, nothing} from 'lit';
import {contentCaveats} from '../bundle/content-caveats.js';
import type {ResolvedContent} from '../content-types.js';

/** The "Read in English" control of an element, and whether the reader has just come back from English. */
export interface LanguageSwitch {
  readonly toggle: () => void;
  readonly switchedBack: boolean;
}

const notice = ([kind, text]: readonly [string, string]) => html`<p part="notice ${kind}-notice">${text}</p>`;

/**
 * What the reader should know before trusting the content, in one titled callout above it (in the
 * manner of the NHS warning callout): a failure fallback, a language the widget does not have, an
 * unreviewed translation, an overdue review (when `today` is given). Each says what to do.
 * The callout is a live region, so a notice that arrives after a failed load is announced once,
 * and so is a switch to the English original and back.
 *
 * With `languageSwitch`, the translation notice holds a button that shows the English original
 * instead, and, while it is shown, says so in the reader's language with a button back. Both
 * states render one template, so the button is the same node and keeps the focus.
 */
export function notices(content: ResolvedContent, today: Date | undefined, languageSwitch?: LanguageSwitch) {
  const {ui, bundle, readingEnglish} = content;
  const caveats = today ? contentCaveats(ui, bundle.meta.translation.status === 'unreviewed', bundle.meta.nextReviewDue, today) : [];
  const unreviewed = caveats.find(([kind]) => kind === 'unreviewed');
  const others = [
    content.fallback && ['fallback', ui.contentUnavailable],
    content.languageUnavailable && ['language', ui.languageUnavailable],
  ].filter((shown): shown is [string, string] => !!shown);
  const later = caveats.filter(([kind]) => kind !== 'unreviewed');
  const translationNotice = (kind: string, text: string, button: string | undefined, lang?: string, dir?: 'ltr' | 'rtl') =>
    html`<p part="notice ${kind}-notice" lang=${lang ?? nothing} dir=${dir ?? nothing}>${text}${button && languageSwitch
      ? html` <button type="button" class="switch-language" part="switch-language" @click=${languageSwitch.toggle}>${button}</button>`
      : nothing}</p>`;
  const translation = readingEnglish
    ? translationNotice('english', readingEnglish.ui.shownInEnglish, readingEnglish.ui.readInThisLanguage, readingEnglish.locale, readingEnglish.dir)
    : unreviewed
      ? translationNotice(
          'unreviewed',
          languageSwitch?.switchedBack ? `${ui.shownInThisLanguage} ${unreviewed[1]}` : unreviewed[1],
          ui.readInEnglish
        )
      : undefined;
  const any = others.length + later.length > 0 || translation;
  return html`<div role="status" class="callout" part="callout">${any
    ? html`<p class="callout-title">${ui.important}</p>${others.map(notice)}${translation ?? nothing}${later.map(notice)}`
    : nothing}</div>`;
}
