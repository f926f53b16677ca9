import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {$, $$, textOf} from './helpers.js';
import {BEFORE_DUE} from './fixtures/clocks.js';


describe('illustration', () => {
  afterEach(() => emulateMedia({reducedMotion: 'no-preference', media: 'screen'}));

  it('shows the spread diagram in "what is it", with its text alternative as a visible caption', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="what-is-it" .clock=${BEFORE_DUE}></secondary-liver-info>`);
    const figure = $(el, '[part~="section-what-is-it"] figure');
    expect(figure.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(figure.querySelector('figcaption'))).to.contain('bloodstream or lymphatic system to the liver');
    const labels = [...figure.querySelectorAll('text')].map(textOf);
    expect(labels).to.include.members(['Primary cancer', 'Bloodstream', 'Lymphatic system', 'Liver', 'Secondary cancer']);
    await expect(el).to.be.accessible();
  });

  it('has localized labels', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="pl" sections="what-is-it" .clock=${BEFORE_DUE}></secondary-liver-info>`);
    await el.updateComplete;
    const labels = $$(el, 'figure text').map(textOf);
    expect(labels).to.include.members(['Nowotwór pierwotny', 'Krwiobieg', 'Układ chłonny', 'Wątroba']);
    expect(textOf($(el, 'figcaption'))).to.contain('układ chłonny');
  });

  it('moves only when the reader has not asked for reduced motion', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="what-is-it" .clock=${BEFORE_DUE}></secondary-liver-info>`);
    const figure = $(el, '[part~="illustration"]');
    await emulateMedia({reducedMotion: 'no-preference'});
    expect(figure.getAnimations({subtree: true}).length).to.be.greaterThan(0);
    await emulateMedia({reducedMotion: 'reduce'});
    expect(figure.getAnimations({subtree: true})).to.have.length(0);
  });

  it('can be switched off by the host', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info no-illustration sections="what-is-it" .clock=${BEFORE_DUE}></secondary-liver-info>`);
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
    el.noIllustration = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure')).to.not.equal(null);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints every section expanded, the definitions, dates and source, without interactive chrome', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info collapsible .clock=${BEFORE_DUE}></secondary-liver-info>`);
    expect($(el, '[part~="print-glossary"]').getBoundingClientRect().height).to.equal(0);
    await emulateMedia({media: 'print'});
    for (const body of $$(el, '[part~="section"] > :last-child')) {
      expect(body.hasAttribute('hidden'), 'collapsed on screen').to.equal(true);
      expect(body.getBoundingClientRect().height, body.id).to.be.greaterThan(0);
    }
    expect(getComputedStyle($(el, '.toolbar')).display).to.equal('none');
    expect(getComputedStyle($(el, '.chevron')).display).to.equal('none');
    expect(getComputedStyle($(el, '[part~="section-toggle"]')).borderTopStyle).to.equal('none');
    const glossary = $(el, '[part~="print-glossary"]');
    expect(glossary.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(glossary)).to.contain('ascites').and.contain('A build up of fluid in the tummy (abdomen).');
    expect(textOf(glossary)).to.contain('metastases (me-tass-ta-sis)');
    const about = $(el, '[part~="about"]');
    expect(about.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(textOf(about)).to.contain('Last reviewed').and.contain('Next review due').and.contain('Patient information page');
  });
});
