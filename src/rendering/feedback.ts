import {html} from 'lit';

/** What the feedback block needs from the element. */
export interface FeedbackStrings {
  readonly feedbackQuestion: string;
  readonly feedbackYes: string;
  readonly feedbackNo: string;
  readonly feedbackThanks: string;
}

/**
 * "Was this information useful? Yes / No", as GOV.UK asks it: two buttons and no free text, so no
 * personal data can be typed in. Once answered, the buttons go and a thank-you takes their place
 * in a live region that is there from the start (so it is announced), and focus moves to it
 * (the button that had it is gone). Hidden in print.
 */
export function feedback(ui: FeedbackStrings, answered: boolean, answer: (value: 'yes' | 'no') => void) {
  return html`<div class="feedback" part="feedback">
    <p role="status" id="feedback-status" tabindex="-1">${answered ? ui.feedbackThanks : ''}</p>
    ${answered
      ? ''
      : html`<div role="group" aria-labelledby="feedback-question">
          <p id="feedback-question">${ui.feedbackQuestion}</p>
          <button type="button" part="feedback-button" @click=${() => answer('yes')}>${ui.feedbackYes}</button>
          <button type="button" part="feedback-button" @click=${() => answer('no')}>${ui.feedbackNo}</button>
        </div>`}
  </div>`;
}
