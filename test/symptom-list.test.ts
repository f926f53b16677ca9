import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {SymptomList} from '../src/elements/symptom-list.js';
import {$, $$, textOf} from './helpers.js';
import './fixtures/clocks.js'; // today is before the content's review date, unless a test says otherwise

describe('<symptom-list>', () => {
  it('shows the introduction, all nine symptoms and the caveat, with a heading', async () => {
    const el = await fixture<SymptomList>(html`<symptom-list></symptom-list>`);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Symptoms');
    expect($(el, '[part~="heading"]').localName).to.equal('h2');
    expect(textOf(el.shadowRoot!.querySelector('p'))).to.equal('The possible symptoms of secondary liver cancer might include:');
    expect($$(el, 'li')).to.have.length(9);
    expect(textOf($(el, '[part~="caveat"]'))).to.contain('They do not necessarily mean you have a secondary cancer.');
    await expect(el).to.be.accessible();
  });

  it('takes `heading-level` and can leave the heading out', async () => {
    const el = await fixture<SymptomList>(html`<symptom-list heading-level="4"></symptom-list>`);
    expect($(el, '[part~="heading"]').localName).to.equal('h4');
    el.noHeading = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect($$(el, 'li')).to.have.length(9);
    await expect(el).to.be.accessible();
  });

  it('renders glossary terms inside symptoms', async () => {
    const el = await fixture<SymptomList>(html`<symptom-list no-heading></symptom-list>`);
    expect($$(el, 'glossary-term').map((t) => t.getAttribute('term'))).to.include.members(['ascites', 'jaundice', 'abdomen']);
  });
});
