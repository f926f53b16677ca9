import {expect, fixture, html} from '@open-wc/testing';
import {nothing} from 'lit';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import './fixtures/clocks.js'; // today is before the content's review date, unless a test says otherwise
import {$, $$, textOf} from './helpers.js';
import {loadFrame} from './page-frame.js';
import {axeViolations} from './target-size.js';

/** The accessible name of each panel's region, as the accessibility tree gives it. */
const regionNames = (panels: Element[]) =>
  panels.map((panel) => {
    const region = $(panel, '[part~="base"]');
    const label = region.getAttribute('aria-label');
    return label ?? textOf(panel.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!));
  });

describe('several widgets on one page, and boolean attributes written by frameworks', () => {
  for (const [locale, full, partial] of [
    ['en-GB', 'Secondary liver cancer', 'Secondary liver cancer: Symptoms and Tests for secondary liver cancer'],
    ['ar', null, null],
  ] as const) {
    it(`${locale}: two panels with no label, one of them showing two sections, are distinct landmarks`, async () => {
      const host = await fixture<HTMLElement>(html`<main lang=${locale}>
        <secondary-liver-info></secondary-liver-info>
        <secondary-liver-info sections="symptoms tests"></secondary-liver-info>
      </main>`);
      const panels = [...host.querySelectorAll<SecondaryLiverInfo>('secondary-liver-info')];
      for (const panel of panels) await panel.updateComplete;
      const names = regionNames(panels);
      expect(names[0]).to.not.equal(names[1]);
      // The second names what it shows, in the panel's language: its title and both section headings.
      const headings = $$(panels[1], '#title, #heading-symptoms, #heading-tests').map(textOf);
      expect(headings).to.have.length(3);
      for (const heading of headings) expect(names[1]).to.include(heading);
      if (full) expect(names).to.deep.equal([full, partial]);
      await expect(host).to.be.accessible();
    });
  }

  for (const [locale, sections] of [['en-GB', null], ['ar', null], ['en-GB', 'symptoms']] as const) {
    it(`${locale}: two identical unlabelled panels (sections ${sections ?? 'all'}) are distinct landmarks, the first keeping its name`, async () => {
      const host = await fixture<HTMLElement>(html`<main lang=${locale}>
        <secondary-liver-info sections=${sections ?? nothing}></secondary-liver-info>
        <p>Between the panels.</p>
        <secondary-liver-info sections=${sections ?? nothing}></secondary-liver-info>
      </main>`);
      const panels = [...host.querySelectorAll<SecondaryLiverInfo>('secondary-liver-info')];
      for (const panel of panels) await panel.updateComplete;
      const names = regionNames(panels);
      expect(names[1]).to.equal(`${names[0]} (${(2).toLocaleString(locale)})`);
      // The first is still named by its visible title when it shows every section.
      if (!sections) expect($(panels[0], '[part~="base"]').getAttribute('aria-labelledby')).to.equal('title');
      await expect(host).to.be.accessible();
    });
  }

  for (const locale of ['en-GB', 'ar']) {
    it(`${locale}: the theming demo page, two unlabelled panels and a list, is axe-clean`, async () => {
      const frame = await loadFrame(`/demo/theming.html?lang=${locale}`, (win) => {
        const panels = [...win.document.querySelectorAll('secondary-liver-info')];
        return panels.length === 2 && panels.every((panel) => panel.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])'));
      }, 8000);
      const panels = [...frame.contentDocument!.querySelectorAll('secondary-liver-info')];
      expect(panels.every((panel) => !panel.hasAttribute('label'))).to.equal(true);
      const names = regionNames(panels);
      expect(new Set(names).size).to.equal(2);
      expect(await axeViolations(frame.contentDocument!.documentElement)).to.deep.equal([]);
      frame.remove();
    });
  }

  it('a label still wins over the derived name, and three unlabelled partial panels stay distinct', async () => {
    const host = await fixture<HTMLElement>(html`<main>
      <secondary-liver-info sections="symptoms" label="Signs to look out for"></secondary-liver-info>
      <secondary-liver-info sections="symptoms"></secondary-liver-info>
      <secondary-liver-info sections="tests"></secondary-liver-info>
      <secondary-liver-info sections="treatment outlook"></secondary-liver-info>
    </main>`);
    const panels = [...host.querySelectorAll<SecondaryLiverInfo>('secondary-liver-info')];
    for (const panel of panels) await panel.updateComplete;
    expect(regionNames(panels)).to.deep.equal([
      'Signs to look out for',
      'Secondary liver cancer: Symptoms',
      'Secondary liver cancer: Tests for secondary liver cancer',
      'Secondary liver cancer: Treatment and Outlook',
    ]);
    await expect(host).to.be.accessible();
  });

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
    expect($(el, '[part~="base"]').getAttribute('aria-label')).to.equal('Secondary liver cancer: Symptoms');
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
