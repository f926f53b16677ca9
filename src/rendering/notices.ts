import {html, nothing} from 'lit';
import type {ResolvedContent} from '../controllers/content-controller.js';

const notice = (kind: string, prefix: string, text: string) =>
  html`<p class="notice" part="notice ${kind}-notice" data-notice=${kind}>
    <span class="visually-hidden">${prefix}: </span>${text}
  </p>`;

/**
 * Notices about the content itself, shown above it: failure fallback (in English, since the
 * requested language failed), an unreviewed translation (in the bundle's language), an overdue review.
 * The container is a live region so a fallback that arrives after a failed load is announced.
 */
export function notices(content: ResolvedContent, overdue: boolean) {
  const {ui, bundle, fallback} = content;
  const unreviewed = bundle.meta.translation.status === 'unreviewed';
  return html`<div role="status" class="notices">
    ${fallback ? notice('fallback', ui.notice, ui.contentUnavailable) : nothing}
    ${content.languageUnavailable ? notice('language', ui.notice, ui.languageUnavailable) : nothing}
    ${unreviewed ? notice('unreviewed', ui.notice, ui.unreviewedTranslation) : nothing}
    ${overdue ? notice('overdue', ui.notice, ui.reviewOverdue) : nothing}
  </div>`;
}
