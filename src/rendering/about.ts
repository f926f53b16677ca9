import {html, nothing} from 'lit';
import type {Reference} from '../bundle/content-bundle.js';
import {parseHttpUrl} from '../loading/http-url.js';
import {formatDate} from './format-date.js';
import {heading, subLevel, type HeadingLevel} from './heading.js';
import type {RenderContext} from './render-context.js';
import {richText} from './rich-text.js';

const reference = (ref: Reference) => {
  // Only http(s) links are ever made, whatever a bundle says.
  const href = ref.url ? parseHttpUrl(ref.url)?.href : undefined;
  const title = href ? html`<a href=${href} rel="noopener noreferrer external">${ref.title}</a>` : ref.title;
  // A reference kept in English inside a right-to-left bundle needs its own direction as well as its language.
  return html`<li lang=${ref.lang ?? nothing} dir=${ref.lang ? 'auto' : nothing}>
    <cite>${title}</cite>${ref.authors ? html`<br />${ref.authors}` : nothing}${ref.publication
      ? html`<br />${ref.publication}`
      : nothing}
  </li>`;
};

/** Attribution, review dates and references: how a reader judges whether to trust the page. */
export function about(context: RenderContext, level: HeadingLevel) {
  const {bundle, ui} = context.content;
  const {meta} = bundle;
  const date = (iso: string) => html`<time datetime=${iso}>${formatDate(iso, bundle.locale)}</time>`;
  return html`<footer class="about" part="about">
    ${heading(level, 'about-heading', ui.aboutThisInformation)}
    <dl class="facts">
      <div><dt>${ui.source}</dt><dd>${meta.source.name}</dd></div>
      <div><dt>${ui.lastReviewed}</dt><dd>${date(meta.lastReviewed)}</dd></div>
      <div><dt>${ui.nextReviewDue}</dt><dd>${date(meta.nextReviewDue)}</dd></div>
    </dl>
    ${meta.source.note ? html`<p>${meta.source.note}</p>` : nothing}
    ${heading(subLevel(level), 'references-heading', ui.references)}
    <ol class="references" part="references" aria-labelledby="references-heading">
      ${meta.references.map(reference)}
    </ol>
    <p>${richText(meta.referencesNote, context)}</p>
  </footer>`;
}
