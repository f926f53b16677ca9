// The sanitizers that content systems run on pasted HTML, as they run by default.
// A reader sees what `parse` makes of their output.
import createDOMPurify from 'dompurify';
import {JSDOM} from 'jsdom';
import sanitizeHtml from 'sanitize-html';

const {window} = new JSDOM('');
const purify = createDOMPurify(window);

/** WordPress's post allow-list (`wp_kses_post`, from kses.php): tags, and the attributes on all of them. */
const KSES_TAGS = `address a abbr acronym area article aside audio b bdo big blockquote br button caption cite code col
colgroup del dd dfn details div dl dt em fieldset figure figcaption font footer h1 h2 h3 h4 h5 h6 header hgroup hr i
img ins kbd label legend li main map mark menu nav object p pre q rb rp rt rtc ruby s samp span section small strike
strong sub summary sup table tbody td textarea tfoot th thead title tr track tt u ul ol var video`.split(/\s+/);
const KSES_GLOBAL_ATTRIBUTES = `aria-controls aria-current aria-describedby aria-details aria-expanded aria-hidden
aria-label aria-labelledby aria-live class dir hidden id lang style title role`.split(/\s+/);
const KSES_A_ATTRIBUTES = ['href', 'rel', 'rev', 'name', 'target', 'download', 'referrerpolicy'];

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * `wp_kses_post` as kses.php does it: on the string, not a DOM. A tag outside the list is
 * removed and its text kept, including the text of <style>, <script> and <template>; on a kept
 * tag, attributes outside the list go, and links keep only allowed protocols.
 */
function kses(html) {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g, (_, close, name, rest) => {
    const tag = name.toLowerCase();
    if (!KSES_TAGS.includes(tag)) return '';
    if (close) return `</${tag}>`;
    const kept = [...rest.matchAll(ATTRIBUTE)]
      .filter(([, attribute]) => {
        const lower = attribute.toLowerCase();
        return KSES_GLOBAL_ATTRIBUTES.includes(lower) || lower.startsWith('data-') || (tag === 'a' && KSES_A_ATTRIBUTES.includes(lower));
      })
      // wp_allowed_protocols() includes mailto and tel (and more that snippets never use).
      .filter(([, attribute, value = '']) => attribute.toLowerCase() !== 'href' || /^["']?(https?:|mailto:|tel:|#|\/)/i.test(value))
      .map(([whole]) => whole);
    return `<${tag}${kept.map((attribute) => ` ${attribute}`).join('')}${/\/\s*$/.test(rest) ? ' /' : ''}>`;
  });
}

export const SANITIZERS = {
  'DOMPurify 3, defaults': (html) => purify.sanitize(html),
  'sanitize-html 2, defaults': (html) => sanitizeHtml(html),
  'WordPress post allow-list (kses emulation)': kses,
};

/** A sanitizer's name as a file name. */
export const slug = (name) => name.split(/[ ,]/)[0].toLowerCase();

/** Parses HTML into a document, to read what a page would show. */
export const parse = (html) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
