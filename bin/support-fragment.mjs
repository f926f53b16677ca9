// `snippet --support FILE`: the host's own next steps and contacts, an HTML fragment reduced to
// headings, paragraphs, lists, links (https, tel, mailto) and emphasis. Everything else is dropped
// (the text of unknown tags is kept; the content of scripts, styles and the like is not), by
// sanitize-html, a maintained sanitizer, not by a home-made parser.
import {readLimitedTextFile, Refusal} from './cli-files.mjs';

const MAX_BYTES = 64 * 1024;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const ALLOWED_TAGS = [...HEADINGS, 'p', 'ul', 'ol', 'li', 'a', 'em', 'strong'];
// Dropped with everything inside them: their text is code, styles or controls, never prose.
const DROPPED_WITH_CONTENT = ['script', 'style', 'template', 'textarea', 'option', 'select', 'noscript', 'title', 'svg', 'math', 'iframe', 'object', 'head'];
const LINK = /^(https:\/\/|tel:|mailto:)/i;

/** The fragment's text, if it is a regular file of at most `MAX_BYTES` in strict UTF-8 (symbolic links refused). */
function readFragment(file) {
  const read = readLimitedTextFile(file, MAX_BYTES);
  if ('tooLarge' in read) throw new Refusal(`is larger than ${MAX_BYTES} bytes`);
  if (read.notUtf8) throw new Refusal('is not valid UTF-8 text');
  return read.text;
}

/**
 * Reduces `html` to what a host's contact block needs, its top heading moved to `topLevel` (the
 * level of the panel's sections) and the others one level each below it, in order, at most h6.
 * Returns the markup and whether it starts with the host's own heading.
 */
export function reduceSupport(sanitizeHtml, html, topLevel) {
  const options = (transformHeading) => ({
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {a: ['href', 'rel']},
    allowedSchemes: ['https', 'tel', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    transformTags: {
      // A link to anywhere else becomes its text: an <a> without href would look like a link that goes nowhere.
      a: (tagName, attribs) =>
        LINK.test(String(attribs.href ?? '').trim())
          ? {tagName: 'a', attribs: {href: attribs.href.trim(), rel: 'noopener noreferrer'}}
          : {tagName: 'sli-dropped-link', attribs: {}},
      ...Object.fromEntries(HEADINGS.map((tag) => [tag, (tagName) => ({tagName: transformHeading(tagName), attribs: {}})])),
    },
  });
  const reduced = sanitizeHtml(html, options((tag) => tag)).trim();
  // The levels used, in order, become consecutive from `topLevel`: h1, h3 → h3, h4 (no skipped level).
  const levels = [...new Set([...reduced.matchAll(/<h([1-6])>/g)].map((m) => m[1]))].sort();
  const relevelled = sanitizeHtml(reduced, options((tag) => `h${Math.min(topLevel + levels.indexOf(tag[1]), 6)}`)).trim();
  return {html: relevelled, ownHeading: /^<h[1-6]>/.test(relevelled)};
}

/** Reads and reduces the `--support` file; refuses one that holds nothing a reader would see. */
export async function supportFragment(file, topLevel) {
  const text = readFragment(file);
  let sanitizeHtml;
  try {
    ({default: sanitizeHtml} = await import('sanitize-html'));
  } catch {
    throw new Refusal('needs sanitize-html to reduce the fragment: run `npm install sanitize-html`');
  }
  const support = reduceSupport(sanitizeHtml, text, topLevel);
  if (!support.html.replace(/<[^>]*>/g, '').trim()) throw new Refusal('has nothing left once reduced to headings, paragraphs, lists, links and emphasis');
  return support;
}
