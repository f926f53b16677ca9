import {html, nothing} from 'lit';
import type {GlossaryEntry} from '../bundle/content-bundle.js';
import {own} from '../bundle/own.js';
import {editorialNote} from '../bundle/content-caveats.js';
import {staleDefinition} from '../bundle/glossary-content.js';
import {heading, type HeadingLevel} from './heading.js';
import type {RenderContext} from './render-context.js';

/**
 * The definitions as a list, for print only: on paper a toggletip cannot open, so the definition
 * of every term in the sections shown (`entries`) is printed after the content, and those the
 * editors wrote say so. A translated definition not yet updated since the English changed says
 * that too, followed by the current English, as the pop-up does.
 */
export function printGlossary(context: RenderContext, level: HeadingLevel, entries: readonly GlossaryEntry[], idPrefix = '') {
  const {ui} = context.content;
  const staleNote = (entry: GlossaryEntry) => {
    const english = staleDefinition(context.glossary, entry.id);
    return english === undefined
      ? nothing
      : html` <span>${ui.staleDefinition}${english ? html` ${ui.definitionInEnglish} <span lang="en-GB" dir="ltr">${english}</span>` : nothing}</span>`;
  };
  return html`<div class="print-only" part="print-glossary">
    ${heading(level, `${idPrefix}glossary-heading`, ui.glossary)}
    <dl class="print-glossary">
      ${entries.map(
        (entry) => html`<div>
          <dt lang=${own(entry, 'lang') ?? nothing}>${entry.term}${own(entry, 'pronunciation')
            ? html` <bdi>(${own(entry, 'pronunciation')})</bdi>`
            : nothing}</dt>
          <dd>${entry.definition}${editorialNote(entry, ui) ? html` <i>(${editorialNote(entry, ui)})</i>` : nothing}${staleNote(entry)}</dd>
        </div>`
      )}
    </dl>
  </div>`;
}
