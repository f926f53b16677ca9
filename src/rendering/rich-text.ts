import {html, type TemplateResult} from 'lit';
import type {InlineRun, RichText} from '../bundle/content-bundle.js';
import type {RenderContext} from './render-context.js';

// Every run is bound as a text or property value, never as markup: bundle text cannot become HTML.
const renderRun = (run: InlineRun, context: RenderContext): string | TemplateResult => {
  if (typeof run === 'string') return run;
  // Own fields only: an `em` on Object.prototype must not turn every term into emphasis.
  if (Object.hasOwn(run, 'em')) return html`<em>${(run as {em: string}).em}</em>`;
  const {term, text} = run as {term: string; text: string};
  return html`<glossary-term term=${term} .inheritedContent=${context.glossary}>${text}</glossary-term>`;
};

export const richText = (text: RichText, context: RenderContext) => text.map((run) => renderRun(run, context));

export const paragraphs = (blocks: readonly RichText[], context: RenderContext) =>
  blocks.map((block) => html`<p>${richText(block, context)}</p>`);
