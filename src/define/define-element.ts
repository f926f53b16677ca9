import {VERSION} from '../generated/version.js';
import {refusedElement, trustedTypesRefused} from './trusted-types-refused.js';
import {warn} from '../safe-console.js';

let warned = false;

/**
 * Registers a custom element without ever throwing: a script included twice, two versions of
 * the widget on one page, or a tag another library already took only produce one console
 * warning for the whole copy, naming both versions, so one widget can never break the host page
 * or the other widgets on it.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  // A server that renders React or Lit without a DOM (Next.js) imports this too: nothing to define there.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as (CustomElementConstructor & {version?: string}) | undefined;
  if (existing) {
    if (existing !== elementClass && !warned) {
      warned = true;
      const owner = existing.version ? `secondary-liver-info ${existing.version}` : 'another script';
      warn(`secondary-liver-info ${VERSION}: <${tagName}> and the widget's other tags are already defined by ${owner} on this page; this copy does nothing.`);
    }
    return;
  }
  try {
    customElements.define(tagName, trustedTypesRefused() ? refusedElement(tagName) : elementClass);
  } catch (error) {
    warn(`secondary-liver-info ${VERSION}: <${tagName}> not defined: ${error}`);
  }
}
