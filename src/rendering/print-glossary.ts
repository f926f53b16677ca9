import {html, nothing} from 'lit';
import {heading, type HeadingLevel} from './heading.js';
import type {RenderContext} from './render-context.js';

/**
 * The definitions as a list, for print only: on paper a toggletip cannot open, so every
 * definition is printed after the content.
 */
export function printGlossary(context: RenderContext, level: HeadingLevel) {
  const {bundle, ui} = context.content;
  return html`<div class="print-only" part="print-glossary">
    ${heading(level, 'glossary-heading', ui.glossary)}
    <dl class="print-glossary">
      ${bundle.glossary.map(
        (entry) => html`<div>
          <dt lang=${entry.lang ?? nothing}>${entry.term}${entry.pronunciation ? ` (${entry.pronunciation})` : ''}</dt>
          <dd>${entry.definition}</dd>
        </div>`
      )}
    </dl>
  </div>`;
}
