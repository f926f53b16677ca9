import {css} from '@lit/reactive-element/css-tag.js';

/**
 * The term itself: the page's own inline text, styled from one sheet adopted once by the
 * document or shadow root that holds terms (a term has no shadow root of its own). Only a term
 * with a definition is focusable (`tabindex`), so only it looks like one.
 */
export const glossaryTermStyles = css`
  glossary-term[tabindex] {
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  glossary-term[tabindex]:focus-visible {
    outline: 3px solid var(--sli-color-focus, currentColor);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    glossary-term[tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    glossary-term[tabindex] {
      text-decoration: none;
    }
  }
`;
