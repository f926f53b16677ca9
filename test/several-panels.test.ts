import {expect, fixture, html} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import './fixtures/clocks.js'; // today is before the content's review date, unless a test says otherwise
import {$, $$, textOf} from './helpers.js';

describe('several widgets on one page, and boolean attributes written by frameworks', () => {
  it('two labelled panels, two symptom lists and standalone terms stay accessible, with distinct region names', async () => {
    const host = await fixture<HTMLElement>(html`<main>
      <secondary-liver-info label="Secondary liver cancer: symptoms" sections="symptoms"></secondary-liver-info>
      <secondary-liver-info label="Secondary liver cancer: tests" sections="tests"></secondary-liver-info>
      <symptom-list></symptom-list>
      <symptom-list lang="cy"></symptom-list>
      <p>Words such as <glossary-term term="ascites">ascites</glossary-term> and <glossary-term term="jaundice">jaundice</glossary-term>.</p>
    </main>`);
    const panels = [...host.querySelectorAll<SecondaryLiverInfo>('secondary-liver-info')];
    await Promise.all([...host.querySelectorAll('secondary-liver-info, symptom-list, glossary-term')].map((el) => (el as SecondaryLiverInfo).updateComplete));
    expect(panels.map((panel) => $(panel, '[part~="base"]').getAttribute('aria-label'))).to.deep.equal([
      'Secondary liver cancer: symptoms',
      'Secondary liver cancer: tests',
    ]);
    await expect(host).to.be.accessible();
  });

  it('no-heading leaves the title out, keeps the section levels, and still names the region', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info no-heading heading-level="3" sections="symptoms"></secondary-liver-info>`);
    expect($$(el, 'h3')).to.have.length(0);
    expect(textOf($(el, '[part~="section-symptoms"] h4'))).to.equal('Symptoms');
    expect($(el, '[part~="base"]').getAttribute('aria-label')).to.equal('Secondary liver cancer');
    await expect(el).to.be.accessible();
  });

  it('reads the value "false" of a boolean attribute as off, as frameworks write it, and presence as on', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info no-illustration="false" collapsible="false" sections="what-is-it"></secondary-liver-info>`);
    expect(el.noIllustration).to.equal(false);
    expect(el.collapsible).to.equal(false);
    expect(el.shadowRoot!.querySelector('figure')).to.not.equal(null);
    el.setAttribute('no-illustration', '');
    el.setAttribute('collapsible', 'FALSE');
    await el.updateComplete;
    expect(el.noIllustration).to.equal(true);
    expect(el.collapsible).to.equal(false);
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
    el.setAttribute('no-illustration', 'true');
    await el.updateComplete;
    expect(el.noIllustration).to.equal(true);
    // The property is exact, and reflects as presence.
    el.collapsible = true;
    await el.updateComplete;
    expect(el.getAttribute('collapsible')).to.equal('');
  });
});
