import {css} from 'lit';

/**
 * Base styles for every element's rendered root. The root sets its own colours and line
 * height, because aggressive host rules such as `* { color: white; line-height: 0 }` reach the
 * host element and would otherwise be inherited. Letter and word spacing are left to inherit,
 * so a reader's WCAG 1.4.12 text-spacing overrides still apply.
 *
 * Public custom properties (all optional):
 * --sli-color-text, --sli-color-background, --sli-color-accent, --sli-color-border,
 * --sli-color-focus, --sli-color-notice-background, --sli-color-notice-border,
 * --sli-font-family, --sli-font-size, --sli-radius.
 */
export const sharedStyles = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    color: var(--sli-color-text, #1f2328);
    background: var(--sli-color-background, #ffffff);
    font-family: var(--sli-font-family, inherit);
    font-size: var(--sli-font-size, max(1em, 15px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    overflow-wrap: break-word;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  p,
  ul,
  ol,
  dl {
    margin-block: 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: inherit;
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
    color: inherit;
  }
  a {
    color: var(--sli-color-accent, #005a9c);
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    color: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--sli-color-focus, #1f2328);
    outline-offset: 2px;
  }
  .notices:empty {
    display: none;
  }
  .notice {
    margin-block: 0 0.75em;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    background: var(--sli-color-notice-background, #fff4ce);
    border: 1px solid transparent;
    border-inline-start: 0.3em solid var(--sli-color-notice-border, #8a5a00);
    border-radius: var(--sli-radius, 0.25em);
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
