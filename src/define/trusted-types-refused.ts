import {emit} from '../events.js';
import {logError} from '../safe-console.js';

/**
 * Set by the self-contained build when the page's CSP `trusted-types` list refused the widget's
 * policy (see rollup.config.mjs). Never set in the npm build, where the host's own Lit makes the
 * policy.
 */
const REFUSED = Symbol.for('secondary-liver-info.trusted-types-refused');

export const trustedTypesRefused = (): boolean => !!(globalThis as Record<symbol, unknown>)[REFUSED];

const POLICY_REFUSED = 'the page\'s trusted-types list does not allow the policy "secondary-liver-info"';
let explained = false;

/**
 * Stands in for a panel or list that cannot render (lit-html has no policy): it leaves the
 * element's own children (the light-DOM fallback) on screen, says once in the console which
 * policy to allow, and fires `sli-content-error` on every element once the page has had a turn
 * to add its listeners. `<glossary-term>` needs no policy (it builds its nodes itself) and is
 * defined before lit-html runs, so it is never replaced.
 */
export const refusedElement = (tagName: string): CustomElementConstructor =>
  class extends HTMLElement {
    connectedCallback() {
      if (!explained) logError(`secondary-liver-info cannot render: ${POLICY_REFUSED}; add it to trusted-types`);
      explained = true;
      setTimeout(() => emit(this, 'sli-content-error', {reason: 'trusted-types-refused', message: `<${tagName}>: ${POLICY_REFUSED}`}));
    }
  };
