import type {CSSResultOrNative} from 'lit';

// In the same lazy file: what only light-DOM rendering needs.
export {SupportFollower} from './support-follower.js';

/**
 * The element's own styles, rewritten for content rendered in the page (`light-dom`): wrapped in
 * `@scope (<tag>[light-dom])` so they reach nothing outside the element, with `:host` read as the
 * scoping root (`&`). First, every element inside goes back to the browser's defaults (`all: revert`):
 * what the host page's type selectors and `*` rules set (`* { line-height: 0 }`, Bootstrap's list
 * padding) does not reach the content, and inherited properties come from the element, as they
 * do through a shadow root. A term keeps its own styles (its shadow root styles it).
 * Host rules more specific than a type selector, or `!important`, still win: the trade-off of
 * light-DOM content (see docs/guides/light-dom.md).
 *
 * The host's own `slot="support"` content is outside the scope (`to ([slot])`): the host's styles
 * reach it and ours do not, as through a shadow root's slot. `reset` is false for styles added to
 * an element's first sheet (the drawing's): a second reset, later in the cascade, would undo the
 * first sheet's rules that weigh no more than it (`* { box-sizing: border-box }`).
 */
export function lightCss(tag: string, styles: readonly CSSResultOrNative[], reset = true): string {
  const text = styles
    .map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')))
    .join('\n')
    .replace(/:host\(([^)]*)\)/g, '&:is($1)')
    .replace(/:host\b/g, '&');
  // Keyframes cannot sit inside a style rule: they go before the scope (their names are ours).
  const keyframes: string[] = [];
  let rest = text;
  for (let start = rest.indexOf('@keyframes'); start >= 0; start = rest.indexOf('@keyframes')) {
    let depth = 0;
    let end = rest.indexOf('{', start);
    for (; end < rest.length; end++) {
      if (rest[end] === '{') depth++;
      else if (rest[end] === '}' && --depth === 0) break;
    }
    keyframes.push(rest.slice(start, end + 1));
    rest = rest.slice(0, start) + rest.slice(end + 1);
  }
  // Nested under :scope, every rule of ours weighs one class more than as written, so it beats the
  // reset before it and the host's own rules of the same weight (`li`, `.card *`).
  // The reset also undoes what `lang` (the locale a browser shapes and hyphenates text in) and
  // `hidden="until-found"` set as presentational hints, so those come back; and a host's
  // `[hidden] { display: block !important }` must not open hidden content.
  const resets = reset
    ? `:scope :where(:not(glossary-term, svg *)) { all: revert; }
:scope [lang] { -webkit-locale: attr(lang); }
:scope [hidden='until-found' i] { content-visibility: hidden; }
:scope [hidden]:not([hidden='until-found' i]) { display: none !important; }`
    : '';
  return `${keyframes.join('\n')}
@scope (${tag}[light-dom]) to ([slot]) {
${resets}
:scope {
${rest}
}
}`;
}

const adopted = new WeakMap<DocumentOrShadowRoot, Set<string>>();
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds the scoped styles to the document or shadow root the element is in, once per root (a
 * panel inside another component's shadow root is styled there, where the page's sheets do not
 * reach). Constructed sheets: no `<style>` element, so nothing for a strict CSP to refuse.
 */
export function adoptLightStyles(element: Element, css: string): void {
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  let done = adopted.get(root);
  if (!done) adopted.set(root, (done = new Set()));
  if (done.has(css)) return;
  done.add(css);
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
