import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define/all.js';
import type {SecondaryLiverInfo} from '../src/elements/secondary-liver-info.js';
import type {SectionToggleDetail} from '../src/events.js';
import {builtInEnGB, cloneEnGB} from './fixtures/bundles.js';
import {$, $$, captureConsole, textOf, sectionId} from './helpers.js';
import {AFTER_DUE, onDay} from './fixtures/clocks.js';


async function panel(template = html`<secondary-liver-info></secondary-liver-info>`) {
  const el = await fixture<SecondaryLiverInfo>(template);
  await el.updateComplete;
  return el;
}

const itemsOf = (el: Element, section: string) => $$(el, `[part~="section-${section}"] li`).map(textOf);

describe('<secondary-liver-info>', () => {
  it('renders every section of the source page, with all its items', async () => {
    const el = await panel();
    expect($$(el, '[part~="section"]').map((s) => sectionId(s))).to.deep.equal([
      'what-is-it', 'which-cancers', 'symptoms', 'tests', 'treatment', 'outlook',
    ]);
    expect(itemsOf(el, 'which-cancers')).to.deep.equal([
      'breast cancer', 'bowel cancer', 'lung cancer', 'pancreatic cancer', 'stomach cancer', 'ovarian cancer',
      'neuroendocrine tumour (NET) cancers',
    ]);
    expect(itemsOf(el, 'symptoms')).to.deep.equal([
      'feeling generally unwell',
      'tiredness',
      'discomfort or pain on the right side of your tummy (abdomen)',
      'feeling sick',
      'poor appetite and weight loss',
      'pain in your tummy (abdomen)',
      'a build up of fluid in the tummy (ascites)',
      'yellowing of the skin and whites of the eyes, sometimes your skin will become itchy (jaundice)',
      'hiccups',
    ]);
    expect(itemsOf(el, 'tests')).to.deep.equal([
      'blood tests to check how well your liver is working', 'ultrasound scan', 'CT scan', 'MRI scan', 'PET-CT scan', 'liver biopsy',
    ]);
    const whatIsIt = textOf($(el, '[part~="section-what-is-it"]'));
    expect(whatIsIt).to.contain('made of the same type of cells as the primary cancer');
    expect(whatIsIt).to.contain('(pronounced me-tass-ta-sis)');
    expect(textOf($(el, '[part~="section-symptoms"] [part~="caveat"]'))).to.contain('These symptoms are common in other conditions');
    const treatment = textOf($(el, '[part~="section-treatment"]'));
    expect(treatment).to.contain('it may still be possible to cure your cancer');
    expect(treatment).to.contain('This is called palliative treatment.');
    expect(textOf($(el, '[part~="section-outlook"]'))).to.contain('Speak to your doctor who can give you more information about your outlook.');
    await expect(el).to.be.accessible();
  });

  it('renders glossary references in the content as <glossary-term>', async () => {
    const el = await panel();
    const terms = $$(el, 'glossary-term').map((t) => t.getAttribute('term'));
    expect(terms).to.include.members(['primary-cancer', 'lymphatic-system', 'metastases', 'ascites', 'jaundice', 'abdomen', 'palliative-treatment', 'outlook']);
  });

  it('shows attribution, review dates and all references', async () => {
    const el = await panel();
    const about = $(el, '[part~="about"]');
    expect(textOf(about)).to.contain('Patient information page: What is secondary liver cancer?');
    const times = [...about.querySelectorAll('time')];
    expect(times.map((t) => [t.dateTime, textOf(t)])).to.deep.equal([
      ['2023-07-24', '24 July 2023'],
      ['2026-07-24', '24 July 2026'],
    ]);
    expect(textOf(about)).to.contain('Last reviewed').and.contain('Next review due');
    const refs = [...about.querySelectorAll('[part~="references"] li')].map(textOf);
    expect(refs).to.have.length(4);
    expect(refs[0]).to.contain('Cancer: Principles and Practice of Oncology (12th edition)');
    expect(refs[3]).to.contain('BMJ Best Practice');
    expect(textOf(about)).to.contain('there are too many to list here');
  });

  it('shows the overdue notice only once the next review date has passed', async () => {
    const el = await panel();
    expect(el.shadowRoot!.querySelector('[part~="overdue-notice"]')).to.equal(null);
    await onDay(AFTER_DUE, async () => {
      el.requestUpdate();
      await el.updateComplete;
    });
    const notice = $(el, '[part~="overdue-notice"]');
    expect(textOf(notice)).to.contain('past its next review date');
    expect(textOf(notice)).to.contain('Ask your doctor or nurse');
    expect(textOf($(el, '[part~="callout"]'))).to.match(/^Important/);
    await expect(el).to.be.accessible();
  });

  it('offers no seam for the date: no element has a clock a script could replace', () => {
    for (const tag of ['secondary-liver-info', 'symptom-list', 'glossary-term']) {
      expect('clock' in document.createElement(tag), tag).to.equal(false);
    }
  });

  it('chooses sections and their order with `sections`, and follows changes', async () => {
    const el = await panel(html`<secondary-liver-info sections="tests symptoms nonsense tests"></secondary-liver-info>`);
    expect($$(el, '[part~="section"]').map((s) => sectionId(s))).to.deep.equal(['tests', 'symptoms']);
    el.setAttribute('sections', 'outlook');
    await el.updateComplete;
    expect($$(el, '[part~="section"]').map((s) => sectionId(s))).to.deep.equal(['outlook']);
    el.setAttribute('sections', 'only-unknown-words');
    await el.updateComplete;
    expect($$(el, '[part~="section"]')).to.have.length(6);
  });

  it('fits headings into the host outline with `heading-level`', async () => {
    const el = await panel(html`<secondary-liver-info heading-level="3"></secondary-liver-info>`);
    expect($(el, '[part~="heading"]').localName).to.equal('h3');
    expect($$(el, '.section [part="heading"]').every((h) => h.localName === 'h4')).to.equal(true);
    el.setAttribute('heading-level', '5');
    await el.updateComplete;
    expect($(el, '[part~="heading"]').localName).to.equal('h5');
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($(el, '[part~="heading"]').localName).to.equal('h2');
  });

  describe('collapsible', () => {
    it('starts collapsed, toggles each section by button, and reports it', async () => {
      const el = await panel(html`<secondary-liver-info collapsible></secondary-liver-info>`);
      const body = $(el, '#body-symptoms');
      const toggle = $<HTMLButtonElement>(el, '[part~="section-symptoms"] [part~="section-toggle"]');
      expect(body.getAttribute('hidden')).to.equal('until-found');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('body-symptoms');
      await expect(el).to.be.accessible();

      setTimeout(() => toggle.click());
      const event = await oneEvent(el, 'sli-section-toggle');
      expect((event as CustomEvent<SectionToggleDetail>).detail).to.deep.equal({section: 'symptoms', open: true});
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(body.hasAttribute('hidden')).to.equal(false);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('opens and closes all sections at once', async () => {
      const el = await panel(html`<secondary-liver-info collapsible sections="symptoms tests"></secondary-liver-info>`);
      const all = $<HTMLButtonElement>(el, '[part~="toggle-all"]');
      expect(textOf(all)).to.equal('Show all sections');
      const toggled: SectionToggleDetail[] = [];
      el.addEventListener('sli-section-toggle', (e) => toggled.push(e.detail));
      all.click();
      await el.updateComplete;
      expect($$(el, '[part~="section"] [hidden]')).to.have.length(0);
      expect(textOf(all)).to.equal('Hide all sections');
      expect(toggled).to.deep.equal([
        {section: 'symptoms', open: true},
        {section: 'tests', open: true},
      ]);
      await expect(el).to.be.accessible();
      all.click();
      await el.updateComplete;
      expect($$(el, '[part~="section"] [hidden]')).to.have.length(2);
    });

    it('keeps collapsed text findable: find-in-page reveals the section (beforematch)', async () => {
      const el = await panel(html`<secondary-liver-info collapsible></secondary-liver-info>`);
      const body = $(el, '[part~="section-tests"] > :last-child');
      // hidden="until-found" keeps the text in the find-in-page index; the browser fires
      // beforematch when a match is found, which must open the section and keep it open.
      body.dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(body.hasAttribute('hidden')).to.equal(false);
      expect($(el, '[part~="section-tests"] [part~="section-toggle"]').getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('with a bundle that fails validation', () => {
    it('never renders it in part: the built-in content shows with a clear notice, and an error names the path', async () => {
      const bundle = cloneEnGB();
      bundle.meta.title = 'Partner title that must not appear';
      delete bundle.sections.tests.items[2].id;
      const errors = captureConsole('error');
      try {
        const el = await fixture<SecondaryLiverInfo>(html`<secondary-liver-info></secondary-liver-info>`);
        setTimeout(() => (el.bundle = bundle));
        const event = await oneEvent(el, 'sli-content-error');
        await el.updateComplete;
        expect(event.detail.reason).to.equal('invalid-bundle');
        expect(event.detail.problems[0]).to.deep.equal({path: '$.sections.tests.items[2].id', reason: 'is required'});
        expect(errors.calls).to.have.length(1);
        expect(errors.calls[0]).to.contain('$.sections.tests.items[2].id: is required');
        expect(textOf($(el, '[part~="heading"]'))).to.equal(builtInEnGB.meta.title);
        expect(textOf($(el, '[part~="fallback-notice"]'))).to.contain('could not be shown');
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    for (const [name, value] of [
      ['null', null],
      ['a string', '<h1>not a bundle</h1>'],
      ['an empty object', {}],
      ['an array', []],
    ] as const) {
      it(`handles ${name} without throwing`, async () => {
        const errors = captureConsole('error');
        try {
          const el = await panel();
          el.bundle = value;
          await el.updateComplete;
          expect(textOf($(el, '[part~="heading"]'))).to.equal(builtInEnGB.meta.title);
          if (value !== null) expect(el.shadowRoot!.querySelector('[part~="fallback-notice"]')).to.not.equal(null);
        } finally {
          errors.restore();
        }
      });
    }
  });

  it('accepts a valid bundle from JavaScript and goes back to the built-in one when it is cleared', async () => {
    const bundle = cloneEnGB();
    bundle.meta.title = 'Secondary liver cancer: partner edition';
    const el = await panel();
    el.bundle = bundle;
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer: partner edition');
    el.bundle = undefined;
    await el.updateComplete;
    expect(textOf($(el, '[part~="heading"]'))).to.equal('Secondary liver cancer');
  });
});
