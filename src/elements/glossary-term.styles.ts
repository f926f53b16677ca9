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
    text-align: inherit;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
  }
  .tip {
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
  }
  /* Author styles beat the browser's own hiding rule for a closed popover, so restate it. */
  .tip[popover]:not(:popover-open) {
    display: none;
  }
  .tip-text {
    flex: 1;
    min-inline-size: 0;
  }
  .close {
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
    .tip {
      border-color: CanvasText;
    }
    .close {
      border-color: ButtonText;
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
