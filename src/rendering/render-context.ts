import {glossaryContentOf} from '../bundle/glossary-content.js';
import type {GlossaryContent, ResolvedContent} from '../content-types.js';

/** What the section renderers need besides the data they render. */
export interface RenderContext {
  readonly content: ResolvedContent;
  /** Handed to every <glossary-term> inside, so it uses this content, not the page's language. */
  readonly glossary: GlossaryContent;
}

// One object per content, so re-renders do not hand every term a new value.
const glossaries = new WeakMap<ResolvedContent, GlossaryContent>();

export function renderContext(content: ResolvedContent): RenderContext {
  let glossary = glossaries.get(content);
  if (!glossary) {
    glossary = glossaryContentOf(content.bundle, content.ui, content.stale);
    glossaries.set(content, glossary);
  }
  return {content, glossary};
}
