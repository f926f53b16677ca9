import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';

describe('self-contained CDN build', () => {
  it('works alone from a plain static HTML page: all tags defined, en-GB embedded, other locales lazy beside it', async () => {
    const frame = await loadFrame('/test/pages/cdn-plain.html', (win) => {
      const list = win.document.querySelector('symptom-list');
      return !!list?.shadowRoot?.querySelector('li') && !!win.document.querySelector('secondary-liver-info')?.shadowRoot?.querySelector('li');
    });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow!;
    for (const tag of ['secondary-liver-info', 'symptom-list', 'glossary-term']) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
    expect(doc.querySelector('secondary-liver-info')!.shadowRoot!.querySelectorAll('[part~="section-symptoms"] li')).to.have.length(9);
    expect(doc.querySelector('glossary-term')!.getAttribute('role')).to.equal('button');
    expect(doc.querySelector('symptom-list')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Symptomau');
    // The test server injects its own web-socket script into HTML pages; it is not ours.
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(scripts.every((path) => path.startsWith('/dist/cdn/')), scripts.join(', ')).to.equal(true);
    expect(scripts.some((path) => /\/dist\/cdn\/chunks\/cy-[\w-]+\.js$/.test(path))).to.equal(true);
    const unused = BUILT_IN_LOCALES.filter((locale) => !['en-GB', 'cy'].includes(locale));
    expect(scripts.filter((path) => unused.some((locale) => path.includes(`/chunks/${locale}-`))), 'languages not on the page').to.deep.equal([]);
    frame.remove();
  });

  it('names its own Trusted Types policy, so another Lit copy on the page cannot collide with it', async () => {
    const code = await (await fetch('/dist/cdn/secondary-liver-info.js')).text();
    expect(code).to.contain('createPolicy("secondary-liver-info"');
    expect(code).to.not.contain('createPolicy("lit-html"');
  });

  it('keeps the bundle validator out of the main file until a bundle from outside needs it', async () => {
    const code = await (await fetch('/dist/cdn/secondary-liver-info.js')).text();
    expect(code).to.not.contain('is not a known field');
    const chunk = code.match(/chunks\/external-bundle-[\w-]+\.js/);
    expect(chunk, 'a lazily imported validator chunk').to.not.equal(null);
    const validator = await (await fetch(`/dist/cdn/${chunk![0]}`)).text();
    expect(validator).to.contain('is not a known field');
  });
});
