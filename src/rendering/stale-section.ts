import {html, nothing} from 'lit';
import type {SectionId} from '../bundle/section-ids.js';
import {sectionOfPath} from '../bundle/translation-fingerprints.js';
import type {RenderContext} from './render-context.js';
import {sectionBody} from './sections.js';

/** The sections of the content that hold a string translated from English that has changed since. */
export const staleSections = (context: RenderContext): ReadonlySet<SectionId | undefined> =>
  new Set((context.content.stale ?? []).map(sectionOfPath));

/**
 * Above a section whose translation is behind the English: a note saying so, and the section's
 * current English, closed until asked for (a native disclosure, so keyboard and screen readers
 * need nothing more). The English is marked as English, left to right, inside any panel.
 */
export function staleSectionNotice(id: SectionId, context: RenderContext, english: RenderContext | undefined) {
  if (!english || !staleSections(context).has(id)) return nothing;
  const {ui} = context.content;
  return html`<div class="stale" part="stale-notice">
    <p>${ui.staleSection}</p>
    <details part="stale-english">
      <summary>${ui.readSectionInEnglish}</summary>
      <div lang=${english.content.bundle.locale} dir=${english.content.bundle.dir}>${sectionBody(id, english)}</div>
    </details>
  </div>`;
}
