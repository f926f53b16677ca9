import {html, nothing, type TemplateResult} from 'lit';
import {spreadIllustration} from './spread-illustration.js';
import type {ListItem} from '../bundle/content-bundle.js';
import type {SectionId} from '../bundle/section-ids.js';
import type {RenderContext} from './render-context.js';
import {paragraphs, richText} from './rich-text.js';

const list = (items: readonly ListItem[], context: RenderContext) =>
  html`<ul part="list">${items.map((item) => html`<li>${richText(item.text, context)}</li>`)}</ul>`;

/** The body of each section (everything below its heading), from bundle data. */
export function sectionBody(id: SectionId, context: RenderContext, options: {illustration?: boolean} = {}): TemplateResult {
  const sections = context.content.bundle.sections;
  switch (id) {
    case 'what-is-it': {
      const body = paragraphs(sections[id].body, context);
      // After the first two paragraphs, which explain the spread it illustrates.
      const figure = options.illustration ? spreadIllustration(sections[id].illustration) : nothing;
      return html`${body.slice(0, 2)}${figure}${body.slice(2)}`;
    }
    case 'which-cancers': {
      const section = sections[id];
      return html`<p>${richText(section.intro, context)}</p>${list(section.items, context)}`;
    }
    case 'symptoms': {
      const section = sections[id];
      return html`<p>${richText(section.intro, context)}</p>
        ${list(section.items, context)}
        <div class="caveat" part="caveat">${paragraphs(section.caveat, context)}</div>`;
    }
    case 'tests': {
      const section = sections[id];
      return html`${paragraphs(section.intro, context)}${list(section.items, context)}`;
    }
    case 'treatment': {
      const section = sections[id];
      return html`<p>${richText(section.curative, context)}</p>
        <p>${richText(section.palliative, context)}</p>`;
    }
    case 'outlook':
      return html`${paragraphs(sections[id].body, context)}`;
  }
}

