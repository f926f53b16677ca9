import {css} from '@lit/reactive-element';

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
export const baseStyles = css`
  * {
    box-sizing: border-box;
  }
  .root {
    color: var(--sli-color-text, inherit);
    background: var(--sli-color-background, transparent);
    font-family: var(--sli-font-family, inherit);
    font-size: var(--sli-font-size, max(1em, 15px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    overflow-wrap: break-word;
  }
  /* Urdu is read in Nastaliq, not in the Naskh of Arabic fonts a host page may inherit; its tall,
     sloping words need more room between lines. System fonts only (nothing is downloaded), and a
     host's --sli-font-family still wins. An Urdu notice inside English (after "Read in English")
     keeps it too. */
  .root:lang(ur),
  .root [lang]:lang(ur) {
    font-family: var(--sli-font-family, 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Faiz Lahori Nastaliq', serif);
    line-height: 2.2;
  }
  .root:lang(ur) :is(h2, h3, h4, h5, h6) {
    line-height: 1.8;
  }
  /* Not Nastaliq for what is marked as another language inside Urdu (English references, the
     source's name, a language list): Nastaliq fonts' Latin letters, digits and brackets are heavy
     and crowded. The host's font cannot be reached from here, so the system's. */
  .root:lang(ur) [lang]:not(:lang(ur)) {
    font-family: var(--sli-font-family, system-ui, sans-serif);
    line-height: 1.5;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    line-height: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--sli-color-focus, currentColor);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
