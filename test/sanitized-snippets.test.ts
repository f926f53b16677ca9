import {expect, fixture, html} from '@open-wc/testing';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';

// Written by test/node/snippet.test.mjs (npm test runs the Node tests first): the plain snippet
// of each language after each sanitizer, as a content system would store it.
const SANITIZERS = ['dompurify', 'sanitize-html', 'wordpress'];
const LOCALES = BUILT_IN_LOCALES;

describe('plain snippets after CMS sanitizers, as a reader sees them with JavaScript off', () => {
  for (const sanitizer of SANITIZERS) {
    for (const locale of LOCALES) {
      it(`${sanitizer}, ${locale}: accessible, and every in-page link reaches its target`, async () => {
        const response = await fetch(`/build/snippets/sanitized/${sanitizer}-${locale}.html`);
        expect(response.ok, 'written by the Node tests').to.equal(true);
        const host = await fixture<HTMLElement>(html`<article lang="en-GB"></article>`);
        // Sanitized markup only: nothing in it can run (the Node test checks there is no script).
        host.innerHTML = await response.text();
        expect(host.querySelectorAll('script, style, template')).to.have.length(0);
        for (const link of host.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
          const name = decodeURIComponent(link.hash.slice(1));
          const target = host.querySelector(`[id="${name}"], a[name="${name}"]`);
          expect(target, link.hash).to.not.equal(null);
        }
        await expect(host).to.be.accessible();
      });
    }
  }
});
