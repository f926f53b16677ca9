import {html, nothing} from 'lit';
import {contentCaveats} from '../bundle/content-caveats.js';
import type {ResolvedContent} from '../content-types.js';
import type {SectionId} from '../bundle/section-ids.js';
import {formatDate} from './format-date.js';
import {recentChange} from './recent-change.js';
import type {RenderContext} from './render-context.js';

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

/** "Updated on 3 March 2026: {summary}" under a section's heading, while its latest change is recent. */
export function updatedLine(context: RenderContext, id: SectionId) {
  const {bundle, ui} = context.content;
  const change = recentChange(bundle, id, new Date());
  return change
    ? html`<p class="updated" part="updated"><time datetime=${change.date}>${ui.updatedOn} ${formatDate(change.date, bundle.locale, ui.monthNames)}</time>: ${change.summary}</p>`
    : nothing;
}
