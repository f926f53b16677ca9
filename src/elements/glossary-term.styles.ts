import {css} from 'lit';

export const glossaryTermStyles = css`
  :host {
    display: inline;
  }
  .term {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    min-block-size: 0;
    min-inline-size: 0;
    text-align: inherit;
    text-decoration: underline dotted;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  .term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .tip:not(.open) {
    display: none;
  }
  .tip {
    /* Top layer (popover) and fixed position: no ancestor's overflow or transform clips it. */
    position: fixed;
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
    overflow: visible;
  }
  .tip-text {
    flex: 1;
    min-inline-size: 0;
  }
  .tip-text p {
    margin: 0;
  }
  .tip-term {
    font-weight: bold;
  }
  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    margin: -0.25em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--sli-radius, 0.25em);
    background: none;
  }
  .close svg {
    inline-size: 1em;
    block-size: 1em;
  }
  @media (forced-colors: active) {
    .tip {
      border-color: CanvasText;
    }
    .close svg {
      stroke: CanvasText;
    }
  }
  @media print {
    .tip {
      display: none !important;
    }
    .term {
      text-decoration: none;
    }
  }
`;
