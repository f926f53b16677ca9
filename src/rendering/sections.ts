import {html, nothing, type TemplateResult} from 'lit';
import {spreadIllustration} from './spread-illustration.js';
import type {ContentBundle, ListItem} from '../bundle/content-bundle.js';
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

/**
 * The glossary ids that the given sections (and the references note, always shown) refer to:
 * what a reader of those sections can meet, so what print and the review record list.
 */
export function termsUsed(bundle: ContentBundle, ids: readonly SectionId[]): ReadonlySet<string> {
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (Object.hasOwn(value, 'term') && Object.hasOwn(value, 'text')) used.add((value as {term: string}).term);
      else Object.values(value).forEach(visit);
    }
  };
  for (const id of ids) visit(bundle.sections[id]);
  visit(bundle.meta.referencesNote);
  return used;
}
