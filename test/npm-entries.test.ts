import {expect} from '@open-wc/testing';
import {loadFrame} from './page-frame.js';

describe('npm build', () => {
  it('the per-element entry registers <glossary-term> alone, with lit from node_modules, without the panel code', async () => {
    const frame = await loadFrame('/test/pages/npm-glossary-term.html', (win) =>
      win.document.querySelector('glossary-term')?.getAttribute('role') === 'button'
    );
    const win = frame.contentWindow!;
    expect(win.customElements.get('glossary-term')).to.not.equal(undefined);
    expect(win.customElements.get('secondary-liver-info')).to.equal(undefined);
    expect(win.customElements.get('symptom-list')).to.equal(undefined);
    const loaded = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(loaded.some((path) => path.includes('/node_modules/@lit/reactive-element/'))).to.equal(true);
    // A page of terms alone needs no template engine: lit-html is not loaded at all.
    expect(loaded.filter((path) => path.includes('lit-html'))).to.deep.equal([]);
    expect(loaded.filter((path) => /secondary-liver-info|symptom-list|generated\/content\/en-GB\.js|validate-bundle/.test(path))).to.deep.equal([]);
    frame.remove();
  });

  it('the package root exports the classes without registering any tag', async () => {
    const module = await import('/dist/npm/index.js' as string);
    expect(Object.keys(module)).to.include.members(['SecondaryLiverInfo', 'SymptomList', 'GlossaryTerm']);
    // Nothing in this test file imports a define entry, so no tag may be registered.
    expect(customElements.get('secondary-liver-info')).to.equal(undefined);
  });
});
