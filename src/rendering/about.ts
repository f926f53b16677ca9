import {html, nothing} from 'lit';
import type {ContentBundle, GlossaryEntry, Reference} from '../bundle/content-bundle.js';
import {contactInEnglish, translationReview} from '../bundle/content-caveats.js';
import {own} from '../bundle/own.js';
import {parseHttpsLinkUrl} from '../loading/http-url.js';
import {formatDate} from './format-date.js';
import {heading, subLevel, type HeadingLevel} from './heading.js';
import type {RenderContext} from './render-context.js';
import {richText} from './rich-text.js';

// Links are made only from https URLs without credentials, whatever a bundle says, and every
// link shows its host beside its text: a bundle's "NHS website" cannot lead somewhere else unseen.
export const link = (url: string | undefined, text: string) => {
  const href = parseHttpsLinkUrl(url);
  return href ? html`<a href=${href.href} rel="noopener noreferrer external">${text}</a> <bdi translate="no">(${href.hostname})</bdi>` : text;
};

const reference = (ref: Reference) => {
  // The host is shown beside the title, so a title that looks like another address cannot hide where it leads.
  const title = link(own(ref, 'url'), ref.title);
  const lang = own(ref, 'lang');
  const authors = own(ref, 'authors');
  const publication = own(ref, 'publication');
  // A reference kept in English inside a right-to-left bundle needs its own direction as well as its language.
  // Kept as published, so page translation leaves it alone: a translated title finds nothing in a library.
  return html`<li translate="no" lang=${lang ?? nothing} dir=${lang ? 'auto' : nothing}>
    <cite>${title}</cite>${authors ? html`<br />${authors}` : nothing}${publication ? html`<br />${publication}` : nothing}
  </li>`;
};

// A translation names its source page as published, in English: a translated title would suggest
// a page in the reader's language that does not exist. Marked so screen readers switch voice.
const sourceName = (source: ContentBundle['meta']['source']) => {
  const lang = own(source, 'lang');
  const name = link(own(source, 'url'), source.name);
  return lang ? html`<span lang=${lang} dir="auto" translate="no">${name}</span>` : name;
};

const fact = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

/**
 * Attribution, review dates, the review record and references: how a reader judges whether to
 * trust the page. A translation says when its *source* was reviewed and, separately, whether the
 * translation itself was checked; definitions the editors wrote are named as such.
 * `editorial` lists the editorial glossary entries used in the sections shown.
 */
export function about(context: RenderContext, level: HeadingLevel, editorial: readonly GlossaryEntry[]) {
  const {bundle, ui} = context.content;
  const {meta} = bundle;
  const {source, translation} = meta;
  const date = (iso: string) => html`<time datetime=${iso}>${formatDate(iso, bundle.locale, ui.monthNames, ui.digits)}</time>`;
  const sourcePublisher = own(source, 'publisher');
  const publisher = own(meta, 'publisher');
  const licence = own(meta, 'licence');
  const sourceUrl = parseHttpsLinkUrl(own(meta, 'sourceUrl'));
  const sourceReviewer = own(source, 'reviewedBy');
  const note = own(source, 'note');
  const translated = translation.status !== 'original';
  const translationReviewed = translationReview(translation);
  const reviewRecord = (entry: GlossaryEntry) => {
    const by = own(entry, 'reviewedBy');
    const on = own(entry, 'reviewedOn');
    return by && on ? html`${entry.term} (<bdi>${by}</bdi>, ${date(on)})` : entry.term;
  };
  return html`<footer class="about" part="about">
    ${heading(level, 'about-heading', ui.aboutThisInformation)}
    <dl class="facts">
      ${publisher ? fact(ui.publishedBy, link(own(publisher, 'url'), publisher.name)) : nothing}
      ${sourceUrl ? fact(ui.onlineAt, html`<a href=${sourceUrl.href} rel="noopener noreferrer external">${sourceUrl.href}</a>`) : nothing}
      ${fact(ui.source, html`${sourcePublisher ? html`<bdi>${sourcePublisher}</bdi>: ` : nothing}${sourceName(source)}`)}
      ${fact(translated ? ui.sourceLastReviewed : ui.lastReviewed, date(meta.lastReviewed))}
      ${sourceReviewer ? fact(ui.reviewedBy, sourceReviewer) : nothing}
      ${fact(ui.nextReviewDue, date(meta.nextReviewDue))}
      ${licence ? fact(ui.licence, link(own(licence, 'url'), licence.name)) : nothing}
      ${translated
        ? fact(
            ui.translation,
            translationReviewed ? html`<bdi>${translationReviewed.by}</bdi>, ${date(translationReviewed.on)}` : ui.translationUnreviewed
          )
        : nothing}
    </dl>
    ${note ? html`<p>${note}</p>` : nothing}
    ${editorial.length
      ? html`<p part="editorial-definitions">${ui.editorialDefinitions}: ${editorial.map((entry, i) => html`${i ? ui.listSeparator : ''}${reviewRecord(entry)}`)}.</p>`
      : nothing}
    ${heading(subLevel(level), 'references-heading', ui.references, 'sub')}
    <ol class="references" part="references" aria-labelledby="references-heading">
      ${meta.references.map(reference)}
    </ol>
    <p>${ui.sourcePageSays} ${richText(meta.referencesNote, context)}${contactInEnglish(bundle) ? ` ${ui.sourceContactInEnglish}` : nothing}</p>
  </footer>`;
}
