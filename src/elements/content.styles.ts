import {css} from '@lit/reactive-element';

/** Typography, lists and notices of the elements that render sections of content. */
export const contentStyles = css`
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
  /* Sized by role, never below the body text, whatever the level. */
  .h-title {
    font-size: max(1em, var(--sli-title-size, 1.75em));
  }
  .h-section {
    font-size: max(1em, var(--sli-heading-size, 1.375em));
  }
  .h-sub {
    font-size: max(1em, var(--sli-subheading-size, 1.125em));
  }
  /* A glossary term keeps the brackets and stops around it on its line. */
  .nowrap {
    white-space: nowrap;
  }
  a {
    color: var(--sli-color-accent, inherit);
  }
  .caveat {
    padding-inline-start: 0.75em;
    border-inline-start: 0.2em solid var(--sli-color-border, #6e7781);
  }
  button {
    min-block-size: 24px;
    min-inline-size: 24px;
  }
  .callout:empty {
    display: none;
  }
  .callout {
    margin-block: 0 1em;
    padding-block: 0.75em;
    padding-inline: 1em;
    color: var(--sli-color-notice-text, #1f2328);
    background: var(--sli-color-notice-background, #fff4ce);
    border: 1px solid transparent;
    border-inline-start: 0.4em solid var(--sli-color-notice-border, #8a5a00);
  }
  .callout-title {
    font-weight: bold;
  }
  .callout > :last-child {
    margin-block-end: 0;
  }
  .stale {
    margin-block: 0 0.75em;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 0.2em solid var(--sli-color-notice-border, #8a5a00);
  }
  .stale > p {
    margin-block-end: 0.25em;
  }
  .stale summary {
    min-block-size: 24px;
    padding-block: 0.125em;
    cursor: pointer;
    color: var(--sli-color-accent, inherit);
  }
  .switch-language {
    margin-inline-start: 0.25em;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--sli-radius, 0.25em);
    cursor: pointer;
  }
  .switch-language:focus-visible {
    outline: 2px solid var(--sli-color-focus, currentColor);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .callout {
      border-color: CanvasText;
    }
    .switch-language {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
