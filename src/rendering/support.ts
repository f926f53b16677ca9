import {html, nothing} from 'lit';
import {heading, type HeadingLevel} from './heading.js';

/**
 * What the host put in `slot="support"`: nothing (the block does not show), content that starts
 * with its own heading (which wins), or content under our default "Who to contact".
 */
export type SupportState = 'none' | 'own-heading' | 'default-heading';

const isHeading = (element: Element | null | undefined): boolean => !!element && /^H[1-6]$/i.test(element.tagName);

/** The state of the support slot from what is assigned to it (slots passed through are followed). */
export function supportStateOf(slot: HTMLSlotElement): SupportState {
  const first = slot.assignedElements({flatten: true})[0];
  if (!first) return 'none';
  return isHeading(first) || isHeading(first.firstElementChild) ? 'own-heading' : 'default-heading';
}

/**
 * The host's own next steps and contacts, at the point the elements choose (the panel: after the
 * outlook and before "About this information"; the symptom list: after its caveat), under a
 * heading of `level`. The widget writes none of it: the source page gives no contacts.
 */
export function support(state: SupportState, level: HeadingLevel, whoToContact: string, onSlotChange: (event: Event) => void) {
  return html`<div class="support" part="support" ?hidden=${state === 'none'}>
    ${state === 'default-heading' ? heading(level, 'support-heading', whoToContact) : nothing}
    <slot name="support" @slotchange=${onSlotChange}></slot>
  </div>`;
}
