import {expect, fixture, html} from '@open-wc/testing';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';
import {emulateMedia} from '@web/test-runner-commands';

// Written by scripts/build-test-snippets.mjs (the first step of `npm run test:browser`): the plain
// snippet of each language after each sanitizer, as a content system would store it.
const SANITIZERS = ['dompurify', 'sanitize-html', 'wordpress'];
const LOCALES = BUILT_IN_LOCALES;

describe('plain snippets after CMS sanitizers, as a reader sees them with JavaScript off', () => {
  for (const sanitizer of SANITIZERS) {
    for (const locale of LOCALES) {
      it(`${sanitizer}, ${locale}: accessible, and every in-page link reaches its target`, async () => {
        const response = await fetch(`/build/snippets/sanitized/${sanitizer}-${locale}.html`);
        expect(response.ok, 'written by scripts/build-test-snippets.mjs (npm run test:browser)').to.equal(true);
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

// Written by test/node/snippet-support.test.mjs: `snippet --support test/fixtures/support.html`.
describe('the host\'s contacts (snippet --support) after CMS sanitizers and in print, JavaScript off', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  /** Headings in reading order, through the declarative shadow root and its slots. */
  const headings = (root: Node): string[] => {
    const out: string[] = [];
    const walk = (node: Node) => {
      if (node instanceof HTMLSlotElement) return node.assignedNodes({flatten: true}).forEach(walk);
      if (node instanceof HTMLElement && node.hidden) return;
      if (node instanceof HTMLElement && /^H[1-6]$/.test(node.tagName)) out.push(node.textContent!.trim());
      if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
      else node.childNodes.forEach(walk);
    };
    walk(root);
    return out;
  };

  for (const sanitizer of SANITIZERS) {
    it(`${sanitizer}: the block is in place, its links work, accessible, and printed`, async () => {
      const response = await fetch(`/build/snippets/sanitized/support-${sanitizer}.html`);
      expect(response.ok, 'written by scripts/build-test-snippets.mjs (npm run test:browser)').to.equal(true);
      const host = await fixture<HTMLElement>(html`<article lang="en-GB"></article>`);
      host.innerHTML = await response.text();
      expect(host.querySelectorAll('script, style, template, iframe, form, img')).to.have.length(0);
      const order = headings(host);
      expect(order.indexOf('Our liver nurse team')).to.equal(order.indexOf('Outlook') + 1);
      expect(order.indexOf('About this information')).to.equal(order.indexOf('Other help') + 1);
      expect([...host.querySelectorAll('a:not([href^="#"])')].map((a) => a.getAttribute('href'))).to.include.members([
        'tel:01632960000',
        'mailto:liver.nurses@hospital.example',
        'https://hospital.example/support',
      ]);
      await expect(host).to.be.accessible();
      await emulateMedia({media: 'print'});
      const nurses = [...host.querySelectorAll('h3')].find((h) => h.textContent === 'Our liver nurse team')!;
      expect(nurses.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  }

  it('rich snippet: the slotted block shows between the outlook and "About this information", on screen and in print', async () => {
    const response = await fetch('/build/snippets/support-rich.html');
    expect(response.ok, 'written by scripts/build-test-snippets.mjs (npm run test:browser)').to.equal(true);
    const host = await fixture<HTMLElement>(html`<article lang="en-GB"></article>`);
    // Declarative shadow DOM, as the HTML parser of a page would attach it; the elements are not defined here.
    host.setHTMLUnsafe(await response.text());
    const panel = host.querySelector('secondary-liver-info')!;
    expect(customElements.get('secondary-liver-info')).to.equal(undefined);
    const order = headings(panel);
    expect(order.indexOf('Our liver nurse team')).to.equal(order.indexOf('Outlook') + 1);
    expect(order.indexOf('About this information')).to.equal(order.indexOf('Other help') + 1);
    const block = panel.shadowRoot!.querySelector<HTMLElement>('[part~="support"]')!;
    expect(block.hidden).to.equal(false);
    expect(block.querySelector('#support-heading'), 'the host\'s own heading wins').to.equal(null);
    const nurses = panel.querySelector('[slot="support"] h3')!;
    expect(nurses.getBoundingClientRect().height).to.be.greaterThan(0);
    await emulateMedia({media: 'print'});
    expect(nurses.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
