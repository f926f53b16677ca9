import {css} from '@lit/reactive-element';

export const glossaryTermStyles = css`
  :host {
    display: inline;
    position: relative;
  }
  [part~="term"] {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    text-align: inherit;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
    white-space: normal;
  }
  /* With the Popover API the pop-up is in the top layer, placed by script in page coordinates,
     so it scrolls with the page. Without it, it sits just below the term. */
  [part~="toggletip"] {
    /* Opaque whatever the host: the definition sits over the page. */
    color: var(--sli-color-text, CanvasText);
    background: var(--sli-color-background, Canvas);
    position: absolute;
    inset: auto;
    margin: 0;
    z-index: 2147483647;
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    inline-size: max-content;
    max-inline-size: min(22em, calc(100vw - 16px));
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid var(--sli-color-border, #6e7781);
    border-radius: var(--sli-radius, 0.25em);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.2);
  }
  [part~="toggletip"]:not([popover]) {
    inset-block-start: 100%;
    inset-inline-start: 0;
  }
  /* Author styles beat the browser's own hiding rules, so restate them. Separate rules: a browser
     that does not know :popover-open drops only the second. */
  [part~="toggletip"][hidden] {
    display: none;
  }
  [part~="toggletip"][popover]:not(:popover-open) {
    display: none;
  }
  [role="status"] {
    flex: 1;
    min-inline-size: 0;
  }
  [part~="definition-notice"] {
    display: block;
    margin-block-start: 0.5em;
    font-size: 0.875em;
  }
  [part~="close"] {
    flex: none;
    min-block-size: 24px;
    min-inline-size: 24px;
    display: inline-grid;
    place-items: center;
    font-size: 1.25em;
    line-height: 1;
    margin: -0.25em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--sli-radius, 0.25em);
    background: none;
  }
  @media (forced-colors: active) {
    [part~="toggletip"] {
      border-color: CanvasText;
    }
    [part~="close"] {
      border-color: ButtonText;
    }
  }
  @media print {
    [part~="toggletip"] {
      display: none !important;
    }
    [part~="term"] {
      text-decoration: none;
    }
  }
`;
