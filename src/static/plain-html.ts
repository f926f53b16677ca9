import type {ContentBundle, GlossaryEntry, ListItem, RichText} from '../bundle/content-bundle.js';
import {own} from '../bundle/own.js';
import {contactInEnglish, contentCaveats, editorialNote, translationReview} from '../bundle/content-caveats.js';
import type {SectionId} from '../bundle/section-ids.js';
import type {UiStrings} from '../i18n/ui-strings.js';
import {parseHttpsLinkUrl} from '../loading/http-url.js';
import {formatDate} from '../rendering/format-date.js';
import {termsUsed} from '../rendering/terms-used.js';
import {otherFormatLinks} from '../rendering/other-format-links.js';
import {sectionFragment} from '../deep-links/section-fragment.js';

/** What to render, and how it sits in the host page. */
export interface PlainHtmlOptions {
  readonly element: 'secondary-liver-info' | 'symptom-list';
  readonly sections: readonly SectionId[];
  /** Level of the title (2–6); section headings are one below. */
  readonly headingLevel: number;
  /** Starts every id, so that two snippets can share a page. */
  readonly idPrefix: string;
  /** The day the snippet is made: it decides the review-overdue notice. */
  readonly today: Date;
  /**
   * The host's own next steps and contacts, already reduced by the CLI (`--support`) to headings,
   * paragraphs, lists, links and emphasis: inserted as it is. `ownHeading`: it starts with its own
   * heading, so the default "Who to contact" is left out.
   */
  readonly support?: {readonly html: string; readonly ownHeading: boolean};
}

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

// As in the panel (rendering/rich-text.ts): page translation leaves an e-mail address as it is.
const EMAIL = /([^\s@()<>]+@[^\s@()<>]+\.[A-Za-z]{2,})/u;
const escapeRun = (text: string): string =>
  text.split(EMAIL).map((part, i) => (i % 2 ? `<span translate="no">${escape(part)}</span>` : escape(part))).join('');

/**
 * The content as plain, light-DOM HTML for content systems that sanitize what editors paste
 * (WordPress, Drupal, DOMPurify- or sanitize-html-based editors). It uses only elements and
 * attributes those allow-lists keep: headings, paragraphs, lists, `strong`, `em`, `a` with https or
 * in-page links, `dl`, `div`, `section`, `aside`; no `style`, `script`, `template`, `svg`,
 * buttons or custom elements, so nothing can turn into visible CSS or code when a sanitizer drops
 * a tag and keeps its text. Classes start with `sli-` for host themes. Each glossary term is an
 * in-page link to its definition in a list at the end, which links back; targets carry both `id`
 * and `name`, because some sanitizers keep only one of them.
 */
