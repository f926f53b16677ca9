import {html, nothing} from 'lit';
import {contentCaveats} from '../bundle/content-caveats.js';
import type {ResolvedContent} from '../content-types.js';

/**
 * What the reader should know before trusting the content, in one titled callout above it (in the
 * manner of the NHS warning callout): a failure fallback, a language the widget does not have, an
 * unreviewed translation, an overdue review (when `today` is given). Each says what to do.
 * The callout is a live region, so a notice that arrives after a failed load is announced once.
 */
export function notices(content: ResolvedContent, today: Date | undefined) {
  const {ui, bundle} = content;
  const shown = [
    content.fallback && ['fallback', ui.contentUnavailable],
    content.languageUnavailable && ['language', ui.languageUnavailable],
  ]
    .filter((notice): notice is [string, string] => !!notice)
    .concat(today ? contentCaveats(ui, bundle.meta.translation.status === 'unreviewed', bundle.meta.nextReviewDue, today) : []);
  return html`<div role="status" class="callout" part="callout">${shown.length
    ? html`<p class="callout-title">${ui.important}</p>${shown.map(([kind, text]) => html`<p part="notice ${kind}-notice">${text}</p>`)}`
    : nothing}</div>`;
}
