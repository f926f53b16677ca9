import {render} from 'lit';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import {JSON_LD_MARK} from './json-ld-mark.js';

const ownBlock = (host: Element): HTMLScriptElement | undefined =>
  [...host.children].find((child): child is HTMLScriptElement => child.localName === 'script' && child.hasAttribute(JSON_LD_MARK));

/**
 * Puts `text` in the element's one `<script type="application/ld+json">` (a light-DOM child,
 * where crawlers read it), or removes the block when `text` is undefined. Under Trusted Types,
 * writing text into a script element is a sink even for a data block that never runs, and the
 * widget has no policy of its own to bless it; so the block is parsed as part of a Lit template,
 * which goes through Lit's policy (the widget's, in the self-contained build). `text` is JSON from
 * `jsonLdText`, whose `<`, `>` and `&` are escaped: it cannot end the block or add markup.
 * An unchanged text is left alone (nothing for a mutation observer to see).
 */
export function syncJsonLd(host: Element, text: string | undefined): void {
  const old = ownBlock(host);
  if (text === undefined) return void old?.remove();
  if (old?.textContent === text) return;
  const fragment = host.ownerDocument.createDocumentFragment();
  render(staticHtml`<script type="application/ld+json" ${unsafeStatic(JSON_LD_MARK)}>${unsafeStatic(text)}</script>`, fragment);
  const block = ownBlock(fragment as unknown as Element)!;
  if (old) old.replaceWith(block);
  else host.append(block);
}
