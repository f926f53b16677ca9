import {css} from '@lit/reactive-element/css-tag.js';

/**
 * The one pop-up a document or shadow root shares between its terms, inside its own shadow root,
 * so host rules cannot reach it; the term's font, text spacing and `--sli-*` custom properties
 * are copied onto it when it opens. With the Popover API it is in the top layer, placed by script in page
 * coordinates, so it scrolls with the page. Without it, it is placed the same way, absolutely.
 */
export const glossaryPopupStyles = css`
  /* Whatever host rules reach the holder element, it makes no box of its own. */
  :host {
    display: contents !important;
  }
  * {
    box-sizing: border-box;
  }
  [part~="toggletip"] {
    /* Opaque whatever the host: the definition sits over the page. */
    color: var(--sli-color-text, CanvasText);
    background: var(--sli-color-background, Canvas);
    /* The term's own font and text spacing (a reader's WCAG 1.4.12 overrides), copied on opening
       into private properties (not --sli-: those are the public ones a host sets). */
    font-family: var(--sli-font-family, var(--glossary-term-font-family, inherit));
    font-size: var(--sli-font-size, max(var(--glossary-term-font-size, 1em), 15px));
    font-weight: normal;
    font-style: normal;
    letter-spacing: var(--glossary-term-letter-spacing, normal);
    word-spacing: var(--glossary-term-word-spacing, normal);
    line-height: 1.5;
    text-transform: none;
    text-align: start;
    overflow-wrap: break-word;
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
  /* Urdu in Nastaliq, with room between lines, as in the panel (base.styles.ts); the host's
     --sli-font-family still wins. */
  [part~="toggletip"]:lang(ur) {
    font-family: var(--sli-font-family, 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Faiz Lahori Nastaliq', serif);
    line-height: 2.2;
  }
  [part~="toggletip"]:lang(ur) [lang]:not(:lang(ur)) {
    font-family: var(--sli-font-family, system-ui, sans-serif);
    line-height: 1.5;
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
    font: inherit;
    font-size: 1.25em;
    line-height: 1;
    color: inherit;
    cursor: pointer;
    margin: -0.25em;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--sli-radius, 0.25em);
    background: none;
  }
  :focus-visible {
    outline: 3px solid var(--sli-color-focus, currentColor);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    [part~="toggletip"] {
      border-color: CanvasText;
    }
    [part~="close"] {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    [part~="toggletip"] {
      display: none !important;
    }
  }
`;
