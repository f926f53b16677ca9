import {css} from 'lit';

/** Typography, lists and notices of the elements that render sections of content. */
export const contentStyles = css`
  .visually-hidden {
    /* Host rules cannot reach into the shadow root, so no !important is needed. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  .caveat {
    padding-inline-start: 0.75em;
    border-inline-start: 0.2em solid var(--sli-color-border, #6e7781);
  }
  button {
    min-block-size: 24px;
    min-inline-size: 24px;
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
  }
`;
