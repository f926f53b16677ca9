import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {GlossaryTerm} from '../src/elements/glossary-term.js';
import {openDefinition, settle, tipOf} from './helpers.js';
import {loadFrame} from './page-frame.js';
import {expectTargetsLargeEnough} from './target-size.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';

// WCAG 2.2 target size (2.5.8): every link and button at least 24×24 CSS pixels, or spaced as the
// criterion allows, in every language, in the widget and in both snippets. The plain snippet is
// checked after each sanitizer, which strips our CSS: its targets must be large enough as markup.
const LOCALES = BUILT_IN_LOCALES;
const SANITIZERS = ['dompurify', 'sanitize-html', 'wordpress'];

describe('target size (WCAG 2.2, 2.5.8)', () => {
  for (const locale of LOCALES) {
    it(`${locale}: the panel, collapsible and not, the symptom list and a term with its pop-up open`, async () => {
      const host = await fixture<HTMLElement>(html`<main lang=${locale}>
        <secondary-liver-info></secondary-liver-info>
        <secondary-liver-info collapsible sections="symptoms tests"></secondary-liver-info>
        <symptom-list></symptom-list>
        <p><glossary-term term="ascites">ascites</glossary-term></p>
      </main>`);
      const elements = [...host.querySelectorAll<HTMLElement & {updateComplete: Promise<unknown>}>('secondary-liver-info, symptom-list, glossary-term')];
      for (const el of elements) await settle(el);
      // Show/hide all and the two section toggles; every link and term in running text is inline.
      await expectTargetsLargeEnough(host, 3);
      const term = host.querySelector<GlossaryTerm>('glossary-term')!;
      await openDefinition(term);
      // And the pop-up's close button, in the page's one shared pop-up.
      await expectTargetsLargeEnough(tipOf(term)!, 1);
      term.hide();
    });

    it(`${locale}: the rich snippet, before and after the script takes it over`, async () => {
      for (const js of ['', '&js=1']) {
        const frame = await loadFrame(`/__test__/default-snippet?kind=rich&locale=${locale}${js}`, (win) => {
          const panel = win.document.querySelector('secondary-liver-info') as (HTMLElement & {hasUpdated?: boolean}) | null;
          return !!panel?.shadowRoot && (!js || !!panel.hasUpdated);
        }, 10000);
        // The default rich snippet has no buttons, and its links are in running text: 0 counted.
        await expectTargetsLargeEnough(frame.contentDocument!.body, 0);
        frame.remove();
      }
    });

    for (const sanitizer of SANITIZERS) {
      it(`${locale}: the plain snippet after ${sanitizer}, without our CSS`, async () => {
        const response = await fetch(`/build/snippets/sanitized/${sanitizer}-${locale}.html`);
        expect(response.ok, 'written by test/node/snippet.test.mjs').to.equal(true);
        const host = await fixture<HTMLElement>(html`<article lang="en-GB"></article>`);
        host.innerHTML = await response.text();
        expect(host.querySelectorAll('a[href]').length).to.be.greaterThan(0);
        // The tests list's items that start with a term (in every language).
        await expectTargetsLargeEnough(host, 4);
      });
    }
  }
});