export function plainHtml(bundle: ContentBundle, ui: UiStrings, options: PlainHtmlOptions): string {
  const {idPrefix: prefix, today} = options;
  const level = Math.min(Math.max(Math.trunc(options.headingLevel) || 2, 2), 6);
  const h = (offset: number, text: string, className: string) => {
    const n = Math.min(level + offset, 6);
    return `<h${n} class="${className}">${escape(text)}</h${n}>`;
  };
  const panel = options.element === 'secondary-liver-info';
  const sections = panel ? options.sections : (['symptoms'] as const);
  // The panel's title is at the chosen level and its sections below it; a symptom list's heading is at the level.
  const sectionOffset = panel ? 1 : 0;
  const used = termsUsed(bundle, sections);
  const glossary = bundle.glossary.filter((entry) => used.has(entry.id));
  /** Each term's first reference number: the link back from its definition, and the glossary's order. */
  const firstUse = new Map<string, number>();
  let references = 0;
  const target = (id: string) => `id="${id}" name="${id}"`;
  const refId = (n: number) => `${prefix}-ref-${n}`;

  const rich = (text: RichText): string =>
    text
      .map((run) => {
        if (typeof run === 'string') return escapeRun(run);
        if (Object.hasOwn(run, 'em')) return `<em>${escape((run as {em: string}).em)}</em>`;
        const {term, text: words} = run as {term: string; text: string};
        if (!firstUse.has(term)) firstUse.set(term, references + 1);
        return `<a class="sli-term" href="#${prefix}-def-${term}" ${target(refId(++references))}>${escape(words)}</a>`;
      })
      .join('');
  const paragraphs = (blocks: readonly RichText[]) => blocks.map((block) => `<p>${rich(block)}</p>`).join('\n');
  // An item that starts with a term is a link stacked on the next: without our CSS (sanitizers
  // strip it) it would sit closer than WCAG 2.2's 24 px target spacing. A paragraph per item gives
  // such lists the browser's own paragraph margins, which every sanitizer keeps.
  const startsWithTerm = (item: ListItem) => typeof item.text[0] === 'object' && Object.hasOwn(item.text[0], 'term');
  const list = (items: readonly ListItem[]) => {
    const spaced = items.some(startsWithTerm);
    return `<ul>\n${items.map((item) => `<li>${spaced ? `<p>${rich(item.text)}</p>` : rich(item.text)}</li>`).join('\n')}\n</ul>`;
  };

  const body = (id: SectionId): string => {
    const s = bundle.sections;
    switch (id) {
      // The diagram is left out: its text alternative describes a drawing that is not there.
      case 'what-is-it':
        return paragraphs(s[id].body);
      case 'which-cancers':
        return `<p>${rich(s[id].intro)}</p>\n${list(s[id].items)}`;
      case 'symptoms':
        return `<p>${rich(s[id].intro)}</p>\n${list(s[id].items)}\n<div class="sli-caveat">${paragraphs(s[id].caveat)}</div>`;
      case 'tests':
        return `${paragraphs(s[id].intro)}\n${list(s[id].items)}`;
      case 'treatment':
        return `<p>${rich(s[id].curative)}</p>\n<p>${rich(s[id].palliative)}</p>`;
      case 'outlook':
        return paragraphs(s[id].body);
    }
  };

  const {meta} = bundle;
  const notices = contentCaveats(ui, meta.translation.status === 'unreviewed', meta.nextReviewDue, today).map(([, text]) => text);
  const callout = notices.length
    ? `<aside class="sli-callout">\n<p><strong>${escape(ui.important)}</strong></p>\n${notices.map((n) => `<p>${escape(n)}</p>`).join('\n')}\n</aside>`
    : '';

  // The same list and words as the panel (rendering/other-format-links.ts).
  const formatLinks = panel ? otherFormatLinks(bundle, ui) : [];
  const formats = formatLinks.length
    ? `<div class="sli-other-formats">
<p>${escape(ui.otherFormats)}</p>
<ul>
${formatLinks
        .map(
          (link) =>
            `<li><p><a href="${escape(link.href)}" hreflang="${escape(link.language)}" rel="noopener noreferrer">${link.title ? `<span lang="${escape(link.language)}" dir="auto">${escape(link.title)}</span>` : escape(link.kind)} (${escape(link.details)})</a> <span dir="ltr">(${escape(link.host)})</span></p></li>`
        )
        .join('\n')}
</ul>
</div>`
    : '';

  // Deep links as a panel with an id answers them: `#<prefix>-<section>`. With `--id-prefix sli`
  // that is `#sli-<section>`, the link that reaches the first panel showing a section.
  const sectionHtml = sections
    .map((id) => `<section id="${sectionFragment(prefix, id)}" class="sli-section sli-section-${id}">\n${h(sectionOffset, bundle.sections[id].heading, 'sli-heading')}\n${body(id)}\n</section>`)
    .join('\n');

  const date = (iso: string) => `<time datetime="${iso}">${escape(formatDate(iso, bundle.locale, ui.monthNames, ui.digits))}</time>`;
  const linked = (url: string | undefined, text: string) => {
    const href = parseHttpsLinkUrl(url)?.href;
    // The host beside every link, as in the panel: a title that looks like another address cannot hide where it leads.
    const host = parseHttpsLinkUrl(url)?.hostname;
    return href ? `<a href="${escape(href)}" rel="noopener noreferrer">${escape(text)}</a> <span dir="ltr" translate="no">(${escape(host!)})</span>` : escape(text);
  };
  const fact = (label: string, value: string) => `<dt>${escape(label)}</dt><dd>${value}</dd>`;
  const translated = meta.translation.status !== 'original';
  const translationReviewed = translationReview(meta.translation);
  const sourcePublisher = own(meta.source, 'publisher');
  const publisher = own(meta, 'publisher');
  const licence = own(meta, 'licence');
  const sourceUrl = parseHttpsLinkUrl(own(meta, 'sourceUrl'))?.href;
  const sourceReviewer = own(meta.source, 'reviewedBy');
  const note = own(meta.source, 'note');
  const editorial = glossary.filter((entry) => own(entry, 'editorial'));
  // What the panel's about section says (rendering/about.ts), in the markup sanitizers keep.
  // A span with dir, not bdi: WordPress's allow-list has no bdi.
  const isolated = (text: string) => `<span dir="auto">${escape(text)}</span>`;
  const reviewRecord = (entry: GlossaryEntry) => {
    const by = own(entry, 'reviewedBy');
    const on = own(entry, 'reviewedOn');
    return by && on ? `${escape(entry.term)} (${isolated(by)}, ${date(on)})` : escape(entry.term);
  };
  const sourceLang = own(meta.source, 'lang');
  const sourceName = sourceLang
    ? `<span lang="${escape(sourceLang)}" dir="auto">${linked(own(meta.source, 'url'), meta.source.name)}</span>`
    : linked(own(meta.source, 'url'), meta.source.name);
  const about = `<div class="sli-about">
${h(sectionOffset, ui.aboutThisInformation, 'sli-heading')}
<dl class="sli-facts">
${publisher ? fact(ui.publishedBy, linked(own(publisher, 'url'), publisher.name)) : ''}
${sourceUrl ? fact(ui.onlineAt, `<a href="${escape(sourceUrl)}" rel="noopener noreferrer">${escape(sourceUrl)}</a>`) : ''}
${fact(ui.source, `${sourcePublisher ? `${isolated(sourcePublisher)}: ` : ''}${sourceName}`)}
${fact(translated ? ui.sourceLastReviewed : ui.lastReviewed, date(meta.lastReviewed))}
${sourceReviewer ? fact(ui.reviewedBy, escape(sourceReviewer)) : ''}
${fact(ui.nextReviewDue, date(meta.nextReviewDue))}
${licence ? fact(ui.licence, linked(own(licence, 'url'), licence.name)) : ''}
${translated ? fact(ui.translation, translationReviewed ? `${isolated(translationReviewed.by)}, ${date(translationReviewed.on)}` : escape(ui.translationUnreviewed)) : ''}
</dl>
${note ? `<p>${escape(note)}</p>` : ''}
${editorial.length ? `<p>${escape(ui.editorialDefinitions)}: ${editorial.map(reviewRecord).join(escape(ui.listSeparator))}.</p>` : ''}
${h(sectionOffset + 1, ui.references, 'sli-heading')}
<ol class="sli-references">
${meta.references
  .map((ref) => {
    const lang = own(ref, 'lang');
    const extra = [own(ref, 'authors'), own(ref, 'publication')].filter((x): x is string => !!x).map((x) => `<br>${escape(x)}`).join('');
    return `<li translate="no"${lang ? ` lang="${escape(lang)}" dir="auto"` : ''}><cite>${linked(own(ref, 'url'), ref.title)}</cite>${extra}</li>`;
  })
  .join('\n')}
</ol>
<p>${escape(ui.sourcePageSays)} ${rich(meta.referencesNote)}${contactInEnglish(bundle) ? ` ${escape(ui.sourceContactInEnglish)}` : ''}</p>
</div>`;

  const definition = (entry: GlossaryEntry) => {
    const pronunciation = own(entry, 'pronunciation');
    const lang = own(entry, 'lang');
    const back = firstUse.get(entry.id);
    return `<dt${lang ? ` lang="${escape(lang)}"` : ''}><a ${target(`${prefix}-def-${entry.id}`)}>${escape(entry.term)}</a>${pronunciation ? ` (${escape(pronunciation)})` : ''}</dt>
<dd>${escape(entry.definition)}${editorialNote(entry, ui) ? ` <em>(${escape(editorialNote(entry, ui)!)})</em>` : ''}${back ? ` <a class="sli-back" href="#${refId(back)}">${escape(ui.backToText)}</a>` : ''}</dd>`;
  };
  // In the order a reader meets the terms.
  const order = (entry: GlossaryEntry) => firstUse.get(entry.id) ?? Infinity;
  const inOrder = [...glossary].sort((a, b) => order(a) - order(b));
  const glossaryHtml = inOrder.length
    ? `<div class="sli-glossary">\n${h(sectionOffset, ui.glossary, 'sli-heading')}\n<dl>\n${inOrder.map(definition).join('\n')}\n</dl>\n</div>`
    : '';

  const title = panel ? h(0, meta.title, 'sli-title') : '';
  // Where the elements' support slot is: after the sections (the symptom list's caveat), before About.
  const {support} = options;
  const supportHtml = support
    ? `<div class="sli-support">\n${support.ownHeading ? '' : `${h(1, ui.whoToContact, 'sli-heading')}\n`}${support.html}\n</div>`
    : '';
  const main = panel ? `${sectionHtml}\n${supportHtml}\n${about}` : `${sectionHtml}\n${supportHtml}`;
  return `<div class="sli sli-${options.element}" id="${prefix}" lang="${escape(bundle.locale)}" dir="${bundle.dir}">
${title}
${callout}
${formats}
${main}
${glossaryHtml}
</div>
`.replace(/\n{2,}/g, '\n');
}
