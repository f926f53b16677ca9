import {html, type TemplateResult} from 'lit';
import type {RichText} from '../bundle/content-bundle.js';
import type {RenderContext} from './render-context.js';

// A glossary term is a button, which lines break around like an image: without this, "tummy ("
// can end one line and "abdomen)." start the next. Brackets and stops next to a term go with it.
const OPENING = /[([{«“„‘]+$/u;
const CLOSING = /^[)\]}»”’.,;:!?،؛؟]+/u;
// An address is an identifier, not words: page translation must leave it as it is.
const EMAIL = /([^\s@()<>]+@[^\s@()<>]+\.[A-Za-z]{2,})/u;

/** Plain text, with any e-mail address marked `translate="no"`. */
const plainRun = (text: string): unknown =>
  EMAIL.test(text) ? text.split(EMAIL).map((part, i) => (i % 2 ? html`<span translate="no">${part}</span>` : part)) : text;

/**
 * Inline rich text. Every run is bound as a text or property value, never as markup: bundle text
 * cannot become HTML. Optional fields are read as own properties only.
 */
export function richText(text: RichText, context: RenderContext): unknown[] {
  const runs = [...text];
  const out: unknown[] = [];
  runs.forEach((run, i) => {
    if (typeof run === 'string') return void out.push(run);
    // An `em` on Object.prototype must not turn every term into emphasis.
    if (Object.hasOwn(run, 'em')) return void out.push(html`<em>${(run as {em: string}).em}</em>`);
    const {term, text: words} = run as {term: string; text: string};
    const previous = out[out.length - 1];
    const next = runs[i + 1];
    const before = typeof previous === 'string' ? OPENING.exec(previous)?.[0] ?? '' : '';
    const after = typeof next === 'string' ? CLOSING.exec(next)?.[0] ?? '' : '';
    if (before) out[out.length - 1] = (previous as string).slice(0, -before.length);
    if (after) runs[i + 1] = (next as string).slice(after.length);
    const element = html`<glossary-term term=${term} .inheritedContent=${context.glossary}>${words}</glossary-term>`;
    out.push(before || after ? html`<span class="nowrap">${before}${element}${after}</span>` : element);
  });
  return out.map((part) => (typeof part === 'string' ? plainRun(part) : part));
}

export const paragraphs = (blocks: readonly RichText[], context: RenderContext): TemplateResult[] =>
  blocks.map((block) => html`<p>${richText(block, context)}</p>`);
