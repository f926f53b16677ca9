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
  a {
    color: var(--sli-color-accent, #005a9c);
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
  @media (forced-colors: active) {
    .callout {
      border-color: CanvasText;
    }
  }
`;
