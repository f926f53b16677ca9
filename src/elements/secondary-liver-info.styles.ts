import {css} from '@lit/reactive-element';

export const panelStyles = css`
  :host {
    display: block;
  }
  .title > * {
    margin-block-start: 0;
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
  }
  .toggle-all,
  .section-toggle {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--sli-color-border, #6e7781);
    border-radius: var(--sli-radius, 0.25em);
    background: none;
    color: var(--sli-color-accent, inherit);
    text-align: start;
  }
  .section-toggle {
    inline-size: 100%;
    justify-content: space-between;
    font-weight: inherit;
    border-color: transparent;
    border-block-end-color: var(--sli-color-border, #6e7781);
    border-radius: 0;
    padding-inline: 0;
  }
  .chevron {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    /* Physical sides on purpose: a down-pointing chevron is the same in either direction. */
    border-bottom: 0.15em solid currentColor;
    border-right: 0.15em solid currentColor;
    transform: rotate(45deg);
  }
  .section-toggle[aria-expanded='true'] .chevron {
    transform: rotate(-135deg);
  }
  .about {
    margin-block-start: 1.5em;
    padding-block-start: 0.5em;
    border-block-start: 1px solid var(--sli-color-border, #6e7781);
  }
  /* References kept in English inside a right-to-left panel put their numbers on the left: room on both sides. */
  .references {
    padding-inline: 1.5em;
  }
  /* Smaller print for the small print, but not its headings. */
  .about :is(p, dl, ol) {
    font-size: 0.9em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }
  .facts dt {
    font-weight: bold;
  }
  .facts dd {
    margin: 0;
  }
  /* The drawing beside its legend where there is room, above it where there is not. */
  .illustration {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
    gap: 0.5em 1.5em;
    align-items: center;
    margin: 0 0 1em;
  }
  .drawing {
    max-inline-size: 14em;
    aspect-ratio: 200 / 260;
  }
  .legend {
    margin: 0;
  }
  .illustration figcaption {
    grid-column: 1 / -1;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    .toggle-all,
    .section-toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  .feedback {
    margin-block-start: 1.5em;
  }
  .feedback button {
    margin-inline-end: 0.75em;
    padding: 0.25em 1em;
    font: inherit;
  }
  .feedback [role='status']:empty {
    margin: 0;
  }
  /* Links stacked in a list keep WCAG 2.2's 24 px target spacing. */
  .other-formats li + li {
    margin-block-start: 0.5em;
  }
  .print-only {
    display: none;
  }
  @media print {
    /* On paper a link must say where it leads. */
    .other-formats a::after {
      content: ' ' attr(href);
      overflow-wrap: anywhere;
    }
    .print-only {
      display: block;
    }
    .print-glossary dt {
      font-weight: bold;
    }
    .print-glossary dd {
      margin: 0 0 0.5em;
    }
    .toolbar,
    .chevron,
    .feedback {
      display: none;
    }
    .section-toggle {
      border: 0;
      padding: 0;
      color: inherit;
    }
    /* Collapsed sections print in full. */
    .section-body[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
  }
`;
