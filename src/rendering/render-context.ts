import type {ResolvedContent} from '../controllers/content-controller.js';
import type {GlossaryEntry} from '../bundle/content-bundle.js';

/** What the section renderers need besides the data they render. */
export interface RenderContext {
  readonly content: ResolvedContent;
  readonly glossary: ReadonlyMap<string, GlossaryEntry>;
}

const glossaryIndexes = new WeakMap<object, ReadonlyMap<string, GlossaryEntry>>();

export function renderContext(content: ResolvedContent): RenderContext {
  let glossary = glossaryIndexes.get(content.bundle);
  if (!glossary) {
    glossary = new Map(content.bundle.glossary.map((entry) => [entry.id, entry]));
    glossaryIndexes.set(content.bundle, glossary);
  }
  return {content, glossary};
}
