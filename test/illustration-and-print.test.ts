import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import {$, $$, textOf} from './helpers.js';
import './fixtures/clocks.js'; // today is before the content's review date, unless a test says otherwise
import {contrast} from './fixtures/contrast.js';
import {BUILT_IN_LOCALES} from '../src/i18n/locales.js';


describe('illustration', () => {
  afterEach(() => emulateMedia({reducedMotion: 'no-preference', media: 'screen'}));

  it('shows the drawing in "what is it" with a numbered legend in real text, and its text alternative as a visible caption', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="what-is-it"></secondary-liver-info>`);
    const figure = $(el, '[part~="section-what-is-it"] figure');
    expect(figure.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(figure.querySelector('figcaption'))).to.contain('bloodstream or lymphatic system to the liver');
    expect([...figure.querySelectorAll('ol li')].map(textOf)).to.deep.equal(['Primary cancer', 'Bloodstream', 'Lymphatic system', 'Liver', 'Secondary cancer']);
    expect([...figure.querySelectorAll('svg text')].map(textOf)).to.deep.equal(['1', '2', '3', '4', '5']);
    await expect(el).to.be.accessible();
  });

  it('has localized labels', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang="pl" sections="what-is-it"></secondary-liver-info>`);
    await el.updateComplete;
    expect($$(el, 'figure li').map(textOf)).to.include.members(['Nowotwór pierwotny', 'Krwiobieg', 'Układ chłonny', 'Wątroba']);
    expect(textOf($(el, 'figcaption'))).to.contain('układ chłonny');
  });

  describe('at 320 px, in every language', () => {
    before(() => setViewport({width: 320, height: 700}));
    after(() => setViewport({width: 800, height: 600}));
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;

    for (const locale of BUILT_IN_LOCALES) {
      it(`${locale}: labels of at least 14 px that neither overlap nor leave the figure; markers inside the drawing; the liver on the body's right`, async () => {
        const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info lang=${locale} sections="what-is-it"></secondary-liver-info>`);
        await el.updateComplete;
        const figure = $(el, 'figure').getBoundingClientRect();
        const labels = $$(el, 'figure li');
        for (const label of labels) {
          expect(parseFloat(getComputedStyle(label).fontSize), textOf(label)).to.be.at.least(14);
          expect(inside(label.getBoundingClientRect(), figure), `${textOf(label)} inside the figure`).to.equal(true);
        }
        labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(overlap(a.getBoundingClientRect(), b.getBoundingClientRect())).to.equal(false)));
        const svg = $(el, 'figure svg').getBoundingClientRect();
        const markers = $$(el, 'figure .marker').map((m) => m.getBoundingClientRect());
        expect(markers).to.have.length(5);
        markers.forEach((a, i) => {
          expect(inside(a, svg), `marker ${i + 1} inside the drawing`).to.equal(true);
          markers.slice(i + 1).forEach((b) => expect(overlap(a, b)).to.equal(false));
        });
        expect(parseFloat(getComputedStyle($(el, 'figure svg text')).fontSize) * (svg.width / 200), 'marker numbers at least 14 px').to.be.at.least(14);
        // Anatomy is not mirrored for right-to-left: the liver stays on the body's right (the viewer's left).
        const liver = $(el, 'figure .liver').getBoundingClientRect();
        expect(liver.left + liver.width / 2).to.be.below(svg.left + svg.width / 2);
      });
    }
  });

  it('meets contrast: graphics 3:1 on the drawing\'s ground, marker numbers 4.5:1, on a dark page too and in forced colours', async () => {
    const host = await fixture<HTMLElement>(html`<div style="background: #121212; color: #f0f0f0">
      <secondary-liver-info sections="what-is-it"></secondary-liver-info>
    </div>`);
    const el = host.querySelector<SecondaryLiverInfo>('secondary-liver-info')!;
    await el.updateComplete;
    const paint = (selector: string, property: 'fill' | 'stroke') => getComputedStyle($(el, `figure ${selector}`))[property];
    const ground = paint('rect', 'fill');
    for (const [selector, property] of [['.liver', 'fill'], ['.route', 'stroke'], ['.lymph', 'stroke'], ['.body', 'stroke'], ['.tumour', 'fill'], ['.marker', 'fill']] as const)
      expect(contrast(paint(selector, property), ground), selector).to.be.at.least(3);
    expect(contrast(paint('.marker-number', 'fill'), paint('.marker', 'fill'))).to.be.at.least(4.5);
    await emulateMedia({forcedColors: 'active'});
    try {
      expect(contrast(paint('.liver', 'fill'), paint('.body', 'fill')), 'forced colours').to.be.at.least(3);
      expect(contrast(paint('.route', 'stroke'), paint('.body', 'fill'))).to.be.at.least(3);
      expect(contrast(paint('.marker-number', 'fill'), paint('.marker', 'fill'))).to.be.at.least(4.5);
    } finally {
      await emulateMedia({forcedColors: 'none'});
    }
  });

  it('moves only when the reader has not asked for reduced motion', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info sections="what-is-it"></secondary-liver-info>`);
    const figure = $(el, '[part~="illustration"]');
    await emulateMedia({reducedMotion: 'no-preference'});
    expect(figure.getAnimations({subtree: true}).length).to.be.greaterThan(0);
    await emulateMedia({reducedMotion: 'reduce'});
    expect(figure.getAnimations({subtree: true})).to.have.length(0);
  });

  it('can be switched off by the host', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info no-illustration sections="what-is-it"></secondary-liver-info>`);
    expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
    el.noIllustration = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('figure')).to.not.equal(null);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints every section expanded, the definitions, dates and source, without interactive chrome', async () => {
    const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info collapsible></secondary-liver-info>`);
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
