import {html, type TemplateResult} from 'lit';
import type {InlineRun, RichText} from '../bundle/content-bundle.js';
import type {RenderContext} from './render-context.js';

// Every run is bound as a text or property value, never as markup: bundle text cannot become HTML.
const renderRun = (run: InlineRun, context: RenderContext): string | TemplateResult => {
  if (typeof run === 'string') return run;
  if ('em' in run) return html`<em>${run.em}</em>`;
  return html`<glossary-term term=${run.term} .inheritedContent=${context.glossary}>${run.text}</glossary-term>`;
};

export const richText = (text: RichText, context: RenderContext) => text.map((run) => renderRun(run, context));

export const paragraphs = (blocks: readonly RichText[], context: RenderContext) =>
  blocks.map((block) => html`<p>${richText(block, context)}</p>`);
