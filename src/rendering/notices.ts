import {html, nothing} from 'lit';
import type {ContentBundle} from '../bundle/content-bundle.js';
import type {ResolvedContent} from '../content-types.js';

/** True once `today` (local calendar date) is after the bundle's next-review date. */
export function isReviewOverdue(bundle: ContentBundle, today: Date): boolean {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}` > bundle.meta.nextReviewDue;
}

const notice = (kind: string, prefix: string, text: string) =>
  html`<p class="notice" part="notice ${kind}-notice">
    <span class="visually-hidden">${prefix}: </span>${text}
  </p>`;

/**
 * Notices about the content itself, shown above it: failure fallback, an unreviewed translation
 * (in the bundle's language), an overdue review (when `today` is given).
 * The container is a live region so a fallback that arrives after a failed load is announced.
 */
export function notices(content: ResolvedContent, today: Date | undefined) {
  const {ui, bundle, fallback} = content;
  const unreviewed = bundle.meta.translation.status === 'unreviewed';
  const overdue = today !== undefined && isReviewOverdue(bundle, today);
  return html`<div role="status" class="notices">
    ${fallback ? notice('fallback', ui.notice, ui.contentUnavailable) : nothing}
    ${content.languageUnavailable ? notice('language', ui.notice, ui.languageUnavailable) : nothing}
    ${unreviewed ? notice('unreviewed', ui.notice, ui.unreviewedTranslation) : nothing}
    ${overdue ? notice('overdue', ui.notice, ui.reviewOverdue) : nothing}
  </div>`;
}
